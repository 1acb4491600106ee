import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentClaims, sentences, uncoveredSentences } from '../../src/claims/segment.ts';
import { claimId, paragraphId, unique } from '../../src/claims/ids.ts';
import { asksWithoutAsserting } from '../../src/claims/questions.ts';

/** Write markers as `|`; returns the claim texts. */
function claims(withBars: string): string[][] {
	const markers: number[] = [];
	let text = '';
	for (const ch of withBars) {
		if (ch === '|') markers.push(text.length);
		else text += ch;
	}
	return segmentClaims(text, markers).map((c) => [text.slice(c.start, c.end), c.markers.join(',')]);
}

describe('segmentClaims', () => {
	it('a marker supports the sentence it ends', () => {
		expect(claims('First sentence. Second one here|. Third.')).toEqual([['Second one here', '0']]);
	});

	it('works with the marker after the full stop', () => {
		expect(claims('First sentence. Second one here.| Third.')).toEqual([['Second one here.', '0']]);
	});

	it('two markers in one sentence split it at the first marker', () => {
		expect(claims('Witkoff said X|, a claim Moscow denied|.')).toEqual([
			['Witkoff said X', '0'],
			['a claim Moscow denied', '1'],
		]);
	});

	it('adjacent markers support the same claim', () => {
		expect(claims('One claim| |. Next claim|.')).toEqual([
			['One claim', '0,1'],
			['Next claim', '2'],
		]);
	});

	it('does not end a sentence at abbreviations or initials', () => {
		expect(claims('Intro. The U.S. President met Mr. Putin in Washington D.C. on Friday|.')).toEqual([
			['The U.S. President met Mr. Putin in Washington D.C. on Friday', '0'],
		]);
	});

	it('treats closing quotes as part of the sentence end', () => {
		expect(claims('He said “no deal.” Then he left|.')).toEqual([['Then he left', '0']]);
	});

	it('returns an empty claim for a marker with nothing before it', () => {
		expect(claims('|Text.')).toEqual([['', '0']]);
	});
});

describe('quotations', () => {
	it('does not end a sentence inside a quotation, curly or straight', () => {
		expect(claims('Before. He said “Houston, Tranquility Base here. The Eagle has landed.” on landing|.')).toEqual([
			['He said “Houston, Tranquility Base here. The Eagle has landed.” on landing', '0'],
		]);
		expect(claims('Before. He said "One here. Two here." then|.')).toEqual([
			['He said "One here. Two here." then', '0'],
		]);
		expect(sentences('He said “A here. B here.” Then more.').map((s) => s.start)).toEqual([0, 26]);
	});

	it('ends a sentence after a quotation that closes it, and ignores a mark left open', () => {
		expect(claims('He said “Stop.” Then he left|.')).toEqual([['Then he left', '0']]);
		expect(claims('He said “Stop. Then he left|.')).toEqual([['Then he left', '0']]);
		// An opening mark never closed before the next one opens cannot hide the sentences after it.
		expect(sentences('He said “yes. This is ours. And “more” here.').map((s) => s.start)).toEqual([0, 14, 28]);
	});
});

describe('ids', () => {
	it('are stable, readable and independent of punctuation and case', () => {
		expect(claimId('Witkoff said Putin agreed.')).toBe(claimId('witkoff said  Putin agreed'));
		expect(claimId('Witkoff said Putin agreed.')).toMatch(/^c-witkoff-said-putin-agreed-[0-9a-z]{6}$/);
		expect(paragraphId('The United States has proposed')).toMatch(/^p-the-united-states-[0-9a-z]{6}$/);
	});

	it('change when the claim changes', () => {
		expect(claimId('Witkoff said Putin agreed')).not.toBe(claimId('Witkoff said Putin refused'));
	});

	it('find the next free suffix without trying every earlier one again', () => {
		let checks = 0;
		class Counting extends Set<string> {
			override has(value: string): boolean {
				checks++;
				return super.has(value);
			}
		}
		const taken = new Counting();
		for (let i = 0; i < 1000; i++) unique('c-x', taken);
		expect([taken.size, [...taken].at(-1)]).toEqual([1000, 'c-x-1000']);
		expect(checks).toBeLessThan(3 * 1000);
	});

	it('are made unique within a page', () => {
		const taken = new Set<string>();
		expect([unique('c-x', taken), unique('c-x', taken), unique('c-x', taken)]).toEqual(['c-x', 'c-x-2', 'c-x-3']);
	});
});

describe('sentences without a source', () => {
	const at = (text: string, markers: number[]) =>
		uncoveredSentences(text, segmentClaims(text, markers)).map((s) => text.slice(s.start, s.end).trim());

	it('finds statements no marker covers', () => {
		const text = 'One claim. Two claim. Three.';
		expect(at(text, [9])).toEqual(['Two claim.', 'Three.']);
	});

	it('does not count questions, or abbreviations as sentence ends', () => {
		const text = 'Did the U.S. agree? Mr. Witkoff said so';
		expect(at(text, [text.length])).toEqual([]);
		expect(sentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
			'Did the U.S. agree?',
			'Mr. Witkoff said so',
		]);
	});

	it('exempts a question only when it asserts nothing', () => {
		const asks = [
			'Did the U.S. agree?',
			'Who pays for it?',
			'And what happens next?',
			'“Is there a deal?”',
			'Will Russia accept troops, or will it refuse?',
			"Isn't that the point?",
		];
		const asserts = [
			'Putin agreed to withdraw all troops by Friday, did he not?',
			'Kyiv accepted, didn’t it?',
			'The deal is done, right?',
			'Putin agreed to withdraw?',
			'Troops by Friday?',
		];
		for (const q of asks) expect(at(q, []), q).toEqual([]);
		for (const q of asserts) expect(at(q, []), q).toEqual([q]);
	});

	it('counts words after the last marker of a sentence', () => {
		const text = 'Witkoff said so, and Russia agreed.';
		expect(at(text, [15])).toEqual([text]);
	});
});

describe('uncited sentences in long paragraphs', () => {
	/** The definition, character by character: slow, and obviously right. */
	const reference = (text: string, claims: { start: number; end: number }[]) =>
		sentences(text).filter((s) => {
			if (asksWithoutAsserting(text.slice(s.start, s.end))) return false;
			let uncovered = '';
			for (let i = s.start; i < s.end; i++) if (!claims.some((c) => i >= c.start && i < c.end)) uncovered += text[i];
			return /[\p{L}\p{N}]/u.test(uncovered);
		});

	it('finds exactly the sentences the definition does, for any text and any claims', () => {
		const word = fc.constantFrom(
			'Putin',
			'agreed',
			'U.S.',
			'Mr.',
			'did',
			'he',
			'7',
			'—',
			'not?',
			'so.',
			'Yes!',
			'“Fine.”',
			',',
		);
		fc.assert(
			fc.property(
				fc.array(word, { maxLength: 40 }),
				fc.array(fc.tuple(fc.nat(200), fc.nat(30)), { maxLength: 12 }),
				(words, spans) => {
					const text = words.join(' ');
					const claims = spans.map(([start, length]) => ({
						start: Math.min(start, text.length),
						end: Math.min(start + length, text.length),
					}));
					expect(uncoveredSentences(text, claims)).toEqual(reference(text, claims));
				},
			),
			{ numRuns: 500 },
		);
	});

	it('looks at each claim a bounded number of times, however many share the paragraph', () => {
		/** How often the claims are read while checking a paragraph of `n` cited sentences. */
		const reads = (n: number) => {
			const text = Array.from({ length: n }, (_, i) => `Fact ${i} is here.`).join(' ');
			const markers = Array.from({ length: n }, (_, i) => text.indexOf('.', text.indexOf(`Fact ${i} `)));
			let count = 0;
			const counted = segmentClaims(text, markers).map(
				(c) => new Proxy(c, { get: (target, key) => (count++, Reflect.get(target, key)) }),
			);
			expect(uncoveredSentences(text, counted)).toEqual([]);
			return count;
		};
		// Linear: twice the claims, about twice the reads (claims × characters read four times as often).
		expect(reads(800) / reads(400)).toBeLessThan(2.5);
	});
});
