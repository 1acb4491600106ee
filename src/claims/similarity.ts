/**
 * How alike two wordings of a claim are: the words they share in order
 * (their longest common subsequence, from jsdiff), twice over, against
 * the words of both. A copy-edit that adds "Quillbrook noted" to "Neither
 * leader announced a deal" keeps 5 of 5 and 7 words: 0.83. Case,
 * punctuation and diacritics do not count (`normalise`).
 *
 * Only whether two wordings reach `SAME_CLAIM` matters, and how close they
 * are when they do, so the diff stops as soon as it has seen too many
 * edits for that: its work grows with the length of the claims times the
 * edits it may make, and the edits are capped (`MAX_EDITS`), so a ledger of
 * claims as long as whole articles cannot hold up the build.
 */
import { diffArrays } from 'diff';
import { normalise } from './ids.ts';

/** The words of a claim as compared: normalised, split on spaces. */
export function wordsOf(text: string): string[] {
	return normalise(text).split(' ').filter(Boolean);
}

/**
 * At or above this, an edited claim is taken for the same claim reworded. Half the words in order: a
 * rewording keeps most of them, and only claims no other claim took are compared (see `ledger.ts`).
 */
export const SAME_CLAIM = 0.5;

/**
 * The most words a rewording may add and drop together and still be the same claim. A claim is a
 * sentence: two wordings with this many changes are two claims, whatever they share. Wordings of up
 * to twice this many words between them are scored as without the cap (`SAME_CLAIM` allows no more).
 */
export const MAX_EDITS = 200;

/**
 * 0 (nothing shared) to 1 (the same words in the same order). Below `SAME_CLAIM`, or past `MAX_EDITS`
 * added and dropped words, the answer is 0: the caller only asks whether two wordings are one claim.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
	const total = a.length + b.length;
	if (total === 0) return 1;
	// Each word added or dropped costs one edit, and the score is the share of words not edited.
	const maxEditLength = Math.min(MAX_EDITS, Math.floor(total * (1 - SAME_CLAIM)));
	const parts = diffArrays(a as string[], b as string[], { maxEditLength });
	if (!parts) return 0;
	let common = 0;
	for (const part of parts) if (!part.added && !part.removed) common += part.count ?? part.value.length;
	return (2 * common) / total;
}
