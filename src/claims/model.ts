/**
 * What the claims engine records about an article, for the pages that
 * look across articles (per-source pages, entity pages, search, the
 * corrections log). Plain data, kept beside the rendered HTML.
 */
import type { ClaimStatus, Editorial, SupportKind } from './labels.ts';

/**
 * A source record as the engine reads it. The core takes plain records;
 * `src/schema/source.ts` is the contract that validates the files into
 * them (and its type is checked to fit this one).
 */
export interface SourceRecord {
	id: string;
	outlet: string;
	origin?: string | undefined;
	/** The id of the organisation the origin (or outlet) names, when known: origins are counted by it, not by spelling. */
	originId?: string | undefined;
	originConfidence: 'confirmed' | 'probable';
	title: string;
	titleSupplied: boolean;
	url: string;
	published?: string | undefined;
	updated?: string | undefined;
	copyDate?: string | undefined;
	author?: string | undefined;
	accessed?: string | undefined;
	archive?: string | undefined;
	kind?: string | undefined;
	via?: string | undefined;
	note?: string | undefined;
	/** Who, when the source records a party's contradiction or denial (only then may a claim citing it be `!disputed`). */
	partyDenial?: string | undefined;
	/** Sources whose account differs from this one's: a claim citing both is not corroborated. */
	differsFrom?: string[] | undefined;
}

/** One sentence (or part of one) and the sources behind it. */
export interface Claim {
	/** Fragment id on the article page, `c-…`. */
	id: string;
	/** Id of the paragraph it is in, `p-…`. */
	paragraph: string;
	text: string;
	status?: ClaimStatus;
	editorial?: Editorial;
	/**
	 * Independent origins among its sources (see corroboration.ts). Absent when the claim was
	 * recorded without the source records (an article: the page counts them, `page-notes.ts`).
	 */
	origins?: number;
	/** Its sources are recorded as differing (`differsFrom`): never counted as corroborated. */
	differs?: true;
	/** Where its first marker and its `!status` label are in the file, when recorded without the source records (for `citation-checks.ts`). */
	at?: number;
	statusAt?: number;
	/** `at`: where the citation (its `@`) is in the text the claim came from. */
	sources: { id: string; quote?: string; support: SupportKind; at?: number }[];
}

/** One paragraph (or list item) of an article, for search and mentions. */
export interface Passage {
	/** Fragment id on the article page, `p-…`. */
	id: string;
	/** The heading of the section it is in (or the article title). */
	section: string;
	/** Its text, without citation markers. */
	text: string;
	/** Ids of the sources it cites, in marker order. */
	sources: string[];
}

/** Everything the engine records for one article. */
export interface ArticleClaims {
	claims: Claim[];
	passages: Passage[];
	/** Source ids in page order: source n is `sourceOrder[n - 1]`. */
	sourceOrder: string[];
	/** Headings with their ids, for the table of contents and the timeline links. */
	headings: { depth: number; id: string; text: string }[];
	/** Audited claims of others, from `<ClaimReview>` blocks (see review.ts). */
	reviews?: Review[];
	/** Ids of claims the ledger records as removed (and the ids they had before): their links land on the edition history. */
	removed?: string[];
}

/** The rating of an audited claim of others (what each means: `REVIEW_RATINGS` in review.ts). */
export type ReviewRating =
	'Accurate' | 'Partly supported' | 'Misattributed' | 'Inaccurate' | 'Unsupported' | 'Attribution not found';

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
