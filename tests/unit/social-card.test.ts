/**
 * The social card: its text from the explainer's record, lines that fit, an
 * ellipsis when the text does not, text that is never markup, and a PNG
 * whatever an author writes.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardPng } from '../../src/social/card-png.ts';
import { CARD, cardSvg, wrap } from '../../src/social/card-svg.ts';
import { cardTextOf } from '../../src/social/card-text.ts';
import { SITE } from '../../src/site.ts';

describe('social card', () => {
	it('breaks text into lines of at most the given length, at spaces', () => {
		const lines = wrap('The US offer of Article 5-like guarantees for Ukraine, and what is still unconfirmed', 24, 5);
		expect(lines.every((l) => l.length <= 24)).toBe(true);
		expect(lines.join(' ')).toBe(
			'The US offer of Article 5-like guarantees for Ukraine, and what is still unconfirmed',
		);
	});

	it('ends the last line with an ellipsis when the text needs more lines than it may have', () => {
		const lines = wrap('one two three four five six seven eight nine ten eleven twelve', 10, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/ …$/);
		expect(lines[1]!.length).toBeLessThanOrEqual(10);
	});

	it('carries only what fits, however long the text or its words: a word longer than a line is cut to one', () => {
		const word = '</head><style>'.repeat(20_000);
		expect(wrap(word, 20, 2)).toEqual([`${word.slice(0, 19)}…`]);
		const lines = wrap(`${'many words here '.repeat(20_000)}end`, 20, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/ …$/);
		// The whole card, from a standfirst and a headline of 280,000 characters each.
		const svg = cardSvg({ title: word, standfirst: word, topics: [word], site: 'Sourced' });
		expect(svg.length).toBeLessThan(5_000);
		// What fits exactly is kept whole, without an ellipsis.
		expect(wrap('abcd efgh', 4, 2)).toEqual(['abcd', 'efgh']);
	});

	it('cuts between characters as a reader sees them, never inside an emoji (half of one is a replacement glyph)', () => {
		const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
		for (const text of ['😀'.repeat(30), `a${'😀'.repeat(30)}`, '👩🏽‍🚒'.repeat(12), `${'word '.repeat(9)}🇺🇦🇺🇦🇺🇦`])
			for (const perLine of [5, 6, 7, 24])
				for (const line of wrap(text, perLine, 2)) {
					expect(line).not.toMatch(lone);
					expect(line.length).toBeLessThanOrEqual(perLine + 1);
				}
		expect(wrap('😀'.repeat(30), 7, 1)).toEqual(['😀😀😀…']);
		// An emoji where the text is cut still shows that it was: the last line ends with an ellipsis.
		const cutAtEmoji = wrap(`${'a'.repeat(67)} ${'b'.repeat(66)} 😀 and the rest of the standfirst`, 68, 2);
		expect(cutAtEmoji[1]).toMatch(/ …$/);
		// A letter under more accents than a line holds is still shown, cut between its code points.
		expect(wrap(`Z${'\u0336'.repeat(120)} the ferry strike`, 24, 2)[0]).toMatch(/^Z\u0336+…$/);
		expect(cardSvg({ title: '😀'.repeat(30), standfirst: '', topics: [], site: 'Sourced' })).not.toContain('\uFFFD');
	});

	it('escapes what it is given, so a headline can never become markup in the SVG', () => {
		const svg = cardSvg({
			title: 'A <script>alert(1)</script> & "quotes"',
			standfirst: '</text><image href="https://evil.example/x.png"/>',
			topics: ['<b>'],
			site: 'Sourced',
		});
		expect(svg).not.toMatch(/<script|<image|<b>/);
		expect(svg).toContain('&lt;script&gt;');
		expect(svg).not.toMatch(/\shref="/);
	});

	it('takes its text from the record: the short headline when there is one, the standfirst, every topic', () => {
		const record = {
			title: 'Inflation > 5%: what the rise means for rents',
			description: 'Prices & "wages" <b>now</b>',
			topics: ['Economy', 'Housing'],
		};
		expect(cardTextOf(record)).toEqual({
			title: record.title,
			standfirst: record.description,
			topics: ['Economy', 'Housing'],
			site: SITE.name,
		});
		expect(cardTextOf({ ...record, shortTitle: 'Inflation > 5%' }).title).toBe('Inflation > 5%');
	});

	it('carries a headline with > in it whole, as text', () => {
		const svg = cardSvg({ title: 'Inflation > 5%', standfirst: 'Rents > wages', topics: [], site: 'Sourced' });
		expect(svg).toContain('>Inflation &gt; 5%</tspan>');
		expect(svg).toContain('>Rents &gt; wages</tspan>');
	});

	it('renders a 1200×630 PNG from hostile text, never failing on it', async () => {
		const hostile = [
			{
				title: 'Inflation > 5%',
				standfirst: '"><meta property="og:image" content="not a URL"><script>alert(1)</script>',
				topics: ['<svg onload=alert(1)>'],
				site: 'Sourced',
			},
			{
				title: ']]><!ENTITY x SYSTEM "file:///etc/passwd">&x;',
				standfirst: '\u0000\u0007 control \u202e rtl 𝄞 😀',
				topics: [],
				site: 'Sourced',
			},
			{
				title: 'Lone \uD800 surrogate \uDC00 and \uFFFF',
				standfirst: '\u0001\u001f',
				topics: ['\u0000'],
				site: 'Sourced',
			},
			{ title: '', standfirst: '', topics: [], site: '' },
			{
				title: 'x'.repeat(5000),
				standfirst: 'word '.repeat(5000),
				topics: Array.from({ length: 50 }, (_, i) => `topic ${i}`),
				site: 'Sourced',
			},
		];
		for (const text of hostile) {
			const png = await cardPng(text);
			const { width, height, format } = await sharp(png).metadata();
			expect([format, width, height], text.title.slice(0, 20)).toEqual(['png', CARD.width, CARD.height]);
		}
	});
});
