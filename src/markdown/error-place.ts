/**
 * Where a parser error happened, as an offset into the text. micromark and
 * MDX give a `place` (an offset, or a point or span with line and column);
 * some errors thrown while the tree is built give none and write the span
 * into the message instead: an unclosed `<KeyPoints onClick="…">` says
 * "Expected a closing tag for `<KeyPoints>` (3:1-3:31)", and the build put
 * it at 1:1. The span is read back from the message in that case, and
 * taken out of it, since the position now says it.
 */
interface Point {
	line?: number;
	column?: number;
	offset?: number;
}

/** Offset of 1-based `line` and `column` in `text`, or undefined when out of range. */
function offsetOf(text: string, line: number, column: number): number | undefined {
	let start = 0;
	for (let l = 1; l < line; l++) {
		start = text.indexOf('\n', start) + 1;
		if (start === 0) return undefined;
	}
	return start + column - 1;
}

function pointOffset(text: string, point: Point | undefined): number | undefined {
	if (!point) return undefined;
	if (typeof point.offset === 'number') return point.offset;
	if (typeof point.line === 'number' && typeof point.column === 'number')
		return offsetOf(text, point.line, point.column);
	return undefined;
}

const SPAN = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)/;

/** The error's offset in `text`, and its reason without a span the offset now gives. */
export function errorPlace(error: unknown, text: string): { offset?: number; reason: string } {
	const { reason, message, place } = (error ?? {}) as {
		reason?: string;
		message?: string;
		place?: Point & { start?: Point };
	};
	const said = reason ?? message ?? String(error);
	const offset = place && 'start' in place && place.start ? pointOffset(text, place.start) : pointOffset(text, place);
	if (offset !== undefined) return { offset, reason: said };
	const span = SPAN.exec(said);
	const fromSpan = span ? offsetOf(text, Number(span[1]), Number(span[2])) : undefined;
	return fromSpan === undefined ? { reason: said } : { offset: fromSpan, reason: said.replace(SPAN, '') };
}
