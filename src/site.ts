/** Site-wide constants shown in the header, footer and metadata. */
export const SITE = {
	name: 'Sourced',
	tagline: 'News explainers in which every claim shows its source',
	lang: 'en-GB',
} as const;
