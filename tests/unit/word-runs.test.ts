/**
 * The longest run of words a quote shares with a passage (`WordRuns`), as
 * the research check's "nearest passage" hint uses it: the same answer as
 * comparing every word of one with every word of the other, with work that
 * grows with the words read, so a quote and a line of notes as long as an
 * author can paste do not hold up the build.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestPassage } from '../../src/editorial/research-notes.ts';
import type { ResearchNotes } from '../../src/editorial/research-notes.ts';
import { WordRuns } from '../../src/text/word-runs.ts';
import { seededWords } from '../support/seeded-words.ts';

/** Every word of `a` against every word of `b`: the plain answer, for short texts. */
function plainLongestRun(a: readonly string[], b: readonly string[]): number {
	let best = 0;
	let prev = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		const row = new Array<number>(b.length + 1).fill(0);
		for (let j = 1; j <= b.length; j++) if (a[i - 1] === b[j - 1]) best = Math.max(best, (row[j] = prev[j - 1]! + 1));
		prev = row;
	}
	return best;
}

describe('WordRuns', () => {
	it('finds the same longest shared run as comparing every pair of words', () => {
		// Few distinct words, so runs repeat and overlap: the cases an index can get wrong.
		const text = fc.array(fc.constantFrom('a', 'b', 'c', 'the'), { maxLength: 40 });
		fc.assert(
			fc.property(text, fc.array(text, { maxLength: 4 }), (quote, passages) => {
				const runs = new WordRuns(quote);
				for (const passage of passages) expect(runs.longestIn(passage)).toBe(plainLongestRun(quote, passage));
			}),
			{ numRuns: 500 },
		);
	});

	it('reads each word of a passage a bounded number of times, however long the quote', () => {
		const quote = seededWords(20_000, 50, 1);
		const passage = seededWords(100_000, 50, 2);
		const runs = new WordRuns(quote);
		const found = runs.longestIn(passage);
		expect(found).toBeGreaterThan(0);
		expect(runs.steps).toBeLessThanOrEqual(2 * passage.length);
	});
});

describe('nearestPassage with a long quote and a long line of notes', () => {
	it('still names the passage sharing the longest run', () => {
		const long = seededWords(200_000, 500, 3).join(' ');
		const passages = [
			{ line: 3, text: `the leader agreed ${long}` },
			{ line: 4, text: 'the leader agreed to talks' },
		];
		const notes = { passages } as unknown as ResearchNotes;
		const quote = `${seededWords(20_000, 500, 4).join(' ')} the leader agreed to talks`;
		// The line only: a failure would print the long passage whole.
		expect(nearestPassage(notes, quote)?.line).toBe(4);
	});
});
