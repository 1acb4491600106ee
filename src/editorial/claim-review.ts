/**
 * Fact-checks of someone else's claims, published the way Full Fact and
 * the IFCN signatories do: each audited claim is a schema.org
 * `ClaimReview`, with the words reviewed, who said them and where, and a
 * rating on a small named scale (its name in `reviewRating.alternateName`).
 *
 * The author marks each audited claim in the article:
 *
 *     <ClaimReview rating="Misattributed">
 *
 *     It said Witkoff spoke “during” the summit [@pressai-seed, "During a recent summit …"]. He spoke two days after it [@ap-hindu-2025-08-17, "…"].
 *
 *     </ClaimReview>
 *
 * The first quote in the block is the claim reviewed, and its source is
 * where the claim appeared; the rest of the block is our finding.
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
}

function isRating(value: string): value is ReviewRating {
	return Object.hasOwn(REVIEW_RATINGS, value);
}

const SCALE = Object.keys(REVIEW_RATINGS).map((r) => `\`${r}\``).join(', ');

/** The block's `rating`, or a finding saying what would be valid. */
export function reviewRating(node: MdxJsxFlowElement, at: number): { rating?: ReviewRating; findings: Finding[] } {
	const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'rating');
	const value = attribute && 'value' in attribute ? attribute.value : undefined;
	if (typeof value !== 'string') return { findings: [finding('claim-review-invalid', `Missing \`rating\` on \`<ClaimReview>\`, expected \`<ClaimReview rating="…">\` with one of ${SCALE}`, at)] };
	if (!isRating(value)) return { findings: [finding('claim-review-invalid', `Unknown rating \`${value}\` on \`<ClaimReview>\`, expected one of ${SCALE}`, at)] };
	return { rating: value, findings: [] };
}

/** The block as a `<div class="claim-review">` that opens with its rating, visible to every reader. */
export function reviewContainer(rating: ReviewRating | undefined, children: RootContent[]): SectionNode {
	const label: Element = h('p.review-rating', [h('span.review-label', 'Our rating: '), h('strong', rating ?? 'not given')]);
	return {
		type: 'editorialSection',
		data: { hName: 'div', hProperties: { className: ['claim-review'] } },
		children: [{ type: 'hastElement', data: { hName: label.tagName, hProperties: label.properties, hChildren: label.children }, children: [] }, ...children],
	};
}

/** The review the block's claims make, or why they make none: it needs a quote of the claim first. */
export function recordReview(rating: ReviewRating | undefined, claims: readonly Claim[], passages: readonly Passage[], sources: ReadonlyMap<string, Source>, at: number): { review?: Review; findings: Finding[] } {
	const first = claims.flatMap((c) => c.sources.map((s) => ({ claim: c, s }))).find(({ s }) => s.quote);
	if (!first) return { findings: [finding('claim-review-invalid', 'Missing the reviewed claim in `<ClaimReview>`, expected its first marker to quote the words reviewed: `[@summary-id, "the words it said"]`', at)] };
	if (!rating || !sources.has(first.s.id)) return { findings: [] };
	// Our finding: the block's text after the claim reviewed, as the reader sees it (markers aside).
	const text = passages.map((p) => p.text).join(' ');
	const lead = claims.slice(0, claims.indexOf(first.claim) + 1).reduce((end, c) => Math.max(end, text.indexOf(c.text) + c.text.length), 0);
	const body = text.slice(lead).replace(/^[\s.,;:]+/, '').trim();
	return { review: { paragraph: first.claim.paragraph, rating, claimReviewed: first.s.quote!, source: first.s.id, body }, findings: [] };
}

/** The page's `ClaimReview`s as JSON-LD, one per audited claim. */
export function claimReviews(reviews: readonly Review[], page: { url: string; published: string; updated?: string | undefined; publisher: string }, sources: ReadonlyMap<string, Source>): Record<string, unknown>[] {
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
			datePublished: page.published,
			...(page.updated ? { dateModified: page.updated } : {}),
			reviewRating: { '@type': 'Rating', alternateName: review.rating, description: REVIEW_RATINGS[review.rating] },
			...(review.body ? { reviewBody: review.body } : {}),
		};
	});
}
