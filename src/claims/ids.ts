/**
 * Stable fragment ids for claims and paragraphs.
 *
 * An id is derived from the words it names, not from its position, so
 * editing another paragraph never breaks a link to this claim: a short slug
 * for people reading URLs plus a hash of the normalised text. Editing the
 * claim itself changes its id; a correction records the old id (`was`) so
 * old links still land (see the article schema).
 */
import { fold } from '../text/fold.ts';

/** Normalise for hashing: case, diacritics, punctuation style and spacing do not matter. */
export function normalise(text: string): string {
	// ASCII text (nearly all of it) has nothing for `fold` to undo but case: the same result, several times faster.
	if (ASCII.test(text))
		return text
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, ' ')
			.trim();
	return fold(text)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

const ASCII = /^[\x00-\x7f]*$/;

/** 32-bit FNV-1a, as 6 base-36 characters. */
export function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36).padStart(7, '0').slice(-6);
}

/** `<prefix>-<first words>-<hash>`, from the text normalised once. */
function fragmentId(prefix: string, text: string, words: number): string {
	const normal = normalise(text);
	const s = normal.split(' ').filter(Boolean).slice(0, words).join('-').slice(0, 40);
	return `${prefix}-${s ? `${s}-` : ''}${hash(normal)}`;
}

/** Fragment id for a claim: `c-<first words>-<hash>`. */
export function claimId(text: string): string {
	return fragmentId('c', text, 4);
}

/** Fragment id for a paragraph: `p-<first words>-<hash>`. */
export function paragraphId(text: string): string {
	return fragmentId('p', text, 3);
}

/** The id rule shared by every file name and source id: lowercase letters, digits and single hyphens. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Fragment id of a source's entry in a paragraph's notes: `p-…-s3`. */
export function noteId(paragraphId: string, number: number): string {
	return `${paragraphId}-s${number}`;
}

/** Fragment id of the `n`th supporting quote in a note: `p-…-s3q1`. */
export function quoteId(noteFragment: string, n: number): string {
	return `${noteFragment}q${n}`;
}

/** Fragment id of an editorial entry (one per kind per paragraph): `p-…-analysis`. */
export function editorialNoteId(paragraphId: string, kind: string): string {
	return `${paragraphId}-${kind}`;
}

/** The paragraph a fragment id belongs to: itself for `p-…`, the paragraph for a quote `p-…-s3q1`; undefined for others. */
export function paragraphOf(id: string): { paragraph: string; quote: boolean } | undefined {
	if (!id.startsWith('p-')) return undefined;
	const quote = /^(p-.+)-s\d+q\d+$/.exec(id);
	return quote ? { paragraph: quote[1]!, quote: true } : { paragraph: id, quote: false };
}

/** Returns `id`, or `id-2`, `id-3`… if it was already taken; records it. */
/** The ids a page's template has taken: `reserved`, and any that `pattern` matches (its numbered ids). */
export class TakenIds extends Set<string> {
	readonly #pattern: RegExp | undefined;
	constructor(reserved: Iterable<string> = [], pattern?: RegExp) {
		super(reserved);
		this.#pattern = pattern;
	}
	override has(id: string): boolean {
		return this.#pattern?.test(id) === true || super.has(id);
	}
}

export function unique(id: string, taken: Set<string>): string {
	if (!taken.has(id)) {
		taken.add(id);
		return id;
	}
	// Where the last search for this id's suffix stopped: 10,000 identical claims on a
	// page would otherwise try 2, 3, … again each time.
	let counters = suffixes.get(taken);
	if (!counters) suffixes.set(taken, (counters = new Map()));
	let n = counters.get(id) ?? 2;
	while (taken.has(`${id}-${n}`)) n++;
	counters.set(id, n + 1);
	taken.add(`${id}-${n}`);
	return `${id}-${n}`;
}

const suffixes = new WeakMap<Set<string>, Map<string, number>>();
