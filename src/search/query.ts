/**
 * What a search shows, decided once for the browser UI and the Node
 * tests: Pagefind's page results become rows a reader can follow. An
 * explainer contributes its best-matching paragraphs (deep links), an
 * entity or source page one row each. A name found only through an
 * entity's aliases ("Kiev", "Zelenskiy") is searched again under the
 * entity's own names, so the paragraphs that use those names are found
 * too, with the reader's own words marked in them. DOM-free.
 */
import { fold, foldedWords } from '../text/fold.ts';
import { paragraphOf } from '../claims/ids.ts';

/** The parts of Pagefind's browser API this module uses. */
export interface PagefindApi {
	search(
		term: string,
		options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<{
		results: PagefindResult[];
		filters: Record<string, Record<string, number>>;
		unfilteredResultCount: number;
	}>;
	/** Loads the filter chunks; until then a search reports no filter counts. */
	filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindResult {
	id: string;
	score: number;
	matchedMetaFields?: string[];
	data(): Promise<PagefindData>;
}

export interface PagefindData {
	url: string;
	/** The page's indexed text; `locations` are word positions in it. */
	content?: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
	sub_results: { url: string; title: string; excerpt: string; locations: number[]; anchor?: { id: string } }[];
	anchors?: { id: string; title?: string; text?: string }[];
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

/** The words searched: long pasted passages are cut, as every term must match. */
export const MAX_TERMS = 12;

/** Aliases found through an entity's other names are searched again under up to this many of them. */
const MAX_EXPANSIONS = 6;

export function normaliseQuery(query: string): string {
	return query.trim().split(/\s+/).slice(0, MAX_TERMS).join(' ');
}

export interface Search {
	/** Pages matched (Pagefind's count, before rows are expanded). */
	total: number;
	/** Filter values with counts, for the current query; the first call loads the filter chunks if need be. */
	filters(): Promise<Record<string, Record<string, number>>>;
	/** Rows of the result at `index` (loads its data); the first ones come before `settled`. */
	rows(index: number): Promise<Row[]>;
	/** Resolves when the searches under an entity's other names are done and `count` is final. */
	settled: Promise<void>;
	/** How many results `rows()` accepts (final once `settled` resolves). */
	readonly count: number;
}

/**
 * Run `query`. The returned search loads results lazily: call `rows(i)`
 * in order as they are needed, so the first row needs one fragment only.
 */
/** `newest`: dated pages (explainers, sources) by date, newest first, for the words as typed. */
export type SearchOrder = 'relevance' | 'newest';

/** The Pagefind instances whose filter chunks are loaded: their searches report every filter's counts. */
const withFilters = new WeakSet<PagefindApi>();

export async function runSearch(
	api: PagefindApi,
	query: string,
	filters: Record<string, string[]> = {},
	order: SearchOrder = 'relevance',
): Promise<Search> {
	const term = normaliseQuery(query);
	// A search reports filter counts only once the filter chunks are loaded; its results need
	// them only for a filter chosen, which Pagefind loads itself. So the first results do not
	// wait for them: they are fetched when the counts are asked for, and the same search runs
	// again for its counts (no request: its chunks are in).
	const complete = withFilters.has(api);
	const options = order === 'newest' ? { filters, sort: { date: 'desc' as const } } : { filters };
	const primary = await api.search(term, options);
	let counts: Promise<Record<string, Record<string, number>>> | undefined;
	const filterCounts = () =>
		(counts ??= complete
			? Promise.resolve(primary.filters)
			: api
					.filters()
					.then(() => void withFilters.add(api))
					.then(async () => (await api.search(term, options)).filters)
					// Never rejects: without the chunks, the counts are what the search reported.
					.catch(() => primary.filters));
	const results = [...primary.results];
	// The first row is always the first result, and it needs nothing else: its fragment is asked
	// for now, and the alias candidates' fragments only once it is in (they would take the same
	// thread while it is decoded).
	const first = results[0]?.data().then(
		() => {},
		() => {},
	);
	const seen = new Set<string>();
	let all: PagefindResult[] = results;
	const queriesOf = new Map<string, string[]>(results.map((r) => [r.id, [term]]));
	// Entities found by one of their aliases, and how many results lead before the paragraphs
	// that use their other names (`after`); the first row does not wait for this.
	const aliases =
		order === 'newest'
			? Promise.resolve({ after: results.length, names: [] })
			: Promise.resolve(first).then(() => byAliases(results, term));
	const settled = (async () => {
		const { after, names } = await aliases;
		// Explainers first: the reader looking up a person wants the paragraphs about them
		// before the headlines and records that happen to carry the name.
		const passes = filters.kind || names.length === 0 ? [filters] : [{ ...filters, kind: ['Explainer'] }, filters];
		const found: PagefindResult[][] = [];
		for (const pass of passes) {
			const inPass: PagefindResult[] = [];
			for (const name of names) {
				for (const r of (await api.search(normaliseQuery(name), { filters: pass })).results) {
					const queries = queriesOf.get(r.id) ?? [];
					if (!queries.includes(name)) queriesOf.set(r.id, [...queries, name]);
					inPass.push(r);
				}
			}
			found.push(inPass);
		}
		const ordered =
			passes.length === 2
				? [results.slice(0, after), found[0]!, results.slice(after), found[1]!]
				: [results, found[0] ?? []];
		const merged: PagefindResult[] = [];
		const ids = new Set<string>();
		for (const r of ordered.flat()) if (!ids.has(r.id) && ids.add(r.id)) merged.push(r);
		all = merged;
	})();
	// Whoever needs the later rows awaits it and sees any failure; nobody else must be told.
	settled.catch(() => {});
	return {
		total: primary.results.length,
		filters: filterCounts,
		settled,
		get count() {
			return all.length;
		},
		async rows(index) {
			// Results up to the last entity found by an alias need none of the other names' searches.
			if (index > 0 && index >= (await aliases).after) await settled;
			const result = all[index];
			if (!result) return [];
			const data = await result.data();
			// An explainer's rows come from every query that found it, the other names included.
			if (data.filters.kind?.[0] === 'Explainer') await settled;
			const rows = (queriesOf.get(result.id) ?? [term]).flatMap((q) => toRows(data, q));
			return rows.filter((row) => !seen.has(row.url) && seen.add(row.url));
		},
	};
}

/**
 * Entities the query names outright by one of their aliases ("Zelenskyy", "Unguja"), among the
 * first results that matched on aliases: their other names, shortest first ("Zelensky" finds more
 * than "Volodymyr Zelensky"), to search for the paragraphs that use them; and how many results
 * lead, up to the last such entity. "Article 5" inside the alias "Article 5-like security
 * guarantees" must not pull in every "security guarantees".
 */
async function byAliases(results: PagefindResult[], term: string): Promise<{ after: number; names: string[] }> {
	const named = fold(term);
	const words = foldedWords(term).join(' ');
	const candidates = results.filter((r) => r.matchedMetaFields?.includes('aliases')).slice(0, 3);
	const candidateData = await Promise.all(candidates.map((r) => r.data()));
	const expandedFrom = new Set<string>();
	const names: string[] = [];
	let after = 0;
	for (const [i, result] of candidates.entries()) {
		const data = candidateData[i]!;
		const own = [metaValue(data, 'title'), ...(metaValue(data, 'aliases') ?? '').split(';')]
			.map((n) => n?.trim())
			.filter((n): n is string => Boolean(n));
		if (!own.some((n) => fold(n) === named)) continue;
		after = Math.max(after, results.indexOf(result) + 1);
		// A name that holds the query's words ("Steve Witkoff" for "Witkoff") finds nothing new.
		const others = own
			.filter((n) => !` ${foldedWords(n).join(' ')} `.includes(` ${words} `))
			.sort((a, b) => a.split(' ').length - b.split(' ').length || a.length - b.length);
		for (const name of others.slice(0, MAX_EXPANSIONS)) {
			if (!expandedFrom.has(fold(name))) names.push(name);
			expandedFrom.add(fold(name));
		}
	}
	// The entity, then the paragraphs that use its other names, then the pages that match the
	// reader's spelling (a headline with "Zelenskyy"), then the rest.
	return { after: after || results.length, names };
}

/** One section of an explainer among a search's rows: its best paragraph, then its other matching paragraphs. */
export interface SectionHits {
	lead: Row;
	more: Row[];
}

/**
 * An explainer's rows by section, each section once (several paragraphs under one heading were
 * hits with the same title), in the order of each section's best paragraph.
 */
export function bySection(rows: Row[]): SectionHits[] {
	const sections = new Map<string, SectionHits>();
	for (const row of rows) {
		const section = sections.get(row.title);
		if (section) section.more.push(row);
		else sections.set(row.title, { lead: row, more: [] });
	}
	return [...sections.values()];
}

/** A meta value as written in `data-pagefind-meta="key:value"`, where a comma is escaped (see search/annotations.ts). */
export function metaValue(data: Pick<PagefindData, 'meta'>, key: string): string | undefined {
	return data.meta[key]?.replace(/\\,/g, ',');
}

/** A page result as rows: an explainer's best paragraphs, or the page itself. `query` ranks the paragraphs. */
export function toRows(data: PagefindData, query = ''): Row[] {
	const kind = data.filters.kind?.[0] ?? 'Page';
	const title = metaValue(data, 'title') ?? data.url;
	if (kind === 'Explainer') {
		const rows = explainerRows(data, title, query);
		return rows.length > 0 ? rows : [{ url: data.url, kind, title, context: 'Explainer', excerpt: data.excerpt }];
	}
	if (kind === 'Source')
		return [{ url: data.url, kind, title, context: metaValue(data, 'context') ?? '', excerpt: data.excerpt }];
	const aka = (metaValue(data, 'aliases') ?? '')
		.split(';')
		.map((a) => a.trim())
		.filter(Boolean);
	const context = aka.length > 0 ? `${kind}. Also written ${listOf(aka.map((a) => `“${a}”`))}.` : kind;
	return [{ url: data.url, kind, title, context, excerpt: data.excerpt }];
}

/**
 * An explainer's matching paragraphs, best first: a paragraph matched in
 * its own words shows them; one matched in a supporting quote shows the
 * quote with its outlet ("Reuters: “…”") and leads to the paragraph.
 */
function explainerRows(data: PagefindData, title: string, query: string): Row[] {
	const titleOf = new Map((data.anchors ?? []).map((a) => [a.id, a.title ?? a.text ?? '']));
	const base = data.url.split('#')[0]!;
	const score = coverage(data, query);
	const rows: (Row & { hits: number; order: number })[] = [];
	data.sub_results.forEach((s, order) => {
		// A quote's anchor (`p-…-s3q1`) names the paragraph whose claim it supports.
		const of = paragraphOf(s.anchor?.id ?? '');
		if (!of) return;
		const { paragraph } = of;
		const quote = of.quote;
		const excerpt = quote ? `${s.title}: ${quoteOnly(s.excerpt)}` : s.excerpt;
		const section = quote ? (titleOf.get(paragraph) ?? title) : s.title;
		// A paragraph under a heading that names the query ("What Article 5 says") leads its peers.
		const named = query !== '' && fold(section).includes(fold(query)) ? 500 : 0;
		rows.push({
			url: `${base}#${paragraph}`,
			kind: 'Explainer',
			title: section,
			context: title,
			excerpt,
			hits: score(s.locations) + named,
			order,
		});
	});
	const best = new Map<string, (typeof rows)[number]>();
	for (const row of rows) {
		const seen = best.get(row.url);
		if (!seen || row.hits > seen.hits) best.set(row.url, row);
	}
	// Paragraphs with fewer of the query's words than the best one are noise ("and" alone).
	const most = Math.max(0, ...[...best.values()].map((r) => Math.floor(r.hits / 1000)));
	return [...best.values()]
		.filter((r) => Math.floor(r.hits / 1000) === most)
		.sort((a, b) => b.hits - a.hits || a.order - b.order)
		.map(({ hits: _h, order: _o, ...row }) => row);
}

/**
 * How well a paragraph's matched words cover the query: every term it has
 * counts (so "command and control" prefers the passage with all three
 * words to one with many "and"s), then the number of matches breaks ties.
 */
function coverage(data: PagefindData, query: string): (locations: number[]) => number {
	const terms = query.toLowerCase().split(/\s+/).map(word).filter(Boolean);
	const words = data.content?.split(/\s+/) ?? [];
	if (terms.length === 0 || words.length === 0) return (locations) => locations.length;
	return (locations) => {
		const found = new Set<string>();
		for (const at of locations) {
			const w = word(words[at]?.toLowerCase() ?? '');
			for (const t of terms) if (w.startsWith(t) || (w.length >= 3 && t.startsWith(w))) found.add(t);
		}
		return found.size * 1000 + locations.length;
	};
}

/**
 * A quote's section runs on to the next anchor (the next note's outlet);
 * the row shows the quote alone, up to its closing mark.
 */
function quoteOnly(excerpt: string): string {
	const end = /”(?:<\/mark>)?/.exec(excerpt);
	return end ? excerpt.slice(0, end.index + end[0].length) : excerpt;
}

function word(text: string): string {
	return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
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
		else if (piece !== '')
			parts.push({ text: piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'), mark });
	}
	return parts;
}
