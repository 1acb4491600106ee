import { describe, expect, it } from 'vitest';
import { textDirective, urlAtQuote } from '../../src/claims/text-fragment.ts';

describe('text fragments for "open at quote"', () => {
	it('uses a short quote whole, escaping directive syntax', () => {
		expect(textDirective("no deal until there's a deal")).toBe("text=no%20deal%20until%20there's%20a%20deal");
		expect(textDirective('US-Russia, talks & more')).toBe('text=US%2DRussia%2C%20talks%20%26%20more');
	});

	it('turns a long quote into a start,end range', () => {
		expect(textDirective('one two three four five six seven eight nine ten eleven twelve')).toBe(
			'text=one%20two%20three%20four,nine%20ten%20eleven%20twelve',
		);
	});

	it('turns an elided quote into the range around the elision', () => {
		expect(textDirective('Putin agreed at his Alaska summit … US envoy Steve Witkoff said on Sunday.')).toBe(
			'text=Putin%20agreed%20at%20his,Witkoff%20said%20on%20Sunday.',
		);
		expect(textDirective('…pose for a group photo')).toBe('text=pose%20for%20a%20group%20photo');
	});

	it('replaces an existing fragment on the URL', () => {
		expect(urlAtQuote('https://example.org/a#top', 'word')).toBe('https://example.org/a#:~:text=word');
	});
});
