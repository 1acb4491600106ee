/**
 * What the search index reads from the built pages. Pages opt in with
 * `data-pagefind-body` (explainers, entity pages, source pages); within
 * them, these parts are left out, so a result's excerpt shows the
 * paragraph's own words and the supporting quotes, never labels, dates,
 * link text or the aliases of the entities it mentions.
 */
export const EXCLUDED = [
	// Around the article body
	'.kicker',
	'.dateline',
	'.how-to-read',
	'.changes',
	'.bibliography',
	'.timeline',
	// In the notes beside each paragraph: keep the outlet and the quoted words only
	'.marker',
	'.notes-fold > summary',
	'.note-number',
	'.note-line time',
	'.chip',
	'.card-source',
	'.labels',
	'.support-actions',
	'.note-editorial',
	// Entity and source pages: lists that repeat other pages' text
	'.mentions',
	'.related',
	// A source page is found by its outlet and headline; the claims it supports are found in
	// their explainers (indexing them twice made every source page match claim words).
	'.citing-claims',
	'.claim-group > h3',
	'.pagination',
	'.source-fields',
];

/** One index for the site (its pages say `en-GB`; Node and browsers should find the same one). */
export const LANGUAGE = 'en';
