/**
 * Paragraphs the Markdown parser would take minutes over, found before it
 * is asked to parse them. Micromark matches emphasis (`*`, `_`, `~`) and
 * link brackets by looking back over what one paragraph, heading or table
 * cell has opened, and continues a quote's or a list item's paragraph over
 * lines without their marker ("lazy" lines) the same way: the time grows
 * with the square of their number in one paragraph. 8,000 nested `*_`
 * pairs (31 KB) took 19 s to parse, a heading of them 40 s, 4,000 nested
 * image brackets (31 KB) 16 s, a quote followed by 8,000 unmarked lines
 * (16 KB) 2.5 s; the same marks spread over paragraphs of a hundred parse
 * in a fraction of a second. So a paragraph may have a number of them far
 * above what any prose has.
 *
 * A paragraph here is a run of lines without a blank line: at least the
 * parser's paragraph (a run may hold several, or a table whose cells are
 * parsed one by one), so the count can only be too high, never too low.
 * Code is counted too: where a fence ends depends on the quotes, lists and
 * components around it, and a scan that skipped what it took for code
 * could be led past a paragraph.
 */

/** Emphasis marks (`*`, `_`, `~`) one paragraph may have, list markers and rules aside. */
export const MAX_EMPHASIS_MARKS = 500;
/** Square brackets one paragraph may have, citation markers' aside. */
export const MAX_BRACKETS = 200;
/** Lines of a quote's or list item's paragraph that do not start with a quote or list marker. */
export const MAX_LAZY_LINES = 200;

export type Crowding = 'emphasis' | 'brackets' | 'lazy';

const SLOWS = 'the Markdown parser slows with the square of their number in one paragraph';

/** What the author reads, by what was crowded. */
export const CROWDED: Record<Crowding, string> = {
	emphasis:
		`Unexpected \`*\`, \`_\` or \`~\` past the ${MAX_EMPHASIS_MARKS} one paragraph may have (lines without a blank line ` +
		`between them), expected fewer, or a blank line to split the paragraph: ${SLOWS}`,
	brackets:
		`Unexpected \`[\` or \`]\` past the ${MAX_BRACKETS} one paragraph may have besides its citation markers (lines ` +
		`without a blank line between them), expected fewer, or a blank line to split the paragraph: ${SLOWS}`,
	lazy:
		`Unexpected line past the ${MAX_LAZY_LINES} that may continue a quote or list item without its own \`>\` or indentation ` +
		`before a blank line, expected a blank line to end the quote or list: ${SLOWS}`,
};

/** One line's leading quote and list markers, with the spaces after each. */
const LEADING = /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]+|$))+/;
/** A line of one of `-`, `*`, `_` and spaces alone: a rule (or a heading's underline), not emphasis. */
const RULE = /^[ \t]*([-*_])(?:[ \t]*\1)*[ \t]*$/;
/** A citation marker (`[@…]`, `[!…]`): the citation syntax reads it whole, so its brackets open no link. */
const MARKER = /\[[@!][^[\]\n]*\]/g;
const EMPHASIS = /[*_~]/g;
const BRACKET = /[[\]]/g;

/** The first mark past its limit, as its offset in `document` and what was crowded; undefined if none. */
export function crowdedParagraph(document: string): { offset: number; kind: Crowding } | undefined {
	let emphasis = 0;
	let brackets = 0;
	let lazy = 0;
	let inContainer = false;
	let first = true;
	for (const { line, at } of lines(document)) {
		if (line.trim() === '') {
			emphasis = brackets = lazy = 0;
			inContainer = false;
			first = true;
			continue;
		}
		const prefix = LEADING.exec(line)?.[0] ?? '';
		// A run that starts indented may continue a list item above the blank line: its lines count as lazy too.
		if (prefix.trim() !== '' || (first && /^[ \t]/.test(line))) inContainer = true;
		else if (inContainer && ++lazy > MAX_LAZY_LINES) return { offset: at, kind: 'lazy' };
		first = false;
		if (RULE.test(line)) continue;
		const text = line.slice(prefix.length);
		for (const mark of text.matchAll(EMPHASIS))
			if (++emphasis > MAX_EMPHASIS_MARKS) return { offset: at + prefix.length + mark.index, kind: 'emphasis' };
		const unmarked = text.replace(MARKER, (marker) => ' '.repeat(marker.length));
		for (const mark of unmarked.matchAll(BRACKET))
			if (++brackets > MAX_BRACKETS) return { offset: at + prefix.length + mark.index, kind: 'brackets' };
	}
	return undefined;
}

function* lines(document: string): Generator<{ line: string; at: number }> {
	let at = 0;
	while (at <= document.length) {
		const newline = document.indexOf('\n', at);
		const end = newline === -1 ? document.length : newline;
		yield { line: document.slice(at, document[end - 1] === '\r' ? end - 1 : end), at };
		at = end + 1;
	}
}
