/**
 * How alike two wordings of a claim are (`similarity`), as the claim
 * ledger uses it: the share of words they keep in order, exact for any
 * pair that reaches `SAME_CLAIM`, and 0 for any pair that cannot. The
 * diff's work is counted through jsdiff's own comparisons: it grows with
 * the claims' length times the edits it may make, never with the product
 * of their lengths, so a ledger of article-length claims cannot hold up
 * the build.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { seededWords } from '../support/seeded-words.ts';

const compared = vi.hoisted(() => ({ count: 0 }));
vi.mock('diff', async (original) => {
	const diff = await original<typeof import('diff')>();
	const diffArrays = ((a: string[], b: string[], options: object = {}) =>
		diff.diffArrays(a, b, {
			...options,
			comparator: (left: string, right: string) => {
				compared.count++;
				return left === right;
			},
		})) as typeof diff.diffArrays;
	return { ...diff, diffArrays, default: { ...diff, diffArrays } };
});

// The unit project shares modules between files (isolate: false): evaluated again here, so that
// `similarity` diffs through the counting jsdiff above.
vi.resetModules();
const { MAX_EDITS, SAME_CLAIM, similarity, wordsOf } = await import('../../src/claims/similarity.ts');

/** Twice the longest common subsequence over both lengths, word against word: the plain answer. */
function plainSimilarity(a: readonly string[], b: readonly string[]): number {
	if (a.length + b.length === 0) return 1;
	let prev = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		const row = new Array<number>(b.length + 1).fill(0);
		for (let j = 1; j <= b.length; j++)
			row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
		prev = row;
	}
	return (2 * prev[b.length]!) / (a.length + b.length);
}

describe('similarity', () => {
	it('scores a copy-edit as before', () => {
		const score = similarity(
			wordsOf('Neither leader announced a deal'),
			wordsOf('Neither leader announced a deal, Quillbrook noted'),
		);
		expect(score).toBeCloseTo(10 / 12);
	});

	it('gives claims of sentence length their exact score when it reaches SAME_CLAIM, else 0', () => {
		const claim = fc.array(fc.constantFrom('the', 'envoy', 'said', 'no', 'deal', 'was', 'near'), { maxLength: 60 });
		fc.assert(
			fc.property(claim, claim, (a, b) => {
				const plain = plainSimilarity(a, b);
				expect(similarity(a, b)).toBe(plain >= SAME_CLAIM ? plain : 0);
			}),
			{ numRuns: 1000 },
		);
	});

	it('still scores a long claim with a few words changed', () => {
		const a = seededWords(3000, 50, 1);
		const b = [...a.slice(0, 1000), 'inserted', ...a.slice(1001, 2000), ...a.slice(2010)];
		expect(similarity(a, b)).toBe(plainSimilarity(a, b));
	});

	it('compares words a number of times that grows with the claims’ length, not with its square', () => {
		for (const [a, b] of [
			[seededWords(3000, 50, 2), seededWords(3000, 50, 3)],
			[seededWords(3000, 1, 4), seededWords(1500, 1, 5)],
			[seededWords(2000, 3000, 6), seededWords(4000, 3000, 7)],
		] as const) {
			compared.count = 0;
			expect(similarity(a, b)).toBe(0);
			expect(compared.count).toBeLessThanOrEqual((2 * MAX_EDITS + 2) * (a.length + b.length));
		}
	});
});
