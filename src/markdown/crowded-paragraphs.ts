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
 * The parser also joins the runs of plain text between a paragraph's other
 * pieces (escapes, references, code, tags, emphasis, brackets, addresses,
 * line breaks), each run by cutting the list of everything the paragraph
 * holds: the time grows with their number times the paragraph's length
 * (16,000 `&&\.`, 64 KB on one line, took 6 s to parse; 32 KB, 0.2 s). So
 * the characters that may start such a piece, and each line's end, times
 * the length of the paragraph so far, are bounded too. A line that opens a
 * list item (`- `, `1. `) starts a new paragraph, and the count again; so
 * does each row of a table (its cells are read one by one).
 *
 * A paragraph here is a run of lines without a blank line: at least the
 * parser's paragraph (a run may hold several, or a table whose cells are
 * parsed one by one), so the count can only be too high, never too low.
 * Code is counted too: where a fence ends depends on the quotes, lists and
 * components around it, and a scan that skipped what it took for code
 * could be led past a paragraph.
 */

import { leadingMarkers } from './leading-markers.ts';

/** Emphasis marks (`*`, `_`, `~`) one paragraph may have, list markers and rules aside. */
export const MAX_EMPHASIS_MARKS = 500;
/** Square brackets one paragraph may have, citation markers' aside. */
export const MAX_BRACKETS = 200;
/** Lines of a quote's or list item's paragraph that do not start with a quote or list marker. */
export const MAX_LAZY_LINES = 200;
/** A paragraph's pieces (`PIECE`, and two for each line's end) times its length in characters. */
export const MAX_PIECES_BY_LENGTH = 300_000_000;
/**
 * The words of a paragraph inside an open `[`, each by its distance from that `[`, summed. GFM's
 * address syntax looks back from every word to the last `[` not yet closed (`previousUnbalanced` in
 * micromark-extension-gfm-autolink-literal): one `[` before 10,000 words (49 KB) took 0.9 s, 20,000
 * words 3.7 s. At this sum, about 0.1 s; a link's text of a few hundred words is a few hundred thousand.
 */
export const MAX_BRACKETED = 20_000_000;

export type Crowding = 'emphasis' | 'brackets' | 'lazy' | 'pieces' | 'bracketed';

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
	bracketed:
		"Unexpected word past what the Markdown parser can read in time inside an open `[` (a link's text, which " +
		'its `]` closes), expected the `]` sooner, or `\\[` for a literal bracket: the parser slows with the square of ' +
		'the text inside one',
	pieces:
		'Unexpected line past what the Markdown parser can read in time in one paragraph (lines without a blank line ' +
		'between them): its escapes, `&` references, code, tags, emphasis, brackets, addresses and line ends, times its ' +
		`length, are past ${MAX_PIECES_BY_LENGTH.toLocaleString('en-GB')}, expected a blank line to split the paragraph: ` +
		'the parser slows with their number times the length of the paragraph',
};

const LEADING = leadingMarkers();
/** A line of one of `-`, `*`, `_` and spaces alone: a rule (or a heading's underline), not emphasis. */
const RULE = /^[ \t]*([-*_])(?:[ \t]*\1)*[ \t]*$/;
/** A citation marker (`[@…]`, `[!…]`): the citation syntax reads it whole, so its brackets open no link. */
const MARKER = /\[[@!][^[\]\n]*\]/g;
const EMPHASIS = /[*_~]/g;
/**
 * What may start a piece of a paragraph other than its plain text: an escape, a reference, code, a tag, an
 * expression, emphasis, a link, image, footnote or citation marker (`[`, which its `]` closes), an address.
 */
const PIECE = /[\\&`<{*_~[@]|:\/\/|www\./gi;
/**
 * A line that opens a bullet list item, or an ordered one at 1, with words (or a rule): it interrupts any
 * paragraph. Indented at most three spaces after its quote markers, so that it cannot be a paragraph's
 * continuation instead; a list item indented under another is counted with the paragraph above it.
 */
const NEW_ITEM = /^(?: {0,3}> ?)* {0,3}(?:[-*+]|1[.)])[ \t]+\S/;
const BRACKET = /[[\]]/g;
/** A bracket, or the start of a word (where GFM's address syntax may start). */
const BRACKET_OR_WORD = /[[\]]|(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

/** The first mark past its limit, as its offset in `document` and what was crowded; undefined if none. */
export function crowdedParagraph(document: string): { offset: number; kind: Crowding } | undefined {
	let emphasis = 0;
	let brackets = 0;
	let lazy = 0;
	let pieces = 0;
	let start = 0;
	let bracketed = 0;
	const open: number[] = [];
	let inContainer = false;
	let first = true;
	/** The run's first line, while it may be a table's head; then whether the run is a table, its rows so far. */
	let head: string | undefined;
	let table = false;
	for (const { line, at } of lines(document)) {
		if (line.trim() === '') {
			emphasis = brackets = lazy = pieces = bracketed = 0;
			open.length = 0;
			inContainer = false;
			first = true;
			table = false;
			continue;
		}
		// A table's cells are read one by one: each row that starts with `|` is counted alone.
		table = first ? false : table || (head !== undefined && isTable(head, line));
		if (table && !line.startsWith('|')) table = false;
		head = first ? line : undefined;
		if (first || table || NEW_ITEM.test(line)) {
			pieces = 0;
			start = at;
		}
		pieces += 2 + (line.match(PIECE)?.length ?? 0);
		if (pieces * (at + line.length - start) > MAX_PIECES_BY_LENGTH) return { offset: at, kind: 'pieces' };
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
		if (open.length === 0 && !unmarked.includes('[')) continue;
		const base = at + prefix.length;
		for (const mark of unmarked.matchAll(BRACKET_OR_WORD)) {
			const offset = base + mark.index;
			if (mark[0] === '[') open.push(offset);
			else if (mark[0] === ']') open.pop();
			else if (open.length > 0 && (bracketed += offset - open.at(-1)!) > MAX_BRACKETED)
				return { offset, kind: 'bracketed' };
		}
	}
	return undefined;
}

/**
 * Whether a run that opens with `head` and then `delimiter` is a table: both start with `|` (so neither is
 * in a quote, a list or a paragraph's continuation), the second is a delimiter row (`| --- | :-: |`),
 * and both have as many cells, split at each `|` not written `\|`, as GFM counts them.
 */
function isTable(head: string, delimiter: string): boolean {
	if (!head.startsWith('|') || !delimiter.startsWith('|')) return false;
	const cells = cellsOf(delimiter);
	return (
		cells.length > 0 &&
		cells.every((cell) => /^[ \t]*:?-+:?[ \t]*$/.test(cell)) &&
		cells.length === cellsOf(head).length
	);
}

/** A row's cells: its text split at each unescaped `|`, less the empty edges a leading and a trailing `|` leave. */
function cellsOf(row: string): string[] {
	const cells: string[] = [];
	let from = 0;
	for (let i = 0; i < row.length; i++) {
		if (row[i] === '\\') i++;
		else if (row[i] === '|') {
			cells.push(row.slice(from, i));
			from = i + 1;
		}
	}
	cells.push(row.slice(from));
	cells.shift();
	if (cells.at(-1)!.trim() === '') cells.pop();
	return cells;
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
