/** Splitting long lists over numbered pages: `/x/`, `/x/2/`, `/x/3/` … */

/** How much one page holds, so no page grows with the site (the largest stays well under 100 KB gzip). */
export const PAGE_SIZE = {
	/** Explainers on the home page and each /explainers/n/ page. */
	explainers: 30,
	/** Explainers per page of an entity's mentions. */
	mentionGroups: 20,
	/** Paragraphs shown from each of those explainers. */
	mentionsShown: 2,
	/** Claims per page of a source. */
	sourceClaims: 100,
} as const;

export interface Page<T> {
	/** 1-based. */
	number: number;
	/** How many pages in all (at least 1). */
	count: number;
	items: T[];
}

/** `items` in pages of `size`; an empty list still has one (empty) page. */
export function pages<T>(items: readonly T[], size: number): Page<T>[] {
	const count = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: count }, (_, i) => ({
		number: i + 1,
		count,
		items: items.slice(i * size, (i + 1) * size),
	}));
}

/** The `[...page]` route parameter: none for the first page. */
export function pageParam(number: number): string | undefined {
	return number === 1 ? undefined : String(number);
}

/** URL of page `number` under `base` (which ends with `/`). */
export function pageUrl(base: string, number: number): string {
	return number === 1 ? base : `${base}${number}/`;
}
