/**
 * Fact-checks of someone else's claims, published the way Full Fact and
 * the IFCN signatories do: each audited claim is a schema.org
 * `ClaimReview`, with the words reviewed, who said them and where, and a
 * rating on a small named scale (its name in `reviewRating.alternateName`).
 *
 * The author marks each audited claim in the article:
 *
 *     <ClaimReview rating="Inaccurate" contradictedBy="ap-hindu-2025-08-17" published="2026-12-01">
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
 * `Unsupported`. `Misattributed` ("someone else's words") needs `wordsOf`,
 * a source quoted in the block that shows whose words they are; without
 * one it is `Attribution not found`.
 * @see https://schema.org/ClaimReview
 */
import type { Review, SourceRecord as Source } from '../claims/model.ts';
import { REVIEW_RATINGS } from '../claims/review.ts';

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
