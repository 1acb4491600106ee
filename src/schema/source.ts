/**
 * The contract for `content/sources/<id>.yaml`: one record per source an
 * article cites. Only what the dossier verifies goes in; unknown fields are
 * left out, never guessed.
 */
import { z } from 'astro/zod';
import { isoDate, text, webUrl } from './fields.ts';

/** What kind of document a source is; shown as a badge beside the citation. */
export const sourceKinds = ['report', 'interview', 'statement', 'transcript', 'primary document', 'analysis'] as const;

export const sourceSchema = z.strictObject({
	/** Publisher as readers know it, e.g. "Associated Press". Required. */
	outlet: text,
	/** The headline (or the document's title) as published. Required. */
	title: text,
	/**
	 * True when the headline was not recorded and `title` is our description
	 * of the page (or words taken from its address); shown in [brackets].
	 */
	titleSupplied: z.boolean().default(false),
	/** Where the cited copy can be read. Required. */
	url: webUrl,
	/** Publication date, only when known. */
	published: isoDate.optional(),
	/** Byline, only when shown. */
	author: text.optional(),
	/** When the copy at `url` was read and checked. */
	accessed: isoDate.optional(),
	/** An archived copy of the page. */
	archive: webUrl.optional(),
	/** Kind of document. */
	kind: z.enum(sourceKinds).optional(),
	/** For a republication or copy: whose report it is and who carries it. */
	via: text.optional(),
	/** Anything else a reader should know about the source's reliability. */
	note: text.optional(),
});

/** A validated source record plus its id (the file name). */
export type Source = z.infer<typeof sourceSchema> & { id: string };
