/**
 * What the static server may answer with, decided before sirv looks:
 * never a hidden or host-only file (`_headers`, dotfiles) however the
 * name is escaped or padded (`/%5fheaders`, `/_headers/`, `//.env`), and
 * only a regular file whose real path is inside the built folder (a link
 * in `dist/` to `/etc/passwd` is not followed).
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { isServable } from '../security/symlinks.ts';

/** Names a host reads and never serves. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/** The path's segments, decoded once and with `.`/`..` resolved, as a file system would see them. */
function segments(pathname: string): string[] {
	let decoded = pathname;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {}
	const out: string[] = [];
	for (const s of decoded.split(/[\\/]+/)) {
		if (s === '' || s === '.') continue;
		if (s === '..') out.pop();
		else out.push(s);
	}
	return out;
}

/** True for a path that names a host file or a hidden one, in any spelling. */
export function isBlockedPath(pathname: string): boolean {
	return segments(pathname).some((s) => HOST_FILES.has(s.toLowerCase()) || (s.startsWith('.') && s !== '.well-known'));
}

/**
 * The file sirv would send for `pathname` (the path, then `/index`,
 * `.html`, `/index.html`, as sirv tries them), or undefined when none exists.
 */
export function fileFor(root: string, pathname: string): string | undefined {
	let uri = pathname;
	try {
		uri = decodeURI(pathname);
	} catch {}
	uri = uri.replace(/\/$/, '');
	for (const candidate of [uri, `${uri}/index`, `${uri}.html`, `${uri}/index.html`]) {
		if (candidate === '') continue;
		const abs = normalize(join(root, candidate));
		if (!abs.startsWith(root) || !existsSync(abs) || statSync(abs).isDirectory()) continue;
		return abs;
	}
	return undefined;
}

/**
 * False when the file sirv would send for `pathname` is not servable:
 * a link leading outside `realRoot`, or anything but a regular file.
 */
export function isSafeRequest(root: string, realRoot: string, pathname: string): boolean {
	const file = fileFor(root, pathname);
	return file === undefined || isServable(realRoot, file);
}
