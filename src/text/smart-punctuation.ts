/**
 * Typographic punctuation, as authors type it plainly: straight quotes
 * become curly ones, `--` an em dash, `...` an ellipsis, ``` `` ``` and
 * `''` double quotes. The same choices as SmartyPants (Astro's default),
 * decided from the characters on either side, in one pass over a string:
 * a text split across emphasis or a link is processed piece by piece with
 * the neighbouring characters passed in, so `"*word*"` still opens and
 * closes. retext-smartypants parses every text node into a sentence tree
 * to make the same decisions, which cost a quarter of an article's build.
 */

const OPEN = { '"': '“', "'": '‘' } as const;
const CLOSE = { '"': '”', "'": '’' } as const;

/** Characters after which a quote closes: the end of a word, of a number, of a phrase. */
const ENDS_PHRASE = /[\p{L}\p{N}\p{M}.,!?;:)\]}…%’”]/u;
/** Characters after which a quote followed by a word opens. */
const STARTS_PHRASE = /[\s([{—–\-/“‘]/u;

/**
 * @param before the character just before `text` in its block, if any
 * @param after the character just after it, if any
 */
export function smartPunctuation(text: string, before = '', after = ''): string {
	let s = text;
	if (s.includes('.')) s = s.replace(/\.\.\.|\. \. \./g, '…');
	if (s.includes('--')) s = s.replace(/---?/g, '—');
	if (s.includes('``')) s = s.replace(/``/g, '“');
	if (s.includes("''")) s = s.replace(/''/g, '”');
	if (!s.includes('"') && !s.includes("'")) return s;
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const ch = s[i]!;
		if (ch !== '"' && ch !== "'") {
			out += ch;
			continue;
		}
		const prev = i > 0 ? out.at(-1)! : before;
		const next = i + 1 < s.length ? s[i + 1]! : after;
		out += quoteFor(ch, prev, next, s.slice(i + 1, i + 4));
	}
	return out;
}

function quoteFor(quote: '"' | "'", prev: string, next: string, ahead: string): string {
	// The '80s: an elided century, not an opening quote.
	if (quote === "'" && /^\d\ds/.test(ahead)) return CLOSE[quote];
	if (prev !== '' && ENDS_PHRASE.test(prev)) return CLOSE[quote];
	if (prev === '' || STARTS_PHRASE.test(prev)) return next === '' || /\s/.test(next) ? CLOSE[quote] : OPEN[quote];
	return CLOSE[quote];
}
