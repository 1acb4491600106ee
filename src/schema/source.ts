/**
 * The contract for `content/sources/<id>.yaml`: one file per source an
 * article cites. Only what the research verified goes in; unknown fields
 * are left out, never guessed.
 */
import { z } from 'astro/zod';
import type { SourceRecord } from '../claims/model.ts';
import { isoDate, shortText, text, webUrl } from './fields.ts';
import { withBase } from '../site-base.ts';

/** What kind of document a source is. */
export const sourceKinds = ['report', 'interview', 'statement', 'transcript', 'primary document', 'analysis'] as const;

export const sourceSchema = z.strictObject({
	/** Publisher whose page we read, as readers know it, e.g. "The Hindu". Required. */
	outlet: shortText(120, 'a name'),
	/**
	 * Who did the original reporting, when the outlet carries someone
	 * else's story, e.g. "Associated Press". Default: the outlet. Sources
	 * with one origin count once towards corroboration.
	 */
	origin: shortText(120, 'a name').optional(),
	/** `probable` when the origin is inferred (wording matches a wire) but not credited. Default `confirmed`. */
	originConfidence: z.enum(['confirmed', 'probable']).default('confirmed'),
	/** The headline (or the document's title) as published. Required. */
	title: shortText(300, 'a headline'),
	/**
	 * True when the headline was not recorded and `title` is our description
	 * of the page (or words taken from its address); shown in [brackets].
	 */
	titleSupplied: z.boolean().default(false),
	/** Where the cited copy can be read. Required. */
	url: webUrl,
	/** Publication date shown by the outlet, only when known. */
	published: isoDate.optional(),
	/** A "last updated" date, when that is the only date the page shows. */
	updated: isoDate.optional(),
	/** A timestamp recorded by the copy or aggregator we read, not by the outlet. */
	copyDate: isoDate.optional(),
	/** Byline, only when shown. */
	author: shortText(200, 'a byline').optional(),
	/** When the copy at `url` was read and checked. */
	accessed: isoDate.optional(),
	/** An archived copy of the page. */
	archive: webUrl.optional(),
	/** Kind of document. */
	kind: z.enum(sourceKinds).optional(),
	/** How we read it, when that is not the outlet's own page, e.g. "forum copy of the AP text". */
	via: shortText(300, 'a phrase').optional(),
	/** Anything else a reader should know about the source's reliability. */
	note: shortText(2000, 'a paragraph').optional(),
	/**
	 * When the source records a party to the story contradicting or denying
	 * something (its own statement, or a report quoting it): who, e.g.
	 * "Kremlin spokesman Dmitry Peskov". Only a claim citing such a source
	 * may be labelled `!disputed`; an outlet's reading is not a denial.
	 */
	partyDenial: shortText(300, 'who said it').optional(),
	/**
	 * Ids of sources whose account of the same thing differs from this
	 * one's (NewsX's wider pledge against AP's narrower one). A claim citing
	 * sources that differ is never "Corroborated".
	 */
	differsFrom: z.array(text).optional(),
});

/** A validated source plus its id (the file name). */
export type Source = z.infer<typeof sourceSchema> & {
	id: string;
	/** The organisation entity the origin (or outlet) names, when one does: set by the loader (data/organisations.ts). */
	originId?: string | undefined;
};

/** The schema's records are what the claims core reads (a type error here means the two drifted apart). */
export type SourceFitsCore = Source extends SourceRecord ? true : never;
const _fits: SourceFitsCore = true;
void _fits;

/** URL path of a source's own page (the claims engine names sources; where pages live is the site's business). */
export function sourcePath(source: Pick<Source, 'id'>): string {
	return withBase(`/sources/${source.id}/`);
}
