/**
 * Support labels: how a claim is supported. Directness, status and the
 * editorial labels are authored in markers; corroboration is derived from
 * the source files (see corroboration.ts).
 */

/** How directly a source supports a claim (`[@id, "…", analysis]`). Default: paraphrase. */
export const SUPPORT_KINDS = ['quote', 'paraphrase', 'analysis'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** A claim's standing with the parties to the story (`[@id; !disputed]`). */
export const CLAIM_STATUSES = ['unconfirmed', 'disputed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Our own words rather than a source's: `!analysis` (interpretation) or `!note` (about our reporting). */
export const EDITORIAL_LABELS = ['analysis', 'note'] as const;
export type Editorial = (typeof EDITORIAL_LABELS)[number];

type LabelKey =
	SupportKind | ClaimStatus | 'corroborated' | 'single-origin' | 'differing' | 'unquoted' | `our-${Editorial}`;

/** Short names shown beside sources, and the legend's explanations. */
export const LABEL_TEXT: Record<LabelKey, { name: string; legend: string }> = {
	quote: { name: 'Direct quote', legend: 'The claim repeats the source’s own words.' },
	paraphrase: { name: 'Paraphrase', legend: 'The claim restates what the source reports.' },
	analysis: { name: 'Outlet’s analysis', legend: 'The source’s own interpretation, not a reported fact or statement.' },
	corroborated: {
		name: 'Corroborated',
		legend: 'Quoted passages from two or more independent organisations support the claim.',
	},
	'single-origin': {
		name: 'One origin',
		legend: 'Quoted passages from one organisation’s reporting support the claim; copies of one wire story count once.',
	},
	differing: {
		name: 'Reports differ: not corroborated',
		legend: 'The sources cited give different accounts; each supports only its own.',
	},
	unquoted: {
		name: 'No quote: not counted as corroboration',
		legend:
			'Cited without a supporting passage: the source supports the claim, but does not count towards “Corroborated”.',
	},
	unconfirmed: { name: 'Unconfirmed', legend: 'Reported, but not confirmed by the people or governments concerned.' },
	disputed: { name: 'Disputed', legend: 'A party to the story has contradicted or denied it, in a source we cite.' },
	'our-analysis': { name: 'Our analysis', legend: 'Our own reading of the sources, not something a source reported.' },
	'our-note': {
		name: 'Our note',
		legend: 'A statement about our own reporting: what we read, and what we could not find.',
	},
};

/** The order the legend lists them in. */
export const LEGEND_ORDER: LabelKey[] = [
	'quote',
	'paraphrase',
	'analysis',
	'corroborated',
	'single-origin',
	'differing',
	'unquoted',
	'unconfirmed',
	'disputed',
	'our-analysis',
	'our-note',
];

export function isSupportKind(word: string): word is SupportKind {
	return (SUPPORT_KINDS as readonly string[]).includes(word);
}

export function isClaimStatus(word: string): word is ClaimStatus {
	return (CLAIM_STATUSES as readonly string[]).includes(word);
}

export function isEditorial(word: string): word is Editorial {
	return (EDITORIAL_LABELS as readonly string[]).includes(word);
}
