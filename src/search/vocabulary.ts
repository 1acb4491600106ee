/**
 * The words the site knows, for correcting a search that found nothing
 * (`suggest.ts`): the names of its people, places, terms and events with
 * every alias, its headlines and outlets first, then the words of its
 * text, most frequent first. Built once per build from collection data
 * into a static file (`/search/vocabulary.json`), which the search UI
 * fetches only when a search needs it. DOM-free.
 */
import { fold, foldedWords } from '../text/fold.ts';

/** What the file holds: each word once, in the spelling to show, best candidates first. */
export interface Vocabulary {
	words: string[];
}

/** Words shorter than this are never corrected, so not worth shipping. */
export const MIN_WORD = 4;

/** At most this many words of running text: beyond it, words met once or twice in a large site. */
const MAX_TEXT_WORDS = 20_000;

/** A citation marker's brackets (`[@wire-one, "…"]`, `[!note]`): source ids are not words a reader types. */
const MARKER = /\[[@!][^\]]*\]/g;

/**
 * `names` (entity names and aliases, headlines, outlets) keep their own
 * spelling and come first; `texts` are counted, and their words follow by
 * frequency, then alphabetically, so the file is the same for the same site.
 */
export function buildVocabulary(names: Iterable<string>, texts: Iterable<string>): Vocabulary {
	const words: string[] = [];
	const seen = new Set<string>();
	const add = (shown: string) => {
		const key = fold(shown);
		if (key.length < MIN_WORD || /^\d+$/.test(key) || seen.has(key)) return;
		seen.add(key);
		words.push(shown);
	};
	for (const name of names) for (const word of name.split(/[^\p{L}\p{N}]+/u)) add(word);
	const counts = new Map<string, number>();
	for (const text of texts)
		for (const word of foldedWords(text.replace(MARKER, ' '))) counts.set(word, (counts.get(word) ?? 0) + 1);
	const byFrequency = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
	for (const [word] of byFrequency.slice(0, MAX_TEXT_WORDS)) add(word);
	return { words };
}
