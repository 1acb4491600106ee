/**
 * Support labels: how a claim is supported. Directness and status are
 * authored in markers; corroboration is derived from the source records.
 */

/** How directly a source supports a claim (`[@id, "…", analysis]`). Default: paraphrase. */
export const SUPPORT_KINDS = ['quote', 'paraphrase', 'analysis'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** A claim's standing with the parties to the story (`[@id; !disputed]`). */
export const CLAIM_STATUSES = ['unconfirmed', 'disputed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Short names shown in the sidebar, and the legend's explanations. */
export const LABEL_TEXT: Record<SupportKind | ClaimStatus | 'corroborated' | 'single', { name: string; legend: string }> = {
	quote: { name: 'Direct quote', legend: 'The claim repeats the source’s own words.' },
	paraphrase: { name: 'Paraphrase', legend: 'The claim restates what the source reports.' },
	analysis: { name: 'Outlet’s analysis', legend: 'The source’s own interpretation, not a reported fact or statement.' },
	corroborated: { name: 'Corroborated', legend: 'Two or more different outlets support the claim.' },
	single: { name: 'One outlet', legend: 'Only one outlet supports the claim (copies of one report count once).' },
	unconfirmed: { name: 'Unconfirmed', legend: 'Reported, but not confirmed by the people or governments concerned.' },
	disputed: { name: 'Disputed', legend: 'A party to the story has contradicted or denied it.' },
};

export function isSupportKind(word: string): word is SupportKind {
	return (SUPPORT_KINDS as readonly string[]).includes(word);
}

export function isClaimStatus(word: string): word is ClaimStatus {
	return (CLAIM_STATUSES as readonly string[]).includes(word);
}

/** Number of different outlets among a claim's sources: copies of one wire report count once. */
export function outletCount(outlets: readonly string[]): number {
	return new Set(outlets.map((o) => o.trim().toLowerCase())).size;
}
