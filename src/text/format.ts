/** Small formatters shared by the claims renderer and the pages. */

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** `2025-08-17` → `17 August 2025` (no locale data needed, same output everywhere). */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** `2025-08-17` → `17 Aug 2025`, for tight places like the margin. */
export function formatShortDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${MONTHS[m! - 1]!.slice(0, 3)} ${y}`;
}

/** Cut `text` at a word boundary to about `max` characters. */
export function excerpt(text: string, max = 80): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/** "1 source", "2 sources". */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** `2025-08-17` → `2025-08`: the month a date falls in, as search filters list it (sorts as it reads). */
export function monthLabel(iso: string): string {
	return iso.slice(0, 7);
}

/** `2_345_678` → `2.3 MB` (decimal megabytes, as file managers and hosts count them). */
export function formatMegabytes(bytes: number): string {
	return `${(bytes / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}
