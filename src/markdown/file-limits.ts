/**
 * What one article may hold, beyond which the Markdown parser, the render
 * or the punctuation pass take minutes: far above what any explainer
 * needs (the live one is 75 KB, its longest paragraph 2,783 characters,
 * its root 73 blocks, one link definition).
 *
 * - Its length and its lines. Every pass is at least linear, some a little
 *   more, and each block costs the parser tens of microseconds (128,000
 *   short paragraphs, 375 KB, took 8 s to parse): a million characters is
 *   some forty book chapters, and 50,000 lines a hundred times the live
 *   explainer's.
 * - Link and footnote definitions. Each reference, and each footnote
 *   definition, looks its label up in a list of every definition before it
 *   (micromark's `label-end`, micromark-extension-gfm-footnote's
 *   `labelAfter`): 64,000 footnote definitions (516 KB) took 21 s.
 *   Counted before the parse, as `]:` anywhere (no definition is written
 *   without one), so the count can only be too high, never too low. And
 *   footnotes (`[^`): each reference adds a link back to the page, so
 *   30,000 of them made 10 MB of HTML.
 * - Blocks in one block, counted after the parse (`walk()` in
 *   parse-guard.ts): a tree walk finds each child's place by searching its
 *   parent's list (128,000 paragraphs, 375 KB, took 20 s).
 */

/** Characters one file may have. */
export const MAX_FILE_CHARS = 1_000_000;
/** Lines one file may have. */
export const MAX_LINES = 50_000;
/** `]:` (link and footnote definitions) one file may have. */
export const MAX_DEFINITIONS = 3000;
/** Footnote references and definitions (`[^`) one file may have. */
export const MAX_FOOTNOTES = 3000;
/** Blocks (paragraphs, list items, rows…) one block may hold; a table's rows are bounded by its cells. */
export const MAX_CHILDREN = 10_000;

const n = (count: number) => count.toLocaleString('en-GB');

export const TOO_LONG =
	`Unexpected text past the ${n(MAX_FILE_CHARS)} characters a file may have, expected a shorter article: ` +
	'an explainer is a few thousand words; split it into several';

export const TOO_MANY_LINES = `Unexpected line past the ${n(MAX_LINES)} a file may have, expected a shorter article: split it into several`;

export const TOO_MANY_DEFINITIONS =
	`Unexpected \`]:\` past the ${n(MAX_DEFINITIONS)} a file may have (each link or footnote definition has one, ` +
	'and every one counts, code too), expected fewer definitions: each reference is looked up in a list of all ' +
	'of them; write links inline, `[text](address)`';

export const TOO_MANY_FOOTNOTES =
	`Unexpected \`[^\` past the ${n(MAX_FOOTNOTES)} a file may have (each footnote reference and definition has ` +
	'one, and every one counts, code too), expected fewer footnotes: each reference adds a link to the page; ' +
	'cite with markers instead';

export const TOO_MANY_CHILDREN =
	`Unexpected block past the ${n(MAX_CHILDREN)} one article, list, quote or component may hold, expected fewer ` +
	'paragraphs or items in it: split the article';

/** The offset of the first character past `MAX_FILE_CHARS`, or undefined. */
export function pastLength(document: string): number | undefined {
	return document.length > MAX_FILE_CHARS ? MAX_FILE_CHARS : undefined;
}

/** The offset of the first line past `MAX_LINES` (a line ends in LF, CRLF or CR), or undefined. */
export function pastLines(document: string): number | undefined {
	let count = 1;
	for (const end of document.matchAll(/\r\n?|\n/g)) {
		const next = end.index + end[0].length;
		// The file's last line ending starts no line.
		if (next < document.length && ++count > MAX_LINES) return next;
	}
	return undefined;
}

/** The offset of the first `]:` past `MAX_DEFINITIONS`, or undefined. */
export function pastDefinitions(document: string): number | undefined {
	return pastCount(document, /\]:/g, MAX_DEFINITIONS);
}

/** The offset of the first `[^` past `MAX_FOOTNOTES`, or undefined. */
export function pastFootnotes(document: string): number | undefined {
	return pastCount(document, /\[\^/g, MAX_FOOTNOTES);
}

/** The offset of the first match of `pattern` (global) past the `most` first, or undefined. */
export function pastCount(document: string, pattern: RegExp, most: number): number | undefined {
	let count = 0;
	for (const match of document.matchAll(pattern)) if (++count > most) return match.index;
	return undefined;
}
