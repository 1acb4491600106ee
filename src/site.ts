/** Site-wide constants shown in the header, footer and metadata. */
export const SITE = {
	name: 'Sourced',
	tagline: 'News explainers in which every claim shows its source',
	lang: 'en-GB',
	/** Who publishes the site (JSON-LD `publisher`, feeds). */
	publisher: 'Sourced',
} as const;

/**
 * Ids the page templates use. Article headings never take one (a `## Main`
 * heading gets `main-2`), so a fragment link always means one thing.
 */
export const TEMPLATE_IDS = [
	'main',
	'how-to-read',
	'timeline',
	'timeline-title',
	'corrections',
	'all-sources',
	'note-sheet',
	'note-sheet-title',
	'note-preview',
	'citation-status',
	'search-dialog',
	'mentions',
	'related',
	'related-explainers',
	'contents-summary',
] as const;

/** The template's numbered ids: the changes log's entries (`change-1`, …), which the corrections page links to. */
export const TEMPLATE_ID_PATTERN = /^change-\d+$/;
