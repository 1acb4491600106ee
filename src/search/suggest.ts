/**
 * "Did you mean": a query's words the site does not know, each replaced by
 * the nearest word it does (`vocabulary.ts`), by edit distance
 * (fastest-levenshtein). Short words are left as typed; a longer word may
 * be further off ("Witkov" → "Witkoff", "secruity" → "security"). Ties go
 * to the word listed first: names before running text, frequent before rare.
 * DOM-free.
 */
import { distance } from 'fastest-levenshtein';
import { fold, foldedWords } from '../text/fold.ts';
import { MIN_WORD, type Vocabulary } from './vocabulary.ts';

/** How far a word of this length may be from the word it is taken for. */
export function allowedDistance(length: number): number {
	if (length < 4) return 0;
	if (length < 6) return 1;
	if (length < 10) return 2;
	return 3;
}

/** A vocabulary made ready for lookups: folded words by length, in the file's order. */
export interface Lexicon {
	known: ReadonlyMap<string, string>;
	byLength: ReadonlyMap<number, readonly [folded: string, rank: number][]>;
	shown: readonly string[];
}

export function lexicon(vocabulary: Vocabulary): Lexicon {
	const known = new Map<string, string>();
	const byLength = new Map<number, [string, number][]>();
	vocabulary.words.forEach((shown, rank) => {
		const folded = fold(shown);
		if (known.has(folded)) return;
		known.set(folded, shown);
		const list = byLength.get(folded.length);
		if (list) list.push([folded, rank]);
		else byLength.set(folded.length, [[folded, rank]]);
	});
	return { known, byLength, shown: vocabulary.words };
}

/** The known word nearest `word` (folded), within its allowed distance, or undefined. */
function nearest(word: string, lex: Lexicon): string | undefined {
	const limit = allowedDistance(word.length);
	if (limit === 0) return undefined;
	let best: { d: number; rank: number } | undefined;
	for (let length = word.length - limit; length <= word.length + limit; length++) {
		for (const [candidate, rank] of lex.byLength.get(length) ?? []) {
			const d = distance(word, candidate);
			if (d > limit || (best && (d > best.d || (d === best.d && rank > best.rank)))) continue;
			best = { d, rank };
		}
	}
	return best && lex.shown[best.rank];
}

/**
 * `query` with each unknown word replaced by its nearest known word, or
 * undefined when no word changes (every word known, too short, or with
 * nothing near enough). Words are compared folded ("zelenksy", "Zelénksy").
 */
export function suggestQuery(query: string, lex: Lexicon): string | undefined {
	let changed = false;
	const words = query
		.trim()
		.split(/\s+/)
		.map((token) => {
			// "Trump’s", "5-like": words of several parts are left as typed.
			const parts = foldedWords(token);
			if (parts.length !== 1) return token;
			const word = parts[0]!;
			if (word.length < MIN_WORD || /^\d+$/.test(word) || lex.known.has(word)) return token;
			// A word Pagefind would match as the start of a known one is not misspelt ("Zelen").
			for (const known of lex.known.keys()) if (known.startsWith(word)) return token;
			const found = nearest(word, lex);
			if (!found) return token;
			changed = true;
			return found;
		});
	return changed ? words.join(' ') : undefined;
}
