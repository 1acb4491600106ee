/** The contract for an explainer's frontmatter (`content/articles/<slug>.mdx`). */
import { z } from 'astro/zod';
import { claimId, isoDate, researchFile, shortText, text } from './fields.ts';

/** Topics one explainer may be filed under. */
export const MAX_TOPICS = 8;

/** How a change to a published explainer is labelled (AP: a correction is always called one). */
export const changeKinds = ['correction', 'clarification', 'update'] as const;

export const changeSchema = z.strictObject({
	/** When the change was published. */
	date: isoDate,
	/** `correction` (we got something wrong), `clarification` (it could be misread) or `update` (news moved on). */
	kind: z.enum(changeKinds),
	/** What was wrong or missing, and what the explainer says now. */
	note: shortText(2000, 'a paragraph'),
	/** The id of the claim as it reads now (`c-…`), when the change is to one claim. */
	claim: claimId.optional(),
	/** Ids the claim had before; links to them keep landing on it. */
	was: z.array(claimId).default([]),
});

export const articleSchema = z.strictObject({
	/** Headline. Required. */
	title: shortText(200, 'a headline'),
	/** A shorter headline for the browser tab, feeds and sharing; needed when the page title would pass `MAX_TITLE` (src/text/title.ts). */
	shortTitle: text.optional(),
	/** The standfirst: one or two sentences under the headline. Required. */
	description: shortText(400, 'one or two sentences'),
	/** First publication, YYYY-MM-DD. Required. */
	published: isoDate,
	/** `published` is in the future on purpose: until then the explainer is built but listed nowhere (src/site-index/embargo.ts). */
	embargo: z.boolean().optional(),
	/** Last substantive update, YYYY-MM-DD. */
	updated: isoDate.optional(),
	/** When the explainer was last checked, YYYY-MM-DD; needs `verifiedAgainst` (see src/editorial/checked-against.ts). */
	verified: isoDate.optional(),
	/** What that check covered, as the dateline says it: "our research notes", "the sources' live pages". */
	verifiedAgainst: text.optional(),
	/** The date the research runs to (the latest page it consulted), YYYY-MM-DD: what the explainer says holds as of then. */
	researched: isoDate.optional(),
	/** The explainer's research notes: a file in `content/research/`, e.g. `ukraine-guarantees.md`; the build checks quotes and source URLs against it. */
	research: researchFile.optional(),
	/**
	 * Short topic labels, shown above the headline. Each has a page of its own (`/topics/<topic>/`), so a few:
	 * 20,000 of them built 20,000 pages for 3 minutes.
	 */
	topics: z
		.array(shortText(60, 'a label of a few words'))
		.max(MAX_TOPICS, `at most ${MAX_TOPICS} topics: the few an explainer is filed under`)
		.default([]),
	/** Byline: the id of a record in `content/authors/` (its file name), e.g. `jane-doe`. */
	author: text.optional(),
	/** The article's code blocks only show code or data, and need no sources (otherwise a code block fails: `uncited-code`). */
	uncitedCode: z.boolean().optional(),
	/** Corrections, clarifications and updates since publication, oldest first. */
	corrections: z.array(changeSchema).default([]),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type Change = z.infer<typeof changeSchema>;
