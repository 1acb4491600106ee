/**
 * How the research check compares words: typographic quote marks and
 * apostrophes as straight ones, dashes as hyphens, runs of white space as
 * one space; and a quote is found only as whole words of a passage.
 */

/** Quote marks, apostrophes, dashes and white space made plain, so the notes' typing does not matter. */
export function normalise(text: string): string {
	return text
		.replace(/[’‘‛′]/g, "'")
		.replace(/[“”„″]/g, '"')
		.replace(/[‐‑‒–—―]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A quote as compared: normalised, without the "…" that marks a cut at either end. */
export function quoteKey(quote: string): string {
	return normalise(quote).replace(/^(?:…|\.\.\.)\s*|\s*(?:…|\.\.\.)$/g, '');
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether `wanted` (a `quoteKey`) occurs in `text` (normalised) as whole
 * words: a quote that starts or ends inside a word of the passage is a
 * different quote ("likely" in "unlikely" says the opposite).
 */
export function holdsWords(text: string, wanted: string): boolean {
	if (wanted === '') return false;
	for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) {
		const end = at + wanted.length;
		const cutBefore = WORD.test(wanted[0]!) && WORD.test(text[at - 1] ?? '');
		const cutAfter = WORD.test(wanted.at(-1)!) && WORD.test(text[end] ?? '');
		if (!cutBefore && !cutAfter) return true;
	}
	return false;
}
