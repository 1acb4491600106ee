/**
 * Pagefind ranking for our records. Entity records carry their aliases in
 * `meta.aliases`; weighting that field (on top of the title) puts the
 * entity page first for any of its names, ahead of sources whose headlines
 * happen to contain the same word. Shared by the UI, tests and benchmark.
 */
export const RANKING = { metaWeights: { title: 5, aliases: 10 } } as const;
