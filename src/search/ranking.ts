/**
 * Pagefind ranking. Entity pages carry their aliases in `meta.aliases`;
 * weighting that field (on top of the title) puts the entity page first for
 * any of its names, ahead of sources whose headlines happen to contain the
 * same word. Shared by the UI, the tests and the benchmark.
 */
export const RANKING = {
	metaWeights: { title: 5, aliases: 10 },
	// No penalty for length: an explainer is long by nature, and for a phrase
	// remembered from a quote it must outrank the short pages that repeat the
	// quote. Names still lead to their entity first, by title and aliases.
	pageLength: 0,
} as const;
