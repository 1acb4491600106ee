/**
 * Pagefind's options, for the browser and the Node tests alike: ranking, a
 * short excerpt, the highlight parameter, no worker (one fewer file to
 * fetch). Small on purpose: the search button's script carries it, so
 * Pagefind can start the moment the reader reaches for search.
 */
import { RANKING } from './ranking.ts';

export const PAGEFIND_OPTIONS = {
	ranking: RANKING,
	excerptLength: 24,
	highlightParam: 'highlight',
	noWorker: true,
} as const;
