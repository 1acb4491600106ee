/** Every row a search shows, in order, as the UI would list them all; and a URL's path with its fragment. */
import { runSearch, type PagefindApi, type Row } from '../../src/search/query.ts';

export async function allRows(
	pagefind: PagefindApi,
	query: string,
	filters: Record<string, string[]> = {},
): Promise<Row[]> {
	const search = await runSearch(pagefind, query, filters);
	await search.settled;
	const out: Row[] = [];
	for (let i = 0; i < search.count; i++) out.push(...(await search.rows(i)));
	return out;
}

export function pathOf(url: string): string {
	const u = new URL(url, 'http://x');
	return u.pathname + u.hash;
}
