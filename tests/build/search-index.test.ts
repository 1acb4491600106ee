/**
 * The built Pagefind index, queried from Node with Pagefind's own browser
 * bundle over HTTP on 127.0.0.1 (it cannot read file:// URLs).
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server.mjs';
import { RANKING } from '../../src/search/ranking.ts';
import { FIXTURE_DIST, SITE_DIST } from '../support/paths.ts';
import { QUERIES } from '../support/search-queries.ts';
import { readSite } from '../support/site-files.ts';

type Result = { url: string; meta: Record<string, string>; filters: Record<string, string[]> };
type Pagefind = {
	options(o: object): Promise<void>;
	search(q: string, o?: object): Promise<{ results: { data(): Promise<Result> }[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
};

/** Pagefind's browser bundle for one built site, served on 127.0.0.1. */
async function openIndex(dist: string, tag: string): Promise<{ pagefind: Pagefind; close: () => Promise<void> }> {
	const server = await serveStatic(dist);
	const pagefind = (await import(`${pathToFileURL(`${dist}/pagefind/pagefind.js`).href}?${tag}`)) as Pagefind;
	await pagefind.options({ basePath: `${server.url}/pagefind/`, baseUrl: '/', ranking: RANKING });
	return { pagefind, close: server.close };
}

let pagefind: Pagefind;
let real: Pagefind;
const closers: (() => Promise<void>)[] = [];
beforeAll(async () => {
	const fixture = await openIndex(FIXTURE_DIST, 'fixture');
	const site = await openIndex(SITE_DIST, 'site');
	pagefind = fixture.pagefind;
	real = site.pagefind;
	closers.push(fixture.close, site.close);
});
afterAll(async () => {
	for (const close of closers) await close();
});

async function search(query: string, filters?: Record<string, string>, index = pagefind): Promise<Result[]> {
	const response = await index.search(query, filters ? { filters } : {});
	return Promise.all(response.results.map((r) => r.data()));
}

describe('search index (fixture)', () => {
	it('does not ship its input file', () => {
		expect(existsSync(`${FIXTURE_DIST}/search-records.json`)).toBe(false);
	});

	it('finds an entity by an alias the articles never use, entity first, then the paragraph', async () => {
		const results = await search('Unguja');
		expect(results[0]!.url).toBe('/places/zanzibar/');
		expect(results.some((r) => /^\/alpha\/#p-a-paragraph-with/.test(r.url))).toBe(true);
	});

	it('ignores case and diacritics', async () => {
		expect((await search('JANE ENVOY'))[0]!.url).toBe('/people/jane-envoy/');
		expect((await search('jane énvoy'))[0]!.url).toBe('/people/jane-envoy/');
	});

	it('finds sources by outlet, and the paragraphs citing them', async () => {
		const urls = (await search('Example Times')).map((r) => r.url);
		expect(urls).toContain('/sources/#paper-two');
		expect(urls.some((u) => u.startsWith('/alpha/#p-the-envoy-said'))).toBe(true);
	});

	it('filters by kind and by the outlets a paragraph cites', async () => {
		const filters = await pagefind.filters();
		expect(Object.keys(filters.kind!).sort()).toEqual(['Explainer', 'Organisation', 'Person', 'Place', 'Source', 'Term']);
		const people = await search('envoy', { kind: 'Person' });
		expect(people.map((r) => r.url)).toEqual(['/people/jane-envoy/']);
		const byWire = await search('capital', { outlet: 'Example Times' });
		expect(byWire.length).toBeGreaterThan(0);
		for (const r of byWire) expect(r.filters.outlet).toContain('Example Times');
		const paragraphs = await search('treaty', { kind: 'Explainer', outlet: 'Treaty Archive' });
		expect(paragraphs.map((r) => r.url).every((u) => u.includes('#p-'))).toBe(true);
	});

	it('labels results with kind, title and context', async () => {
		const [first] = await search('Unguja');
		expect(first!.meta).toMatchObject({ title: 'Zanzibar', kind: 'Place' });
		const paragraph = (await search('Zanzibar')).find((r) => r.url.includes('#p-'))!;
		expect(paragraph.meta).toMatchObject({ title: 'The treaty', kind: 'Explainer', context: 'Alpha explainer' });
	});
});

describe('search index (the first explainer)', () => {
	const article = '/us-nato-style-security-guarantees-ukraine/';
	const paragraphUrl = (words: string) => {
		const page = readSite(SITE_DIST).get(article)!;
		const p = page.root.querySelectorAll('.article-body p[id]').find((el) => el.text.includes(words));
		if (!p) throw new Error(`no paragraph contains “${words}”`);
		return `${article}#${p.id}`;
	};

	it.each(QUERIES)('“$query” → $first first, and the right paragraph', async ({ query, first, paragraph, url }) => {
		const results = (await search(query, undefined, real)).map((r) => r.url);
		expect(results[0]).toBe(first);
		expect(results).toContain(url ?? paragraphUrl(paragraph!));
	});

	it('returns nothing, rather than anything, for a word that is not there', async () => {
		expect(await search('qwertyzxcv', undefined, real)).toEqual([]);
	});
});
