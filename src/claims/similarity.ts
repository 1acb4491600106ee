/**
 * How alike two wordings of a claim are: the words they share in order
 * (their longest common subsequence, from jsdiff), twice over, against
 * the words of both. A copy-edit that adds "Quillbrook noted" to "Neither
 * leader announced a deal" keeps 5 of 5 and 7 words: 0.83. Case,
 * punctuation and diacritics do not count (`normalise`).
 */
import { diffArrays } from 'diff';
import { normalise } from './ids.ts';

/** The words of a claim as compared: normalised, split on spaces. */
export function wordsOf(text: string): string[] {
	return normalise(text).split(' ').filter(Boolean);
}

/** 0 (nothing shared) to 1 (the same words in the same order). */
export function similarity(a: readonly string[], b: readonly string[]): number {
	if (a.length === 0 && b.length === 0) return 1;
	let common = 0;
	for (const part of diffArrays(a as string[], b as string[]))
		if (!part.added && !part.removed) common += part.count ?? part.value.length;
	return (2 * common) / (a.length + b.length);
}

/**
 * At or above this, an edited claim is taken for the same claim reworded. Half the words in order: a
 * rewording keeps most of them, and only claims no other claim took are compared (see `ledger.ts`).
 */
export const SAME_CLAIM = 0.5;
