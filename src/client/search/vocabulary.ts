/**
 * The site's vocabulary (`/search/vocabulary.json`), fetched the first
 * time a search finds little or nothing, and kept for the page's life.
 * A failed fetch is forgotten, so the next search asks again. A chunk of
 * its own (imported when needed), with the edit distance code.
 */
import { lexicon, type Lexicon } from '../../search/suggest.ts';
import type { Vocabulary } from '../../search/vocabulary.ts';
import { SITE_BASE } from './pagefind.ts';

export { suggestQuery } from '../../search/suggest.ts';

let loading: Promise<Lexicon> | undefined;

export function loadLexicon(): Promise<Lexicon> {
	loading ??= fetch(`${SITE_BASE}search/vocabulary.json`)
		.then((response) => {
			if (!response.ok) throw new Error(`vocabulary: HTTP ${response.status}`);
			return response.json() as Promise<Vocabulary>;
		})
		.then(lexicon);
	loading.catch(() => (loading = undefined));
	return loading;
}
