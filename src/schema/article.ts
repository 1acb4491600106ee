/** The contract for an explainer's frontmatter (`content/articles/<slug>.mdx`). */
import { z } from 'astro/zod';
import { isoDate, text } from './fields.ts';

export const articleSchema = z.strictObject({
	/** Headline. Required. */
	title: text,
	/** The standfirst: one or two sentences under the headline. Required. */
	description: text,
	/** First publication, YYYY-MM-DD. Required. */
	published: isoDate,
	/** Last substantive update, YYYY-MM-DD. */
	updated: isoDate.optional(),
	/** Date the sourcing was last checked against the originals. */
	verified: isoDate.optional(),
	/** Short topic labels, shown under the headline and used as search filters. */
	topics: z.array(text).default([]),
	/** Byline. */
	author: text.optional(),
	/** A note to readers about corrections made since publication. */
	corrections: z.array(z.strictObject({ date: isoDate, note: text })).default([]),
});

export type ArticleData = z.infer<typeof articleSchema>;
