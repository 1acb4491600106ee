/**
 * What `npm run claims` does for one article, without touching the disk:
 * render it as the build does (with its ledger, so recorded claims keep
 * their ids), compare its claims with the ledger, and say what changed in
 * words an author can act on: each changed claim's id, its old and new
 * wording, and a correction to paste.
 */
import {
	recordEdition,
	currentState,
	changesBetween,
	type CurrentClaim,
	type Ledger,
	type LedgerEntry,
} from '../src/claims/ledger.ts';
import type { Diagnostic } from '../src/diagnostics/diagnostic.ts';
import { renderArticle } from '../src/markdown/render-article.ts';
import { renamesIn, type RemarkClaimsOptions } from '../src/markdown/remark-claims.ts';
import type { ArticleData } from '../src/schema/article.ts';
import { TEMPLATE_IDS } from '../src/site.ts';

export interface Recorded {
	/** The ledger with today's edition; unchanged when nothing changed. */
	ledger: Ledger;
	/** What the article changed since the ledger's latest edition. */
	entries: LedgerEntry[];
	/** Problems in the article body: nothing is recorded from a body that does not build. */
	diagnostics: Diagnostic[];
	report: string;
}

/**
 * @param date the edition's day; the first edition is dated `published`
 */
export function recordArticle(
	file: string,
	text: string,
	data: ArticleData,
	ledger: Ledger | undefined,
	date: string,
	sources: NonNullable<RemarkClaimsOptions['sources']>,
): Recorded {
	const rendered = renderArticle(file, text, data as unknown as Record<string, unknown>, optionsFor(sources, ledger));
	const errors = rendered.diagnostics.filter((d) => d.severity === 'error');
	if (errors.length > 0) return { ledger: ledger ?? { editions: [] }, entries: [], diagnostics: errors, report: '' };
	const now: CurrentClaim[] = rendered.claims.claims.map((c) => ({
		id: c.id,
		text: c.text,
		sources: [...new Set(c.sources.map((s) => s.id))],
	}));
	const renamed = renamesIn(data.corrections);
	const entries = ledger
		? changesBetween(currentState(ledger), now, renamed)
		: recordEdition(undefined, now, data.published).entries;
	const day = ledger ? date : data.published;
	const next = recordEdition(ledger, now, day, renamed).ledger;
	return { ledger: next, entries, diagnostics: [], report: reportOf(file, ledger, entries, day) };
}

/** One options object per ledger: the renderer keys its processor by it. */
function optionsFor(
	sources: NonNullable<RemarkClaimsOptions['sources']>,
	ledger: Ledger | undefined,
): RemarkClaimsOptions {
	return { sources, reservedIds: TEMPLATE_IDS, ...(ledger ? { ledger: () => ledger } : {}) };
}

function reportOf(file: string, ledger: Ledger | undefined, entries: LedgerEntry[], date: string): string {
	if (entries.length === 0) return `${file}: no claim changed since the edition of ${ledger?.editions.at(-1)?.date}`;
	if (!ledger)
		return `${file}: first edition (${date}) recorded, ${entries.length} claim${entries.length === 1 ? '' : 's'}`;
	const before = currentState(ledger);
	const lines = [`${file}: edition of ${date}, ${entries.length} claim${entries.length === 1 ? '' : 's'} changed:`];
	const stub: string[] = [];
	for (const entry of entries) {
		if ('removed' in entry) {
			lines.push(
				`  removed ${entry.id}: “${before.claims.get(entry.id)?.text}” (its links will land on the edition history)`,
			);
			continue;
		}
		const old = before.claims.get(entry.was ?? entry.id);
		if (old)
			lines.push(
				`  changed ${entry.id}`,
				`    was: “${old.text}”${sourcesNote(old.sources, entry.sources)}`,
				`    now: “${entry.text}”`,
			);
		else lines.push(`  new ${entry.id}: “${entry.text}”`);
		stub.push(
			`  - date: ${date}`,
			'    kind: correction   # or clarification, update',
			'    note: "…"',
			`    claim: "${entry.id}"`,
		);
	}
	if (stub.length > 0)
		lines.push(
			'',
			'To log a change, add to the frontmatter’s corrections (one per change that readers should know of):',
			'',
			'corrections:',
			...stub,
		);
	return lines.join('\n');
}

function sourcesNote(before: readonly string[], after: readonly string[]): string {
	return before.join() === after.join()
		? ''
		: ` (sources ${before.join(', ') || 'none'} → ${after.join(', ') || 'none'})`;
}
