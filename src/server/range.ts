/**
 * Range requests (RFC 9110 §14), answered here because sirv reads the
 * header itself and gets it wrong (`bytes=-10` sent the first 11 bytes, a
 * malformed range a 206). One satisfiable range gets a 206 with that part;
 * a range past the end a 416 whose Content-Range gives the size. Anything
 * else is ignored, as the RFC allows, and the whole file follows with a
 * 200: a malformed header, several ranges, another unit, a HEAD, and any
 * `If-Range` (sirv's ETags are weak, which never match an `If-Range`).
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { lookup } from 'mrmime';
import { combineRanges, parse } from 'range-parser';

/**
 * Answers a Range request for `file` when it asks for one part (206) or for
 * none that exists (416), and returns true. Otherwise removes the header, so
 * that sirv sends the whole file, and returns false.
 */
export function answerRange(req: IncomingMessage, res: ServerResponse, file: string | undefined): boolean {
	const header = req.headers.range;
	delete req.headers.range;
	if (header === undefined || file === undefined || req.method !== 'GET' || req.headers['if-range'] !== undefined)
		return false;
	const stats = statSync(file);
	const result = parse(stats.size, header);
	if (result.type !== 'bytes' || (result.code & 1) !== 0) return false;
	if (result.ranges.length === 0) {
		// An empty file has no byte to ask for; it is sent whole (empty), as range-parser advises.
		if (stats.size === 0) return false;
		res.writeHead(416, { 'content-range': `bytes */${stats.size}` }).end();
		return true;
	}
	const ranges = combineRanges(result.ranges);
	if (ranges.length !== 1) return false;
	const { start, end } = ranges[0]!;
	const type = lookup(file) ?? 'application/octet-stream';
	res.writeHead(206, {
		'content-type': type === 'text/html' ? `${type};charset=utf-8` : type,
		'content-length': end - start + 1,
		'content-range': `bytes ${start}-${end}/${stats.size}`,
		'last-modified': stats.mtime.toUTCString(),
	});
	createReadStream(file, { start, end })
		.on('error', () => res.destroy())
		.pipe(res);
	return true;
}
