/**
 * The fixture site's search index, queried from Node through the same
 * query logic as the browser UI, with the query table the browser test
 * also types (tests/support/search-queries.ts): every name and term
 * reaches its entity first and the paragraph; every remembered phrase
 * from a quote reaches the paragraph the quote supports; no result shows
 * an alias list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIndex, type NodePagefind } from '../../scripts/pagefind-node.ts';
import { allRows, pathOf } from '../support/search-rows.ts';
import { FIXTURE_DIST } from '../support/paths.ts';
import { QUERIES, QUOTE_QUERIES } from '../support/search-queries.ts';
import { readSite, type Page } from '../support/site-files.ts';

let pagefind: NodePagefind;
let close: () => Promise<void>;
let pages: Map<string, Page>;
beforeAll(async () => {
	({ pagefind, close } = await openIndex(FIXTURE_DIST, 'fixture-queries'));
	pages = readSite(FIXTURE_DIST);
});
afterAll(() => close());

const rows = (query: string, filters: Record<string, string[]> = {}) => allRows(pagefind, query, filters);
const path = pathOf;
const flat = (s: string) => s.replace(/\s+/g, ' ');
const paragraphs = (explainer: string) => pages.get(explainer)!.root.querySelectorAll('.prose p[id^="p-"]');
/** Ids of the explainer's paragraphs whose own words include `words`. */
const paragraphsWith = (explainer: string, words: string) =>
	paragraphs(explainer)
		.filter((p) => flat(p.text).includes(words))
		.map((p) => p.id);

describe('the query table', () => {
	it.each(QUERIES)(
		'“$query” leads to $first first, and to the paragraph',
		async ({ query, first, paragraph, url, explainer = '/epsilon/' }) => {
			const found = await rows(query);
			expect(path(found[0]!.url)).toBe(first);
			const paths = found.map((r) => path(r.url));
			if (url) expect(paths).toContain(url);
			if (paragraph) {
				const ids = paragraphsWith(explainer, paragraph);
				expect(ids.length, `no paragraph with “${paragraph}”`).toBeGreaterThan(0);
				expect(
					ids.some((id) => paths.includes(`${explainer}#${id}`)),
					`${query}: none of ${ids}`,
				).toBe(true);
			}
		},
	);

	it('never shows an alias list in a paragraph’s excerpt', async () => {
		for (const { query } of [...QUERIES, ...QUOTE_QUERIES]) {
			for (const row of (await rows(query)).filter((r) => r.kind === 'Explainer'))
				expect(row.excerpt, query).not.toMatch(/\(Also:|Also written/);
		}
	});
});

describe('phrases from supporting quotes', () => {
	it.each(QUOTE_QUERIES)(
		'“$query” reaches the paragraph it supports in the top three, with the quote and $outlet',
		async ({ query, outlet, paragraph, explainer = '/epsilon/' }) => {
			const supported = paragraphs(explainer)
				.filter(
					(p) =>
						flat(p.text).includes(paragraph) &&
						p.nextElementSibling?.querySelectorAll('.quote').some((q) => flat(q.text).toLowerCase().includes(query)),
				)
				.map((p) => `${explainer}#${p.id}`);
			expect(supported.length).toBeGreaterThan(0);
			// The phrase is the quote's, not the explainer's own words.
			expect(paragraphs(explainer).filter((p) => flat(p.text).toLowerCase().includes(query))).toEqual([]);
			const top = (await rows(query)).slice(0, 3);
			const hit = top.find((r) => supported.includes(path(r.url)));
			expect(hit, JSON.stringify(top.map((r) => path(r.url)))).toBeTruthy();
			expect(hit!.excerpt).toContain(outlet);
			expect(hit!.excerpt.toLowerCase()).toContain(`<mark>${query.split(' ')[0]}`);
		},
	);
});
