/**
 * Text folding for matching: one place decides that "Zelénsky", "ZELENSKY"
 * and "zelensky" are the same word, and that ’ and ' are the same mark.
 * Used by mention matching, claim ids and search highlighting.
 */

/** Lowercase, without diacritics, typographic apostrophes and dashes made plain, spaces collapsed. */
export function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[’‘]/g, "'")
		.replace(/[‐‑–—]/g, '-')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * `fold` applied character by character, so offsets into the result are
 * offsets into the original (for marking matches in the original text).
 */
export function foldPerChar(text: string): string {
	// Plain ASCII text (most of it) only needs lower-casing, which keeps length.
	if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
	let out = '';
	for (const ch of text) {
		if (ch < '\x80') {
			out += ch.toLowerCase();
			continue;
		}
		const folded = fold(ch);
		out += folded.length === 1 ? folded : ch.length === 1 ? ch.toLowerCase() : ch;
	}
	return out;
}

/** The words of `text`, folded: runs of letters and digits. "U.S." is `u`, `s`; "Trump’s" is `trump`, `s`. */
export function foldedWords(text: string): string[] {
	return fold(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}
