/**
 * Fact-checks of someone else's claims, published the way Full Fact and
 * the IFCN signatories do: each audited claim is a schema.org
 * `ClaimReview`, with the words reviewed, who said them and where, and a
 * rating on a small named scale (its name in `reviewRating.alternateName`).
 *
 * The author marks each audited claim in the article:
 *
 *     <ClaimReview rating="Misattributed" published="2026-12-01">
 *
 *     It said Witkoff spoke “during” the summit [@pressai-seed, "During a recent summit …"]. He spoke two days after it [@ap-hindu-2025-08-17, "…"].
 *
 *     </ClaimReview>
 *
 * The first quote in the block is the claim reviewed, and its source is
 * where the claim appeared; the rest of the block is our finding.
 * `published` is the day the rating first appeared (a rating added to an
 * older explainer is not as old as the explainer). A rating is only as
 * strong as the research: `Inaccurate` ("the sources say otherwise")
 * needs `contradictedBy`, a source cited with a quote in the block that
 * says otherwise; without one the claim is `Partly supported` or
 * `Unsupported`.
 * @see https://schema.org/ClaimReview
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { RootContent } from 'mdast';
import type { Claim, Passage } from '../claims/model.ts';
import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import type { SourceRecord as Source } from '../claims/model.ts';
import type { SectionNode } from '../markdown/mdast-nodes.ts';

/** The rating scale, in the order the README lists it, with what each rating means. */
export const REVIEW_RATINGS = {
	Accurate: 'the sources say what the claim says',
	'Partly supported': 'some of it is in the sources credited; the rest we could not find or confirm',
	Misattributed: 'words put in the wrong mouth, or credited to an outlet that does not carry them',
	Inaccurate: 'the sources say otherwise',
	Unsupported: 'no source we read says it',
	// Weaker than Misattributed: we read the credited outlets' texts, or copies of them, not necessarily all they published.
	'Attribution not found': 'credited to outlets in whose texts, as we read them, we did not find it',
} as const;

export type ReviewRating = keyof typeof REVIEW_RATINGS;

/** One audited claim, as the article records it. */
export interface Review {
	/** Fragment id of the block's first paragraph: where the review is on the page. */
	paragraph: string;
	rating: ReviewRating;
	/** The claim's own words: the block's first quote. */
	claimReviewed: string;
	/** The source that carried the claim. */
	source: string;
	/** Our finding: the block's other claims, in order. */
	body: string;
	/** The day the rating was first published, YYYY-MM-DD. */
	published?: string;
}

function isRating(value: string): value is ReviewRating {
	return Object.hasOwn(REVIEW_RATINGS, value);
}

const SCALE = Object.keys(REVIEW_RATINGS)
	.map((r) => `\`${r}\``)
	.join(', ');

/** The block's `rating`, or a finding saying what would be valid. */
export function reviewRating(node: MdxJsxFlowElement, at: number): { rating?: ReviewRating; findings: Finding[] } {
	const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'rating');
	const value = attribute && 'value' in attribute ? attribute.value : undefined;
	if (typeof value !== 'string')
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

function attribute(node: MdxJsxFlowElement, name: string): string | undefined {
	const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return found && 'value' in found && typeof found.value === 'string' ? found.value : undefined;
}

/** The block's `published` date, or a finding: every rating records the day it first appeared. */
export function reviewDate(
	node: MdxJsxFlowElement,
	at: number,
	window?: { from?: string; to: string },
): { published?: string; findings: Finding[] } {
	const value = attribute(node, 'published');
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

/**
 * `Inaccurate` says the sources say otherwise: it needs `contradictedBy`
 * naming a source the block cites with a quote, other than the claim's own.
 */
export function ratingStrengthFindings(
	node: MdxJsxFlowElement,
	rating: ReviewRating | undefined,
	claims: readonly Claim[],
	at: number,
): Finding[] {
	const by = attribute(node, 'contradictedBy');
	// The claim's own source (cited first) never counts as contradicting it, however often the block quotes it.
	const all = claims.flatMap((c) => c.sources.filter((s) => s.quote));
	const quoted = all.filter((s) => s.id !== all[0]?.id);
	const weaker =
		'or the rating `Partly supported` (some of it is in the sources) or `Unsupported` (no source we read says it)';
	if (rating !== 'Inaccurate') {
		return by
			? [
					finding(
						'claim-review-rating',
						`Unexpected \`contradictedBy\` on a \`${rating ?? 'unrated'}\` review, expected it only with \`rating="Inaccurate"\``,
						at,
					),
				]
			: [];
	}
	if (!by)
		return [
			finding(
				'claim-review-rating',
				`Unexpected rating \`Inaccurate\` with no source recorded as saying otherwise, expected \`contradictedBy="<id>"\` naming a source the block cites with a quote that contradicts the claim, ${weaker}`,
				at,
			),
		];
	if (!quoted.some((s) => s.id === by)) {
		const cited = [...new Set(quoted.map((s) => `\`${s.id}\``))].join(', ') || 'none';
		return [
			finding(
				'claim-review-rating',
				`Unexpected \`contradictedBy="${by}"\`: the block does not cite \`@${by}\` with a quote after the claim reviewed (quoted there: ${cited}), expected a source whose quoted words contradict the claim, ${weaker}`,
				at,
			),
		];
	}
	return [];
}

/** The block as a `<div class="claim-review">` that opens with its rating, visible to every reader. */
export function reviewContainer(rating: ReviewRating | undefined, children: RootContent[]): SectionNode {
	const label: Element = h('p.review-rating', [
		h('span.review-label', 'Our rating: '),
		h('strong', rating ?? 'not given'),
	]);
	return {
		type: 'editorialSection',
		data: { hName: 'div', hProperties: { className: ['claim-review'] } },
		children: [
			{
				type: 'hastElement',
				data: { hName: label.tagName, hProperties: label.properties, hChildren: label.children },
				children: [],
			},
			...children,
		],
	};
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
	// An unknown source is reported at its marker (without the records, by the site index: `citation-checks.ts`).
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

/** The page's `ClaimReview`s as JSON-LD, one per audited claim. */
export function claimReviews(
	reviews: readonly Review[],
	page: { url: string; published: string; updated?: string | undefined; publisher: string },
	sources: ReadonlyMap<string, Source>,
): Record<string, unknown>[] {
	// The review's date is its rating's own first publication; the page's, only for a review that recorded none.
	return reviews.map((review) => {
		const source = sources.get(review.source)!;
		return {
			'@context': 'https://schema.org',
			'@type': 'ClaimReview',
			url: `${page.url}#${review.paragraph}`,
			claimReviewed: review.claimReviewed,
			itemReviewed: {
				'@type': 'Claim',
				author: { '@type': 'Organization', name: source.outlet },
				appearance: { '@type': 'CreativeWork', url: source.url, headline: source.title },
				...(source.published ? { datePublished: source.published } : {}),
			},
			author: { '@type': 'Organization', name: page.publisher },
			datePublished: review.published ?? page.published,
			...(page.updated && page.updated > (review.published ?? page.published) ? { dateModified: page.updated } : {}),
			reviewRating: { '@type': 'Rating', alternateName: review.rating, description: REVIEW_RATINGS[review.rating] },
			...(review.body ? { reviewBody: review.body } : {}),
		};
	});
}
