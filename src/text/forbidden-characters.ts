/**
 * Characters no text an author writes may hold, in a record or an article.
 * A control character is invisible on the page and makes the feed
 * ill-formed XML (feed readers then drop every item); a YAML escape writes
 * any (`"Daily\0Courier"`, `"\x07"`), and a paste can carry one in. Tab and
 * line break are white space the pages collapse and XML allows, so they
 * stay (and carriage return, where a file's lines end in CRLF). Also
 * refused: the Unicode line and paragraph separators and a byte-order mark
 * inside the text (invisible, and pasted in by accident), the two
 * non-characters XML forbids, half of a surrogate pair, and the
 * replacement character, which is what reading a file that is not UTF-8
 * makes of its bytes (or a paste of text already damaged so): a character
 * the author wrote is lost there.
 */
export const FORBIDDEN =
	/[\0-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `U+0000`. */
export function codePoint(char: string): string {
	return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** How the character is named in a message: what kind it is, its code point and, for the usual ones, its name. */
export function characterName(code: string): string {
	const names: Record<string, string> = {
		'U+0000': 'NUL',
		'U+000D': 'carriage return',
		'U+001B': 'escape',
		'U+2028': 'line separator',
		'U+2029': 'paragraph separator',
		'U+FEFF': 'byte-order mark',
		'U+FFFD': 'replacement character: text that was not UTF-8, or a character lost in a copy',
	};
	const n = Number.parseInt(code.slice(2), 16);
	const kind =
		n < 0xa0
			? 'control character'
			: n >= 0xd800 && n <= 0xdfff
				? 'half of a surrogate pair'
				: n === 0xfffd
					? 'character'
					: 'invisible character';
	return `${kind} ${code}${names[code] ? ` (${names[code]})` : ''}`;
}
