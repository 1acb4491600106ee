/**
 * Topics in any script get a page: a slug that keeps the name's letters
 * (Cyrillic, CJK, Devanagari …), percent-encoded in links. Latin names keep
 * the slugs they had. A name with no letter or digit, and two names that
 * fold to one slug, fail where they are written.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles } from '../../src/data/articles.ts';
import { topicPath, topicSlug, topicsOf } from '../../src/editorial/topics.ts';
import { contentDir } from '../support/content-dir.ts';

const article = (topics: string) =>
	`---\ntitle: "Alpha"\ndescription: "The fixture explainer."\npublished: "2025-01-02"\ntopics: ${topics}\n---\n\nText [!note].\n`;

describe('topic slugs', () => {
	it('keep the letters of every script, lower-cased and composed', () => {
		const names = [
			'Україна',
			'УКРАЇНА',
			'Росія',
			'中国',
			'日本の政治',
			'한국',
			'भारत',
			'Ελλάδα',
			'العربية',
			'Україна'.normalize('NFD'),
		];
		expect(names.map(topicSlug)).toEqual([
			'україна',
			'україна',
			'росія',
			'中国',
			'日本の政治',
			'한국',
			'भारत',
			'ελλάδα',
			'العربية',
			'україна',
		]);
	});

	it('leave the slugs Latin names had, and spell unaccented the Latin letters that do not decompose', () => {
		expect(
			['U.S. foreign policy', 'R&D', 'Zelénsky', 'İstanbul', 'ＮＡＴＯ', 'Straße', 'Łódź', 'Ærø'].map(topicSlug),
		).toEqual(['u-s-foreign-policy', 'r-and-d', 'zelensky', 'istanbul', 'nato', 'strasse', 'lodz', 'aero']);
	});

	it('are percent-encoded in links, and each topic gets its page', () => {
		expect(topicPath('Україна')).toBe('/topics/%D1%83%D0%BA%D1%80%D0%B0%D1%97%D0%BD%D0%B0/');
		expect(decodeURIComponent(topicPath('中国'))).toBe('/topics/中国/');
		const topics = topicsOf([{ data: { topics: ['Україна', '中国'] } }, { data: { topics: ['Україна'] } }]);
		expect(topics.map((t) => [t.slug, t.items.length])).toEqual([
			['україна', 2],
			['中国', 1],
		]);
	});
});

describe('topic names the check refuses', () => {
	it('a name with no letter or digit, at the name', () => {
		const root = contentDir({ 'articles/flag.mdx': article('["Ukraine", "🇺🇦", "???"]') });
		const found = checkArticles(join(root, 'articles'));
		expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['5:21 invalid-field', '5:29 invalid-field']);
		expect(found[0]!.reason).toMatch(
			/^Invalid `topics\.1` \(got `🇺🇦`\): a topic's page is named after its letters and digits, and this has none/,
		);
	});

	it('two spellings of one name in another script, at the second', () => {
		const root = contentDir({ 'articles/a.mdx': article('["Україна"]'), 'articles/b.mdx': article('["УКРАЇНА"]') });
		const found = checkArticles(join(root, 'articles'));
		expect(found.map((d) => `${d.file.replace(/.*articles\//, '')}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([
			'b.mdx:5:10 topic-spelling',
		]);
		expect(found[0]!.reason).toContain('both would be /topics/україна/');
	});
});
