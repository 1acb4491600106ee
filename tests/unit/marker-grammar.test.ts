/** What a marker says: sources, quotes, directness, status and our own labels; and every way it can be wrong. */
import { describe, expect, it } from 'vitest';
import {
	decodeQuote,
	formatMarker,
	MAX_QUOTE,
	parseMarker,
	type MarkerContent,
} from '../../src/claims/marker-grammar.ts';

const read = (raw: string): MarkerContent => {
	const result = parseMarker(raw);
	if (!result.ok) throw new Error(`${raw}: ${result.problem.reason}`);
	return result.marker;
};
const problem = (raw: string) => {
	const result = parseMarker(raw);
	if (result.ok) throw new Error(`${raw} parsed`);
	return result.problem;
};

describe('parseMarker: valid forms', () => {
	it('reads one id, with the offset of its @', () => {
		expect(read('[@ap-2025]').citations).toEqual([{ id: 'ap-2025', offset: 1 }]);
	});

	it('reads several ids, spaces optional, and space after `[`', () => {
		expect(read('[ @a; @b;@c-2 ]').citations.map((c) => c.id)).toEqual(['a', 'b', 'c-2']);
	});

	it('reads straight and typographic quotes, one per source', () => {
		const m = read('[@a, "one"; @b, “two”; @c]');
		expect(m.citations.map((c) => [c.id, c.quote])).toEqual([
			['a', 'one'],
			['b', 'two'],
			['c', undefined],
		]);
	});

	it('keeps brackets, apostrophes, inner quotes, `<` and `{` inside a quote', () => {
		const quote = `ready to act [which would be] in 'the Coalition' – it's <b> {x}`;
		expect(read(`[@a, "${quote}"]`).citations[0]!.quote).toBe(quote);
	});

	it('decodes `\\"` and character references inside a quote', () => {
		expect(read('[@a, "say \\"no\\" &amp; more &#8217;"]').citations[0]!.quote).toBe('say "no" & more ’');
	});

	it('collapses line breaks (LF or CRLF) inside a marker and its quote', () => {
		expect(read('[@a,\r\n "two\r\n   lines"]').citations[0]!.quote).toBe('two lines');
	});

	it('reads support kinds after the quote or the id', () => {
		expect(read('[@a, "w", analysis; @b, quote; @c]').citations.map((c) => [c.id, c.quote, c.support])).toEqual([
			['a', 'w', 'analysis'],
			['b', undefined, 'quote'],
			['c', undefined, undefined],
		]);
	});

	it('reads a status before or after the sources', () => {
		expect(read('[@a, "w"; !disputed]').status).toBe('disputed');
		expect(read('[!unconfirmed; @a; @b]')).toMatchObject({
			status: 'unconfirmed',
			citations: [{ id: 'a' }, { id: 'b' }],
		});
	});

	it('reads our own labels, alone or with sources', () => {
		expect(read('[!analysis]')).toEqual({ citations: [], editorial: 'analysis' });
		expect(read('[@a, "w"; !note]')).toMatchObject({ editorial: 'note', citations: [{ id: 'a' }] });
	});
});

describe('parseMarker: mistakes, each with its rule, its place and the fix', () => {
	const cases: [string, string, number, RegExp][] = [
		['[@]', 'marker-empty-id', 1, /expected a source id/],
		['[@a;;]', 'marker-expected-id', 4, /Unexpected `;` after `;`, expected `@`/],
		['[@Ap-One]', 'marker-invalid-id', 1, /did you mean `ap-one`/],
		['[@a, "unclosed]', 'marker-unclosed-quote', 5, /Unclosed quote/],
		['[@a, ""]', 'marker-empty-quote', 5, /empty quote/],
		['[@a, words]', 'marker-unknown-label', 5, /expected a quoted passage/],
		['[@a; !rumoured]', 'marker-unknown-label', 5, /`!rumoured`.*`!unconfirmed`, `!disputed`, `!analysis`, `!note`/],
		['[@a; !disputed; !unconfirmed]', 'marker-unknown-label', 16, /one status/],
		['[@a b]', 'marker-unexpected', 4, /Unexpected `b`/],
		['[@wire-one\u200b]', 'marker-unexpected', 10, /Unexpected the character U\+200B in citation marker/],
		['[@e\u0301]', 'marker-unexpected', 3, /Unexpected the character U\+0301 in citation marker/],
		['[!disputed]', 'marker-expected-id', 1, /without a source/],
	];
	it.each(cases)('%s', (raw, rule, offset, reason) => {
		const p = problem(raw);
		expect(p.ruleId).toBe(rule);
		expect(p.offset).toBe(offset);
		expect(p.reason).toMatch(reason);
	});
});

describe('the length of a quote', () => {
	it('takes a quote of up to MAX_QUOTE characters, counted as decoded and with white space collapsed', () => {
		expect(read(`[@a, "${'x'.repeat(MAX_QUOTE - 1)}&amp;"]`).citations[0]!.quote).toHaveLength(MAX_QUOTE);
		expect(read(`[@a, "${'x'.repeat(MAX_QUOTE - 2)}\n\n  y"]`).citations[0]!.quote).toHaveLength(MAX_QUOTE);
		expect(problem(`[@a, "${'x'.repeat(MAX_QUOTE + 1)}"]`).ruleId).toBe('marker-quote-too-long');
	});

	it('refuses a longer one at its opening quote mark, whatever follows in the marker', () => {
		const p = problem(`[@a; @b, “${'word '.repeat(2000)}”, quote]`);
		expect([p.ruleId, p.offset]).toEqual(['marker-quote-too-long', 9]);
		expect(p.reason).toMatch(/^Unexpected quote of 9,999 characters for `@b`, expected at most 1,000:/);
	});
});

describe('formatMarker and decodeQuote', () => {
	it('writes the canonical form that parses back to the same thing', () => {
		const m: MarkerContent = {
			citations: [
				{ id: 'a', quote: 'he said "yes" & “no”', support: 'quote', offset: 1 },
				{ id: 'b', offset: 0 },
			],
			status: 'disputed',
			editorial: 'analysis',
		};
		const again = read(formatMarker(m));
		expect(again.citations.map(({ offset: _, ...c }) => c)).toEqual(m.citations.map(({ offset: _, ...c }) => c));
		expect([again.status, again.editorial]).toEqual(['disputed', 'analysis']);
	});

	it('leaves unknown references as they are', () => {
		expect(decodeQuote('a &nosuch; b &#0; c')).toBe('a &nosuch; b &#0; c');
	});
});
