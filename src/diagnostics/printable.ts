/**
 * A problem's text as the build log and Astro's dev error overlay show it.
 * A reason quotes the author's words, and both places read more than text:
 * a line break or a carriage return in a quoted attribute could print a
 * line of the author's own making ("✓ Completed"), and the overlay turns
 * `[text](address)`, `**bold**` and a URL after a space into HTML by
 * pattern after escaping it (`renderErrorMarkdown` in astro's
 * core/errors/dev/runtime.js), so an author's `[x](javascript:…)` became a
 * link, and a URL inside a link's address an attribute of the author's.
 * Here control, separator and direction characters are written as escapes,
 * and those patterns are broken by an invisible word joiner or a no-break
 * space, so the text reads the same and matches none of them.
 */

import { codePoint } from '../text/forbidden-characters.ts';

/** Characters that move the cursor, end a line, or reorder what follows (bidirectional controls). */
const UNPRINTABLE = /[\0-\x08\x0A-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

const escapeOf = (char: string) => ESCAPES[char] ?? `\\u${codePoint(char).slice(2)}`;

const WORD_JOINER = '\u2060';

export function printable(text: string): string {
	return (
		text
			.replace(UNPRINTABLE, escapeOf)
			// `](`: a link's text and address; `**`: bold.
			.replace(/\]\(/g, `]${WORD_JOINER}(`)
			.replace(/\*\*/g, `*${WORD_JOINER}*`)
			// A URL after a space (the overlay's pattern wants that space).
			.replace(/ (?=(?:https?|ftp):\/\/)/gi, '\u00A0')
	);
}
