/**
 * The fixture site's search index, queried from Node through the same
 * query logic as the browser UI: what each kind of page contributes, and
 * what a result shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIndex, type NodePagefind } from '../../scripts/pagefind-node.ts';
import { allRows, pathOf } from '../support/search-rows.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

let pagefind: NodePagefind;
let close: () => Promise<void>;
beforeAll(async () => {
	({ pagefind, close } = await openIndex(FIXTURE_DIST, 'fixture'));
});
afterAll(() => close());

const rows = (query: string, filters: Record<string, string[]> = {}) => allRows(pagefind, query, filters);
const path = pathOf;

describe('search over the fixture site', () => {
	it('finds an entity by an alias the articles never use, then the paragraphs that use its name', async () => {
		const found = await rows('Unguja');
		expect(path(found[0]!.url)).toBe('/places/zanzibar/');
		expect(found[0]!.context).toBe('Place. Also written “Unguja” or “Zanzibar archipelago”.');
		expect(found.some((r) => /^\/alpha\/#p-is-there-a-/.test(path(r.url)))).toBe(true);
	});

	it('ignores case and diacritics', async () => {
		expect(path((await rows('JANE ENVOY'))[0]!.url)).toBe('/people/jane-envoy/');
		expect(path((await rows('jáne énvoy'))[0]!.url)).toBe('/people/jane-envoy/');
	});

	it('leads to the paragraph, titled by its section, with the paragraph’s own words and the match marked', async () => {
		const found = (await rows('attack')).filter((r) => r.kind === 'Explainer');
		expect(found[0]).toMatchObject({ title: 'The treaty', context: 'Alpha explainer' });
		expect(path(found[0]!.url)).toMatch(/^\/alpha\/#p-an-attack-on-/);
		expect(found[0]!.excerpt).toMatch(/is an <mark>attack<\/mark> on all\. This sentence/);
	});

	it('finds a paragraph by the words of a quote supporting it, and shows the quote with its outlet', async () => {
		const found = await rows('against them all');
		const top = found.slice(0, 3).find((r) => r.kind === 'Explainer')!;
		expect(path(top.url)).toMatch(/^\/alpha\/#p-an-attack-on-/);
		expect(top.excerpt).toBe('Treaty Archive: “an attack <mark>against</mark> <mark>them</mark> <mark>all”</mark>');
	});

	it('finds sources by outlet, and filters by kind and by outlet cited', async () => {
		expect((await rows('Example Times')).some((r) => path(r.url) === '/sources/paper-two/')).toBe(true);
		const people = await rows('envoy', { kind: ['Person'] });
		expect(people.map((r) => r.kind)).toEqual(['Person']);
		const citing = await rows('envoy', { outlet: ['Treaty Archive'] });
		expect(citing.length).toBeGreaterThan(0);
		expect(citing.every((r) => r.kind === 'Explainer' || r.kind === 'Source')).toBe(true);
	});

	it('leaves out an explainer under embargo', async () => {
		expect((await rows('embargoed')).map((r) => path(r.url))).toEqual([]);
		expect((await rows('explainer')).some((r) => path(r.url).startsWith('/delta/'))).toBe(false);
	});

	it('indexes only explainers, entities and sources', async () => {
		const found = await rows('explainer');
		expect(
			found.every((r) => ['Explainer', 'Source', 'Person', 'Place', 'Term', 'Organisation', 'Event'].includes(r.kind)),
		).toBe(true);
		expect(found.some((r) => /^\/(a-z|sources|search|timeline|corrections)\/$/.test(path(r.url)))).toBe(false);
	});
});
