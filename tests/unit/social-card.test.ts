/** The social card's text layout: lines that fit, an ellipsis when the text does not, and text that is never markup. */
import { describe, expect, it } from 'vitest';
import { cardSvg, wrap } from '../../src/social/card-svg.ts';

describe('social card', () => {
	it('breaks text into lines of at most the given length, at spaces', () => {
		const lines = wrap('The US offer of Article 5-like guarantees for Ukraine, and what is still unconfirmed', 24, 5);
		expect(lines.every((l) => l.length <= 24)).toBe(true);
		expect(lines.join(' ')).toBe('The US offer of Article 5-like guarantees for Ukraine, and what is still unconfirmed');
	});

	it('ends the last line with an ellipsis when the text needs more lines than it may have', () => {
		const lines = wrap('one two three four five six seven eight nine ten eleven twelve', 10, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/ …$/);
		expect(lines[1]!.length).toBeLessThanOrEqual(10);
	});

	it('escapes what it is given, so a headline can never become markup in the SVG', () => {
		const svg = cardSvg({ title: 'A <script>alert(1)</script> & "quotes"', standfirst: '</text><image href="https://evil.example/x.png"/>', topics: ['<b>'], site: 'Sourced' });
		expect(svg).not.toMatch(/<script|<image|<b>/);
		expect(svg).toContain('&lt;script&gt;');
		expect(svg).not.toMatch(/\shref="/);
	});
});
