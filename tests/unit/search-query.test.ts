/** What a search result shows, from Pagefind's data: rows per kind, and excerpts that can only ever mark words. */
import { describe, expect, it } from 'vitest';
import { bySection, excerptParts, normaliseQuery, toRows, type PagefindData } from '../../src/search/query.ts';

const data = (over: Partial<PagefindData>): PagefindData => ({
	url: '/x/',
	excerpt: '',
	meta: {},
	filters: {},
	sub_results: [],
	...over,
});

describe('excerpts', () => {
	it('are text with marked words: anything else that looks like markup stays text', () => {
		expect(excerptParts('a &lt;img src=x onerror=alert(1)&gt; <mark>Witkoff</mark> said & more')).toEqual([
			{ text: 'a <img src=x onerror=alert(1)> ', mark: false },
			{ text: 'Witkoff', mark: true },
			{ text: ' said & more', mark: false },
		]);
		expect(excerptParts('<b>bold</b> <script>x</script>').every((p) => !p.mark)).toBe(true);
	});
});

describe('rows', () => {
	it('an explainer gives its best-matching paragraphs, titled by section, in the context of the explainer', () => {
		const rows = toRows(
			data({
				url: '/a/',
				meta: { title: 'An explainer' },
				filters: { kind: ['Explainer'] },
				sub_results: [
					{ url: '/a/#h', title: 'Heading', excerpt: 'h', locations: [1, 2, 3, 4], anchor: { id: 'heading' } },
					{ url: '/a/#p-one', title: 'First section', excerpt: 'one', locations: [5] },
					{ url: '/a/#p-two', title: 'Second section', excerpt: 'two', locations: [7, 8] },
				].map((s) => ({ ...s, anchor: s.anchor ?? { id: s.url.split('#')[1]! } })),
			}),
		);
		expect(rows.map((r) => [r.url, r.title, r.context])).toEqual([
			['/a/#p-two', 'Second section', 'An explainer'],
			['/a/#p-one', 'First section', 'An explainer'],
		]);
	});

	it('a match in a supporting quote leads to the paragraph, titled by its section, showing the quote with its outlet', () => {
		const rows = toRows(
			data({
				url: '/a/?highlight=utopia',
				meta: { title: 'An explainer' },
				filters: { kind: ['Explainer'] },
				anchors: [{ id: 'p-one', title: 'Russia’s response' }],
				sub_results: [
					{
						url: '/a/?highlight=utopia#p-one-s4q1',
						title: 'Reuters',
						excerpt: '“a <mark>utopia</mark>”',
						locations: [9],
						anchor: { id: 'p-one-s4q1' },
					},
				],
			}),
		);
		expect(rows).toEqual([
			{
				url: '/a/?highlight=utopia#p-one',
				kind: 'Explainer',
				title: 'Russia’s response',
				context: 'An explainer',
				excerpt: 'Reuters: “a <mark>utopia</mark>”',
			},
		]);
	});

	it('an entity says what it is and its other names as a sentence; a source gives its headline', () => {
		expect(
			toRows(data({ meta: { title: 'Kyiv', aliases: 'Kiev; Kyjiw\\, old' }, filters: { kind: ['Place'] } }))[0]!
				.context,
		).toBe('Place. Also written “Kiev” or “Kyjiw, old”.');
		expect(
			toRows(
				data({ meta: { title: 'Reuters', context: 'Headline\\, with a comma' }, filters: { kind: ['Source'] } }),
			)[0],
		).toMatchObject({ title: 'Reuters', context: 'Headline, with a comma' });
	});

	it('an explainer’s paragraphs under one heading are one section: its best paragraph leads, the others follow', () => {
		const rows = toRows(
			data({
				url: '/a/',
				meta: { title: 'An explainer' },
				filters: { kind: ['Explainer'] },
				sub_results: [
					{ url: '/a/#p-one', title: 'What Clause 12 requires', excerpt: 'one', locations: [1] },
					{ url: '/a/#p-two', title: 'The talks', excerpt: 'two', locations: [3, 4] },
					{ url: '/a/#p-three', title: 'What Clause 12 requires', excerpt: 'three', locations: [6, 7, 8] },
				].map((s) => ({ ...s, anchor: { id: s.url.split('#')[1]! } })),
			}),
		);
		expect(
			bySection(rows).map(({ lead, more }) => [lead.title, lead.url, ...more.map((r) => [r.url, r.excerpt])]),
		).toEqual([
			['What Clause 12 requires', '/a/#p-three', ['/a/#p-one', 'one']],
			['The talks', '/a/#p-two'],
		]);
	});

	it('a long pasted passage is cut to the first twelve words', () => {
		expect(normaliseQuery(`  ${'word '.repeat(200)}`).split(' ')).toHaveLength(12);
	});
});
