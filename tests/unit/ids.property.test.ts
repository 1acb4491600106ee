/**
 * Claim and paragraph ids are links readers keep: `normalise` takes a fast
 * path for ASCII text, and it must give the same result as the general one
 * (fold, then runs of anything but letters and digits to one space).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimId, normalise } from '../../src/claims/ids.ts';
import { fold } from '../../src/text/fold.ts';

const general = (text: string) =>
	fold(text)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

describe('normalise', () => {
	it('gives ASCII text the same result as the general path', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary-ascii', maxLength: 80 }), (text) => normalise(text) === general(text)),
			{ numRuns: 2000 },
		);
	});

	it('still folds text that is not ASCII', () => {
		expect(normalise('Zelénsky’s   “plan” — AGREED')).toBe('zelensky s plan agreed');
		expect(claimId('Zelénsky agreed')).toBe(claimId('zelensky  AGREED.'));
	});
});
