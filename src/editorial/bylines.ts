/**
 * Who wrote what: each author record with the explainers whose `author`
 * names it, in the order given (newest first). An author with no listed
 * explainer still has a page, which says so.
 */
import type { Author } from '../schema/author.ts';

export interface Byline<T> {
	author: Author;
	items: T[];
}

/** Every author, sorted by name, with their explainers. */
export function bylinesOf<T extends { data: { author?: string | undefined } }>(
	authors: ReadonlyMap<string, Author>,
	explainers: readonly T[],
): Byline<T>[] {
	const byId = new Map<string, Byline<T>>([...authors.values()].map((author) => [author.id, { author, items: [] }]));
	for (const explainer of explainers) if (explainer.data.author) byId.get(explainer.data.author)?.items.push(explainer);
	return [...byId.values()].sort(
		(a, b) => a.author.name.localeCompare(b.author.name, 'en') || a.author.id.localeCompare(b.author.id),
	);
}
