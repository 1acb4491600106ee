/**
 * The contract for an article's claim ledger, `content/articles/<slug>.claims.json`:
 * the article's claims edition by edition, written by `npm run claims` (scripts/claims.ts)
 * and committed beside the article. Each edition lists only what changed since the one
 * before; the first lists every claim.
 */
import { z } from 'astro/zod';
import { claimId, isoDate, text } from './fields.ts';

export const ledgerEntrySchema = z.union([
	z.strictObject({
		/** The claim's id, kept across rewordings. */
		id: claimId,
		/** Its wording in this edition. */
		text,
		/** The sources cited for it in this edition, by id. */
		sources: z.array(text).default([]),
		/** The id it had in the edition before, when it changed (only before the ledger kept ids: editions backfilled from history). */
		was: claimId.optional(),
	}),
	z.strictObject({
		id: claimId,
		/** The claim is gone from this edition on; links to it land on its entry in the edition history. */
		removed: z.literal(true),
	}),
]);

export const editionSchema = z.strictObject({
	/** The day the edition was published, YYYY-MM-DD. */
	date: isoDate,
	claims: z.array(ledgerEntrySchema),
});

export const ledgerSchema = z.strictObject({
	/** What the file is, for whoever opens it (JSON has no comments). */
	about: z.string().optional(),
	/** Oldest first; dates increase. */
	editions: z.array(editionSchema).min(1, { message: 'expected at least the first edition' }),
});

export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export type Edition = z.infer<typeof editionSchema>;
export type Ledger = z.infer<typeof ledgerSchema>;
