/**
 * URL text fragments (`#:~:text=…`): a supporting browser opens the source
 * scrolled to the quoted passage and highlights it. Others ignore the
 * fragment and just open the page, so the quote is always shown beside it.
 * @see https://wicg.github.io/scroll-to-text-fragment/
 */

/** Characters with a meaning in the directive syntax, escaped on top of encodeURIComponent. */
function encode(text: string): string {
	return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

const ELLIPSIS = /\s*(?:…|\.\.\.)\s*/u;

/**
 * The directive for a quote. Long passages become `start,end` (first and
 * last words) so small differences in the middle still match; a quote with
 * an elision (`a … b`) becomes the range from `a` to `b`.
 */
export function textDirective(quote: string): string {
	const parts = quote
		.split(ELLIPSIS)
		.map((p) => p.replace(/^[\s"'“”‘’]+|[\s"'“”‘’,]+$/gu, ''))
		.filter((p) => p.length > 0);
	if (parts.length === 0) return '';
	const first = parts[0]!;
	const last = parts.at(-1)!;
	const words = (s: string) => s.split(/\s+/);
	// Four words at each end are distinctive enough on a news page and keep URLs short.
	if (parts.length > 1)
		return `text=${encode(words(first).slice(0, 4).join(' '))},${encode(words(last).slice(-4).join(' '))}`;
	const all = words(first);
	if (all.length <= 8) return `text=${encode(first)}`;
	return `text=${encode(all.slice(0, 4).join(' '))},${encode(all.slice(-4).join(' '))}`;
}

/** `url` with a text fragment for `quote`, replacing any fragment it had. */
export function urlAtQuote(url: string, quote: string): string {
	const directive = textDirective(quote);
	if (!directive) return url;
	return `${url.split('#')[0]}#:~:${directive}`;
}
