/**
 * What a search shows, decided once for the browser UI and the Node
 * tests: Pagefind's page results become rows a reader can follow. An
 * explainer contributes its best-matching paragraphs (deep links), an
 * entity or source page one row each. A name found only through an
 * entity's aliases ("Kiev", "Zelenskiy") is searched again under the
 * entity's own names, so the paragraphs that use those names are found
 * too, with the reader's own words marked in them. DOM-free.
 */
import { RANKING } from './ranking.ts';

/** The parts of Pagefind's browser API this module uses. */
export interface PagefindApi {
	search(term: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>>; unfilteredResultCount: number }>;
}

export interface PagefindResult {
	id: string;
	score: number;
	matchedMetaFields?: string[];
	data(): Promise<PagefindData>;
}

export interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
	sub_results: { url: string; title: string; excerpt: string; locations: number[]; anchor?: { id: string } }[];
}

/** One line of the results: where it leads, what it is, and the words around the match. */
export interface Row {
	url: string;
	kind: string;
	title: string;
	context: string;
	/** HTML from Pagefind: text with `<`/`>` escaped and `<mark>` around matches. Render with `excerptParts`. */
	excerpt: string;
}

/** Options for Pagefind: ranking, a short excerpt, the highlight parameter, no worker (one fewer file to fetch). */
export const PAGEFIND_OPTIONS = { ranking: RANKING, excerptLength: 24, highlightParam: 'highlight', noWorker: true } as const;

/** The words searched: long pasted passages are cut, as every term must match. */
export const MAX_TERMS = 12;

/** Paragraphs shown per explainer. */
const PASSAGES_PER_PAGE = 3;

/** Aliases found through an entity's other names are searched again under up to this many of them. */
const MAX_EXPANSIONS = 6;

export function normaliseQuery(query: string): string {
	return query.trim().split(/\s+/).slice(0, MAX_TERMS).join(' ');
}

export interface Search {
	/** Pages matched (Pagefind's count, before rows are expanded). */
	total: number;
	/** Filter values with counts, for the current query. */
	filters: Record<string, Record<string, number>>;
	/** Rows of the result at `index` (loads its data). */
	rows(index: number): Promise<Row[]>;
	/** How many results `rows()` accepts. */
	count: number;
}

/**
 * Run `query`. The returned search loads results lazily: call `rows(i)`
 * in order as they are needed, so the first row needs one fragment only.
 */
export async function runSearch(api: PagefindApi, query: string, filters: Record<string, string[]> = {}): Promise<Search> {
	const term = normaliseQuery(query);
	const primary = await api.search(term, { filters });
	const results = [...primary.results];
	const expandedFrom = new Set<string>();
	const seen = new Set<string>();
	const extra: PagefindResult[] = [];
	// Entities matched by an alias only: find the paragraphs that use their other names.
	const aliasOnly = results.filter((r) => r.matchedMetaFields?.includes('aliases') && !r.matchedMetaFields.includes('title')).slice(0, 2);
	for (const result of aliasOnly) {
		const data = await result.data();
		const names = [metaValue(data, 'title'), ...(metaValue(data, 'aliases') ?? '').split(';')].map((n) => n?.trim()).filter((n): n is string => Boolean(n));
		for (const name of names.slice(0, MAX_EXPANSIONS)) {
			if (expandedFrom.has(name.toLowerCase())) continue;
			expandedFrom.add(name.toLowerCase());
			const found = await api.search(normaliseQuery(name), { filters });
			for (const r of found.results) if (!results.some((x) => x.id === r.id) && !extra.some((x) => x.id === r.id)) extra.push(r);
		}
	}
	const all = [...results, ...extra];
	return {
		total: primary.results.length,
		filters: primary.filters,
		count: all.length,
		async rows(index) {
			const result = all[index];
			if (!result) return [];
			const rows = toRows(await result.data());
			return rows.filter((row) => !seen.has(row.url) && seen.add(row.url));
		},
	};
}

/** A meta value as written in `data-pagefind-meta="key:value"`, where a comma is escaped (see search/annotations.ts). */
export function metaValue(data: Pick<PagefindData, 'meta'>, key: string): string | undefined {
	return data.meta[key]?.replace(/\\,/g, ',');
}

/** A page result as rows: an explainer's best paragraphs, or the page itself. */
export function toRows(data: PagefindData): Row[] {
	const kind = data.filters.kind?.[0] ?? 'Page';
	const title = metaValue(data, 'title') ?? data.url;
	if (kind === 'Explainer') {
		const passages = data.sub_results
			.filter((s) => s.anchor?.id.startsWith('p-'))
			.sort((a, b) => b.locations.length - a.locations.length)
			.slice(0, PASSAGES_PER_PAGE);
		if (passages.length > 0) return passages.map((s) => ({ url: s.url, kind, title: s.title, context: title, excerpt: s.excerpt }));
		return [{ url: data.url, kind, title, context: 'Explainer', excerpt: data.excerpt }];
	}
	if (kind === 'Source') return [{ url: data.url, kind, title, context: metaValue(data, 'context') ?? '', excerpt: data.excerpt }];
	const aka = (metaValue(data, 'aliases') ?? '').split(';').map((a) => a.trim()).filter(Boolean);
	const context = aka.length > 0 ? `${kind}. Also written ${listOf(aka.map((a) => `“${a}”`))}.` : kind;
	return [{ url: data.url, kind, title, context, excerpt: data.excerpt }];
}

function listOf(items: string[]): string {
	return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * Pagefind's excerpt as text and marked parts. It escapes `<` and `>` and
 * adds `<mark>`; nothing else is markup, so nothing else is trusted.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
	const parts: { text: string; mark: boolean }[] = [];
	let mark = false;
	for (const piece of excerpt.split(/(<\/?mark>)/)) {
		if (piece === '<mark>') mark = true;
		else if (piece === '</mark>') mark = false;
		else if (piece !== '') parts.push({ text: piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'), mark });
	}
	return parts;
}
