/**
 * What the content layer keeps of an article's claims (`entry.data.claims`):
 * only what the pages across explainers show, and the article's problems
 * with their places. The article's own page reads its claims in full from
 * its compiled module as it renders (`Explainer.render` in `src/data/site.ts`).
 */
import { createHash } from 'node:crypto';
import type { ArticleClaims } from '../claims/model.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { lineIndexOf } from '../diagnostics/line-index.ts';

export interface ArticleRecord {
	/** Each claim's id and text, and its sources with their quotes and where each citation is in the file. */
	claims: {
		id: string;
		text: string;
		sources: { id: string; quote?: string; line: number; column: number }[];
	}[];
	/** Each paragraph's id, section and text, for the entity pages. */
	passages: { id: string; section: string; text: string }[];
	/** Source ids in page order (`ArticleClaims.sourceOrder`). */
	sourceOrder: string[];
	/** The sources of its `<ClaimReview>` blocks, which its page names too. */
	reviewSources: string[];
	/** A digest of the whole claims record (for its page's `cacheKey`). */
	digest: string;
	/** The problems in the body, at their places. */
	problems: Diagnostic[];
	/** It has a claim ledger, so an edition history. */
	ledger: boolean;
	/** A digest of what else the record was parsed from (its ledger, the sources, the day): stale when that changes. */
	inputs: string;
	/** The content layer's digest of the file alone (the entry's digest folds `inputs` in: `articles.ts`). */
	fileDigest?: string;
}

/** A short digest of plain data. */
export function digestOf(...parts: unknown[]): string {
	return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/** The record of one parse: `text` is the whole file, which the citations' offsets point into. */
export function articleRecord(
	text: string,
	claims: ArticleClaims,
	problems: Diagnostic[],
	context: { ledger: boolean; inputs: string },
): ArticleRecord {
	const lines = lineIndexOf(text);
	return {
		claims: claims.claims.map((c) => ({
			id: c.id,
			text: c.text,
			sources: c.sources.map((s) => ({
				id: s.id,
				...(s.quote ? { quote: s.quote } : {}),
				...lines.locate(s.at ?? 0),
			})),
		})),
		passages: claims.passages.map((p) => ({ id: p.id, section: p.section, text: p.text })),
		sourceOrder: claims.sourceOrder,
		reviewSources: [...new Set((claims.reviews ?? []).map((r) => r.source))],
		digest: digestOf(claims),
		problems,
		...context,
	};
}
