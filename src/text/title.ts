/**
 * How long a page's `<title>` may be, and fitting one into it: the check
 * that an article's title fits and the layout that shortens the rest
 * count the same way.
 */

/** The most a `<title>` may hold (html-validate's `long-title`; search results cut there too). */
export const MAX_TITLE = 70;

/** A title's length as written in HTML, where `'` and `&` take several characters (the validator counts those). */
export function titleLength(title: string): number {
	return title.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;').replace(/</g, '&lt;').length;
}

/** `title` shortened at a word, with an ellipsis, until it fits `max` as written in HTML. */
export function fitTitle(title: string, max: number): string {
	if (titleLength(title) <= max) return title;
	const words = title.split(' ');
	while (words.length > 1 && titleLength(`${words.join(' ')}…`) > max) words.pop();
	return `${words.join(' ').replace(/[\s,;:.]+$/, '')}…`;
}
