import { describe, expect, it } from 'vitest';
import { markMentions, mentions, normaliseName } from '../../src/lib/mentions.ts';

describe('mentions', () => {
	it('matches names whatever the case and diacritics', () => {
		expect(mentions('President ZELENSKY spoke', ['Zelensky'])).toBe(true);
		expect(mentions('Zelénsky spoke', ['Zelensky'])).toBe(true);
		expect(normaliseName('  Ursula  VON der Leyen ')).toBe('ursula von der leyen');
	});

	it('matches on word boundaries, including possessives', () => {
		expect(mentions('Trump’s envoy', ['Trump'])).toBe(true);
		expect(mentions('Natal and Natalia', ['NATO'])).toBe(false);
		expect(mentions('the trumpet', ['Trump'])).toBe(false);
	});

	it('matches multi-word names and hyphenated ones', () => {
		expect(mentions('the coalition of the willing met', ['coalition of the willing'])).toBe(true);
		expect(mentions('Joint Base Elmendorf-Richardson in Anchorage', ['Elmendorf-Richardson'])).toBe(true);
	});

	it('marks each mention, keeping the original text', () => {
		expect(markMentions('Witkoff said Witkoff’s view', ['Witkoff'])).toEqual([
			{ text: 'Witkoff', match: true },
			{ text: ' said ', match: false },
			{ text: 'Witkoff', match: true },
			{ text: '’s view', match: false },
		]);
		expect(markMentions('Zelénsky', ['Zelensky'])).toEqual([{ text: 'Zelénsky', match: true }]);
	});
});
