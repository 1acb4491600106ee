import { describe, expect, it } from 'vitest';
import { scanMarkers } from '../../src/claims/markers.ts';

const one = (text: string) => {
	const { markers, issues } = scanMarkers(text);
	expect(issues).toEqual([]);
	expect(markers).toHaveLength(1);
	return markers[0]!;
};

describe('scanMarkers: valid forms', () => {
	it('reads a single id and its exact offsets', () => {
		const text = 'Claim here [@ap-2025].';
		const m = one(text);
		expect(m.citations).toEqual([{ id: 'ap-2025', offset: 12 }]);
		expect(text.slice(m.start, m.end)).toBe('[@ap-2025]');
	});

	it('reads several ids separated by semicolons', () => {
		expect(one('x [@a; @b;@c-2]').citations.map((c) => c.id)).toEqual(['a', 'b', 'c-2']);
	});

	it('reads a straight-quoted supporting passage', () => {
		expect(one('x [@a, "exact words"]').citations[0]).toMatchObject({ id: 'a', quote: 'exact words' });
	});

	it('reads typographic quotes, as left by smart punctuation', () => {
		expect(one('x [@a, “exact words”]').citations[0]!.quote).toBe('exact words');
	});

	it('reads a quote per source', () => {
		const m = one('x [@a, "one"; @b, “two”; @c]');
		expect(m.citations.map((c) => [c.id, c.quote])).toEqual([['a', 'one'], ['b', 'two'], ['c', undefined]]);
	});

	it('keeps brackets, apostrophes and inner quotes inside a quote', () => {
		const m = one(`x [@a, "ready to act [which would be] in 'Coalition of the willing' – it's"]`);
		expect(m.citations[0]!.quote).toBe(`ready to act [which would be] in 'Coalition of the willing' – it's`);
	});

	it('collapses line breaks inside a quote', () => {
		expect(one('x [@a, "two\n   lines"]').citations[0]!.quote).toBe('two lines');
	});

	it('reads support kinds after the quote or the id', () => {
		const m = one('x [@a, "words", analysis; @b, quote; @c]');
		expect(m.citations.map((c) => [c.id, c.quote, c.support])).toEqual([
			['a', 'words', 'analysis'],
			['b', undefined, 'quote'],
			['c', undefined, undefined],
		]);
	});

	it('reads a claim status', () => {
		expect(one('x [@a, "w"; !disputed]').status).toBe('disputed');
		expect(one('x [@a; @b; !unconfirmed]').status).toBe('unconfirmed');
	});

	it('finds several markers and ignores ordinary brackets', () => {
		const { markers, issues } = scanMarkers('A [note] B [@a]. C [@b, "q"] [x]');
		expect(issues).toEqual([]);
		expect(markers.map((m) => m.citations[0]!.id)).toEqual(['a', 'b']);
	});
});

describe('scanMarkers: malformed markers', () => {
	const issue = (text: string) => {
		const { issues } = scanMarkers(text);
		expect(issues).toHaveLength(1);
		return issues[0]!;
	};

	it('rejects an empty id `[@]` at the @', () => {
		const i = issue('Claim [@].');
		expect(i.ruleId).toBe('marker-empty-id');
		expect(i.offset).toBe(7);
		expect(i.reason).toMatch(/expected a source id/);
	});

	it('rejects an empty entry `[@a;;]`', () => {
		const i = issue('Claim [@a;;].');
		expect(i.ruleId).toBe('marker-expected-id');
		expect(i.offset).toBe(10);
		expect(i.reason).toMatch(/Unexpected `;` after `;`, expected `@`/);
	});

	it('rejects a trailing semicolon `[@a;]`', () => {
		expect(issue('Claim [@a;].').ruleId).toBe('marker-expected-id');
	});

	it('rejects an unclosed quote, pointing at the opening mark', () => {
		const text = 'Claim [@a, "no end]. More.';
		const i = issue(text);
		expect(i.ruleId).toBe('marker-unclosed-quote');
		expect(text[i.offset]).toBe('"');
	});

	it('does not let an unclosed quote swallow the next marker', () => {
		const { markers, issues } = scanMarkers('A [@a, "open]. B [@b, "fine"].');
		expect(issues.map((i) => i.ruleId)).toEqual(['marker-unclosed-quote']);
		expect(markers.map((m) => m.citations[0]!.id)).toEqual(['b']);
	});

	it('rejects an unclosed marker', () => {
		expect(issue('Claim [@a').ruleId).toBe('marker-unclosed');
	});

	it('rejects uppercase ids and suggests the lowercase one', () => {
		const i = issue('Claim [@AP-2025].');
		expect(i.ruleId).toBe('marker-invalid-id');
		expect(i.reason).toContain('did you mean `ap-2025`');
	});

	it('rejects an unknown word after a comma, listing what is valid', () => {
		const i = issue('Claim [@a, words].');
		expect(i.ruleId).toBe('marker-unknown-label');
		expect(i.offset).toBe(11);
		expect(i.reason).toContain('expected a quoted passage (`"exact words"`) or one of `quote`, `paraphrase`, `analysis`');
	});

	it('rejects an unknown status and a second status', () => {
		expect(issue('Claim [@a; !rumoured].').reason).toContain('expected one status per marker: `!unconfirmed` or `!disputed`');
		expect(scanMarkers('Claim [@a; !disputed; !unconfirmed].').issues[0]!.ruleId).toBe('marker-unknown-label');
	});

	it('rejects an empty quote', () => {
		expect(issue('Claim [@a, ""].').ruleId).toBe('marker-empty-quote');
	});

	it('rejects junk after an id', () => {
		const i = issue('Claim [@a b].');
		expect(i.ruleId).toBe('marker-unexpected');
		expect(i.reason).toContain('Unexpected `b`');
	});
});
