/** "Did you mean": the site's vocabulary, and a misspelt query's nearest known words. */
import { describe, expect, it } from 'vitest';
import { lexicon, suggestQuery } from '../../src/search/suggest.ts';
import { buildVocabulary } from '../../src/search/vocabulary.ts';

const names = ['Steve Witkoff', 'Volodymyr Zelensky', 'Zelenskyy', 'Sergei Lavrov', 'Article 5', 'Witkoff said what?'];
const texts = [
	'Security guarantees were discussed [@wire-one, "security guarantees"].',
	'The security of Ukraine. Guarantees, guarantees.',
	'within without',
];
const lex = lexicon(buildVocabulary(names, texts));

describe('the vocabulary', () => {
	it('lists names in their own spelling first, then the text’s words by frequency, each once, without markers or short words', () => {
		const { words } = buildVocabulary(names, texts);
		expect(words.slice(0, 7)).toEqual(['Steve', 'Witkoff', 'Volodymyr', 'Zelensky', 'Zelenskyy', 'Sergei', 'Lavrov']);
		expect(words).toContain('Article');
		expect(words.indexOf('guarantees')).toBeLessThan(words.indexOf('security'));
		expect(words).not.toContain('wire');
		expect(words).not.toContain('5');
		expect(words).not.toContain('the');
		expect(words.filter((w) => w.toLowerCase() === 'witkoff')).toHaveLength(1);
	});
});

describe('suggestQuery', () => {
	it('corrects misspelt names and terms to the site’s own spelling', () => {
		expect(suggestQuery('Witkov', lex)).toBe('Witkoff');
		expect(suggestQuery('Zelenksy', lex)).toBe('Zelensky');
		expect(suggestQuery('Lavrow', lex)).toBe('Lavrov');
		expect(suggestQuery('secruity guarantees', lex)).toBe('security guarantees');
		expect(suggestQuery('steve witkov', lex)).toBe('steve Witkoff');
	});

	it('ignores case and diacritics, and leaves known words, prefixes and short words alone', () => {
		expect(suggestQuery('WÍTKOV', lex)).toBe('Witkoff');
		expect(suggestQuery('Zelenskyy', lex)).toBeUndefined();
		expect(suggestQuery('Zelen', lex)).toBeUndefined();
		expect(suggestQuery('Artcle 5', lex)).toBe('Article 5');
		expect(suggestQuery('wtk', lex)).toBeUndefined();
	});

	it('suggests nothing for a word too far from any it knows', () => {
		expect(suggestQuery('Macron', lex)).toBeUndefined();
		expect(suggestQuery('Witkovsky', lex)).toBeUndefined();
	});

	it('prefers the nearer word, then the one listed first', () => {
		const tie = lexicon({ words: ['Lavrov', 'Lavrof'] });
		expect(suggestQuery('Lavrox', tie)).toBe('Lavrov');
		expect(suggestQuery('Lavrofx', tie)).toBe('Lavrof');
	});
});
