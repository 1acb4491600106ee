/** Finding the next explainer: topic slugs and spellings, and related explainers ranked by what they share. */
import { describe, expect, it } from 'vitest';
import { relatedExplainers, relatedReason } from '../../src/editorial/related.ts';
import { topicSlug } from '../../src/editorial/topics.ts';
import { topicSpellingProblems } from '../../src/editorial/topic-spellings.ts';

const item = (id: string, date: string, features: [string, string][]) => ({ id, date, features: new Map(features) });

describe('topics', () => {
	it('fold into stable slugs', () => {
		expect(['NATO', 'Nato', ' nato ', 'US foreign policy', 'Zelensky & Trump', 'Ukraïne'].map(topicSlug)).toEqual([
			'nato',
			'nato',
			'nato',
			'us-foreign-policy',
			'zelensky-and-trump',
			'ukraine',
		]);
	});

	it('spelled two ways is an error at the later spelling, naming the first', () => {
		const text = '---\ntopics: ["Nato"]\n---\n';
		const found = topicSpellingProblems([
			{ file: 'articles/a.mdx', text: '', topics: ['NATO', 'Russia'], offsetOf: () => 0 },
			{ file: 'articles/b.mdx', text, topics: ['Nato', 'Russia'], offsetOf: () => text.indexOf('"Nato"') },
		]);
		expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([
			'articles/b.mdx:2:10 topic-spelling',
		]);
		expect(found[0]!.reason).toContain('spelled `NATO` in articles/a.mdx');
	});
});

describe('related explainers', () => {
	const items = [
		item('a', '2025-01-01', [
			['entity:witkoff', 'Steve Witkoff'],
			['entity:art5', 'Article 5'],
			['source:ap', ''],
			['entity:common', 'Everyone'],
		]),
		item('b', '2025-02-01', [
			['entity:witkoff', 'Steve Witkoff'],
			['source:ap', ''],
			['entity:common', 'Everyone'],
		]),
		item('c', '2025-03-01', [
			['entity:art5', 'Article 5'],
			['entity:common', 'Everyone'],
		]),
		item('d', '2025-04-01', [
			['entity:witkoff', 'Steve Witkoff'],
			['entity:art5', 'Article 5'],
			['entity:common', 'Everyone'],
		]),
		item('e', '2025-05-01', [['entity:common', 'Everyone']]),
	];

	it('ranks by shared things weighted by rarity, never the explainer itself; what every explainer shares counts least', () => {
		const related = relatedExplainers(items);
		expect(related.get('a')!.map((r) => r.id)).toEqual(['b', 'd', 'c', 'e']);
		// Only the feature every explainer has: the others, newest first.
		expect(related.get('e')!.map((r) => r.id)).toEqual(['d', 'c', 'b', 'a']);
		for (const [id, list] of related) expect(list.map((r) => r.id)).not.toContain(id);
	});

	it('relates the two explainers of a two-explainer site that share entities', () => {
		const two = [
			item('nato-one', '2025-01-01', [
				['entity:nato', 'NATO'],
				['entity:art5', 'Article 5'],
				['source:ap', ''],
			]),
			item('nato-two', '2025-02-01', [
				['entity:nato', 'NATO'],
				['entity:art5', 'Article 5'],
			]),
		];
		const related = relatedExplainers(two);
		expect(related.get('nato-one')!.map((r) => r.id)).toEqual(['nato-two']);
		expect(related.get('nato-two')!.map((r) => r.id)).toEqual(['nato-one']);
		expect(relatedReason(related.get('nato-one')![0]!)).toBe('Also about NATO and Article 5');
	});

	it('on a large site, leaves out what more than half the explainers share', () => {
		const many = Array.from({ length: 60 }, (_, i) =>
			item(`x${i}`, '2025-01-01', [
				['entity:common', 'Everyone'],
				...(i < 2 ? [['entity:rare', 'Rare'] as [string, string]] : []),
			]),
		);
		const related = relatedExplainers(many);
		expect(related.get('x0')!.map((r) => r.id)).toEqual(['x1']);
		expect(related.get('x5')).toEqual([]);
	});

	it('breaks ties by date, newest first, and keeps at most the limit', () => {
		const tied = [
			item('x', '2025-01-01', [['entity:k', 'K']]),
			item('old', '2024-01-01', [['entity:k', 'K']]),
			item('new', '2025-06-01', [['entity:k', 'K']]),
			item('mid', '2025-03-01', [['entity:k', 'K']]),
			item('other', '2025-07-01', []),
		];
		expect(
			relatedExplainers(tied, 2)
				.get('x')!
				.map((r) => r.id),
		).toEqual(['new', 'mid']);
	});

	it('says why, rarest first', () => {
		const [first] = relatedExplainers(items).get('b')!;
		expect(relatedReason(first!)).toBe('Also about Steve Witkoff; cites one of the same sources');
		expect(relatedReason({ names: ['Steve Witkoff', 'Article 5'], sources: 0 })).toBe(
			'Also about Steve Witkoff and Article 5',
		);
		expect(relatedReason({ names: [], sources: 3 })).toBe('Cites 3 of the same sources');
	});
});
