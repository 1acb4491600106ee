/**
 * Offsets to 1-based line and column with vfile-location, as unified's own
 * tools count them (CRLF, LF or a lone CR ends a line). The index of a text
 * is built once and kept for the last few texts, so many problems in one
 * file cost one scan.
 */
import { location, type Location } from 'vfile-location';

const byText = new Map<string, Location>();

/** Line and column (both 1-based) of `offset` in `text`; an offset past either end counts as that end. */
export function pointAt(text: string, offset: number): { line: number; column: number } {
	let index = byText.get(text);
	if (!index) {
		if (byText.size > 16) byText.clear();
		byText.set(text, (index = location(text)));
	}
	// Only a non-number offset has no point; the problem is still reported, at the file's start.
	const point = index.toPoint(Math.min(Math.max(offset, 0), text.length));
	return point ? { line: point.line, column: point.column } : { line: 1, column: 1 };
}
