/**
 * Audited claims of others (`<ClaimReview>` blocks): the rating scale, and
 * what a block's attributes and claims must hold for its review to be
 * recorded. The Markdown adapter reads the attributes
 * (`markdown/claim-review-block.ts`); the page publishes the record as
 * schema.org `ClaimReview` (`editorial/claim-review.ts`).
 */
import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import type { Claim, Passage, Review, ReviewRating, SourceRecord as Source } from './model.ts';

/** The rating scale, in the order the README lists it, with what each rating means. */
export const REVIEW_RATINGS: Readonly<Record<ReviewRating, string>> = {
	Accurate: 'the sources say what the claim says',
	'Partly supported': 'some of it is in the sources credited; the rest we could not find or confirm',
	Misattributed: 'words put in the wrong mouth, or credited to an outlet that does not carry them',
	Inaccurate: 'the sources say otherwise',
	Unsupported: 'no source we read says it',
	// Weaker than Misattributed: we read the credited outlets' texts, or copies of them, not necessarily all they published.
	'Attribution not found': 'credited to outlets in whose texts, as we read them, we did not find it',
};

function isRating(value: string): value is ReviewRating {
	return Object.hasOwn(REVIEW_RATINGS, value);
}

const SCALE = Object.keys(REVIEW_RATINGS)
	.map((r) => `\`${r}\``)
	.join(', ');

/** The block's `rating` attribute checked against the scale, or a finding saying what would be valid. */
export function reviewRating(value: string | undefined, at: number): { rating?: ReviewRating; findings: Finding[] } {
	if (value === undefined)
		return {
			findings: [
				finding(
					'claim-review-invalid',
					`Missing \`rating\` on \`<ClaimReview>\`, expected \`<ClaimReview rating="…">\` with one of ${SCALE}`,
					at,
				),
			],
		};
	if (!isRating(value))
		return {
			findings: [
				finding(
					'claim-review-invalid',
					`Unknown rating \`${value}\` on \`<ClaimReview>\`, expected one of ${SCALE}`,
					at,
				),
			],
		};
	return { rating: value, findings: [] };
}

/** The block's `published` date, or a finding: every rating records the day it first appeared. */
export function reviewDate(
	value: string | undefined,
	at: number,
	window?: { from?: string; to: string },
): { published?: string; findings: Finding[] } {
	if (value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) {
		if (window?.from && value < window.from)
			return {
				findings: [
					finding(
						'claim-review-invalid',
						`Unexpected \`published="${value}"\` on \`<ClaimReview>\`, before the explainer's first edition (${window.from}), expected the day this rating first appeared, on or after ${window.from}`,
						at,
					),
				],
			};
		if (value > (window?.to ?? value))
			return {
				findings: [
					finding(
						'claim-review-invalid',
						`Unexpected \`published="${value}"\` on \`<ClaimReview>\`, after the build's date (${window!.to}), expected the day this rating first appeared, not a day to come`,
						at,
					),
				],
			};
		return { published: value, findings: [] };
	}
	const what =
		value === undefined
			? 'Missing `published` on `<ClaimReview>`'
			: `Invalid \`published="${value}"\` on \`<ClaimReview>\``;
	return {
		findings: [
			finding(
				'claim-review-invalid',
				`${what}, expected the day this rating was first published, \`published="YYYY-MM-DD"\` (not the explainer's first edition, when the rating came later)`,
				at,
			),
		],
	};
}

/** The attributes that name a rating's evidence: a source the block cites with a quote. */
export type ReviewEvidence = { [name in 'contradictedBy' | 'wordsOf']?: string | undefined };

/**
 * The ratings that say more than "we did not find it", and the evidence
 * each needs, named on the block. `Inaccurate` says the sources say
 * otherwise; `Misattributed` says the words are someone else's, so a
 * source must show whose (a credited text we read only in part or on a
 * copy is `Attribution not found`).
 */
const EVIDENCE = {
	Inaccurate: {
		attr: 'contradictedBy',
		missing: 'no source recorded as saying otherwise',
		what: 'a source the block cites with a quote that contradicts the claim',
		weaker:
			'or the rating `Partly supported` (some of it is in the sources) or `Unsupported` (no source we read says it)',
	},
	Misattributed: {
		attr: 'wordsOf',
		missing: 'no source recorded as showing whose words they are',
		what: 'a source the block cites with a quote showing whose words they really are',
		weaker:
			'or the rating `Attribution not found` (not in the credited texts as we read them) or `Unsupported` (no source we read says it)',
	},
} as const satisfies Partial<
	Record<ReviewRating, { attr: keyof ReviewEvidence; missing: string; what: string; weaker: string }>
>;

/**
 * A rating only as strong as the research: `Inaccurate` needs
 * `contradictedBy`, `Misattributed` needs `wordsOf`, each naming a source
 * the block cites with a quote, other than the claim's own; and neither
 * attribute on any other rating.
 */
export function ratingStrengthFindings(
	evidence: ReviewEvidence,
	rating: ReviewRating | undefined,
	claims: readonly Claim[],
	at: number,
): Finding[] {
	// The claim's own source (cited first) never counts as evidence against it, however often the block quotes it.
	const all = claims.flatMap((c) => c.sources.filter((s) => s.quote));
	const quoted = all.filter((s) => s.id !== all[0]?.id);
	const needs = rating && rating in EVIDENCE ? EVIDENCE[rating as keyof typeof EVIDENCE] : undefined;
	const findings: Finding[] = [];
	for (const [owner, e] of Object.entries(EVIDENCE)) {
		if (e === needs || evidence[e.attr] === undefined) continue;
		findings.push(
			finding(
				'claim-review-rating',
				`Unexpected \`${e.attr}\` on a \`${rating ?? 'unrated'}\` review, expected it only with \`rating="${owner}"\``,
				at,
			),
		);
	}
	if (!needs) return findings;
	const by = evidence[needs.attr];
	if (!by)
		return [
			...findings,
			finding(
				'claim-review-rating',
				`Unexpected rating \`${rating}\` with ${needs.missing}, expected \`${needs.attr}="<id>"\` naming ${needs.what}, ${needs.weaker}`,
				at,
			),
		];
	if (!quoted.some((s) => s.id === by)) {
		const cited = [...new Set(quoted.map((s) => `\`${s.id}\``))].join(', ') || 'none';
		return [
			...findings,
			finding(
				'claim-review-rating',
				`Unexpected \`${needs.attr}="${by}"\`: the block does not cite \`@${by}\` with a quote after the claim reviewed (quoted there: ${cited}), expected ${needs.what}, ${needs.weaker}`,
				at,
			),
		];
	}
	return findings;
}

/** The review the block's claims make, or why they make none: it needs a quote of the claim first. */
export function recordReview(
	rating: ReviewRating | undefined,
	claims: readonly Claim[],
	passages: readonly Passage[],
	sources: ReadonlyMap<string, Source> | undefined,
	at: number,
): { review?: Review; findings: Finding[] } {
	const first = claims.flatMap((c) => c.sources.map((s) => ({ claim: c, s }))).find(({ s }) => s.quote);
	if (!first)
		return {
			findings: [
				finding(
					'claim-review-invalid',
					'Missing the reviewed claim in `<ClaimReview>`, expected its first marker to quote the words reviewed: `[@summary-id, "the words it said"]`',
					at,
				),
			],
		};
	// An unknown source is reported at its marker (without the records, by the site index: `site-index/citation-checks.ts`).
	if (!rating || (sources && !sources.has(first.s.id))) return { findings: [] };
	// Our finding: the block's text after the claim reviewed, as the reader sees it (markers aside).
	const text = passages.map((p) => p.text).join(' ');
	const lead = claims
		.slice(0, claims.indexOf(first.claim) + 1)
		.reduce((end, c) => Math.max(end, text.indexOf(c.text) + c.text.length), 0);
	const body = text
		.slice(lead)
		.replace(/^[\s.,;:]+/, '')
		.trim();
	return {
		review: { paragraph: first.claim.paragraph, rating, claimReviewed: first.s.quote!, source: first.s.id, body },
		findings: [],
	};
}
