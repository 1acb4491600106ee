/** Finding entity mentions: case, diacritics, whole words, possessives, longest names first. */
import { describe, expect, it } from 'vitest';
import { markMentions, MentionMatcher } from '../../src/site-index/mentions.ts';

const matcher = new MentionMatcher([
	{ id: 'zelensky', name: 'Volodymyr Zelensky', aliases: ['Zelensky', 'Zelenskyy'] },
	{ id: 'trump', name: 'Donald Trump', aliases: ['Trump'] },
	{ id: 'nato', name: 'NATO', aliases: [] },
	{ id: 'coalition', name: 'coalition of the willing', aliases: [] },
	{ id: 'jber', name: 'Joint Base Elmendorf-Richardson', aliases: ['Elmendorf-Richardson'] },
	{ id: 'article-5', name: 'Article 5', aliases: [] },
	{ id: 'us', name: 'United States', aliases: ['U.S.'] },
]);
const found = (text: string) => matcher.find(text).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);

describe('MentionMatcher', () => {
	it('matches names whatever the case and diacritics', () => {
		expect(found('President ZELENSKY spoke; Zelénsky too')).toEqual(['zelensky:ZELENSKY', 'zelensky:Zelénsky']);
	});

	it('matches whole words only, and possessives', () => {
		expect(found('Trump’s envoy')).toEqual(['trump:Trump']);
		expect(found('Natal and Natalia, the trumpet')).toEqual([]);
	});

	it('prefers the longest name and matches multi-word and hyphenated names', () => {
		expect(found('Donald Trump met at Joint Base Elmendorf-Richardson')).toEqual([
			'trump:Donald Trump',
			'jber:Joint Base Elmendorf-Richardson',
		]);
		expect(found('the coalition of the willing met')).toEqual(['coalition:coalition of the willing']);
		expect(found('Article 5-like language from the U.S.')).toEqual(['article-5:Article 5', 'us:U.S']);
	});

	it('falls back to the shorter name, and starts again one word on, where a longer name breaks off', () => {
		const names = new MentionMatcher([
			{ id: 'abc', name: 'alpha beta gamma', aliases: [] },
			{ id: 'a', name: 'alpha', aliases: [] },
			{ id: 'b', name: 'beta', aliases: [] },
		]);
		const text = 'alpha beta alpha beta gamma';
		expect(names.find(text).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`)).toEqual([
			'a:alpha',
			'b:beta',
			'abc:alpha beta gamma',
		]);
	});

	it('passes over a long text of a name’s first word, however many words the name has', () => {
		// An alias of 120 characters that folds to hundreds of words (ﷺ is several), all after "the".
		const names = new MentionMatcher([
			{ id: 'long', name: 'Long', aliases: [`the ${'ﷺ'.repeat(116)}`] },
			{ id: 'harbours', name: `the ${'harbour '.repeat(25).trim()}`, aliases: [] },
		]);
		expect(names.find('the '.repeat(20_000))).toEqual([]);
		expect(names.entitiesIn(`so the ${'harbour '.repeat(25)}said`)).toEqual(['harbours']);
	});

	it('lists the entities a text mentions, once each, in order', () => {
		expect(matcher.entitiesIn('Trump and Zelensky; then Trump again')).toEqual(['trump', 'zelensky']);
	});

	it('marks one entity’s mentions, keeping the original text', () => {
		const text = 'Witkoff said Zelensky’s view, Zelénsky';
		expect(markMentions(text, matcher.find(text), 'zelensky')).toEqual([
			{ text: 'Witkoff said ', match: false },
			{ text: 'Zelensky', match: true },
			{ text: '’s view, ', match: false },
			{ text: 'Zelénsky', match: true },
		]);
	});
});
