/**
 * What an article's compile no longer checks, since it reads no record
 * (`src/markdown/article-plugins.ts`): its citations against the source
 * records. Each problem is placed where the compile would have placed it,
 * from the places the content layer's record keeps (the citation's `@`,
 * the claim's first marker, its `!status` label), and joins the body's own
 * problems in the site index's one list.
 */
import { unknownSource } from '../claims/block.ts';
import { asOfFindings, disputedFinding } from '../claims/label-rules.ts';
import type { SourceRecord } from '../claims/model.ts';
import { diagnostic, type Diagnostic, type Finding } from '../diagnostics/diagnostic.ts';
import type { IndexedClaim, Point } from '../loaders/article-record.ts';

/**
 * @param file the article as shown in messages
 * @param claims its claims as the content layer keeps them, with their places
 * @param invalid ids of source files that exist but are invalid: reported at their file, not at each citation
 */
export function citationProblems(
	file: string,
	claims: readonly IndexedClaim[],
	sources: ReadonlyMap<string, SourceRecord>,
	invalid: ReadonlySet<string>,
): Diagnostic[] {
	const found: Diagnostic[] = [];
	// Each check places what it finds at the offset it is given; here the place is known already.
	const place = (at: Point, findings: readonly Finding[]) => {
		for (const f of findings) found.push(diagnostic({ file, ...at }, f.ruleId, f.reason, f.severity));
	};
	for (const claim of claims) {
		// A claim with no marker cites nothing.
		if (!claim.at) continue;
		const cited = [];
		for (const s of claim.sources) {
			const source = sources.get(s.id);
			if (source) cited.push({ source, at: 0, ...(s.quote ? { quote: s.quote } : {}) });
			else if (!invalid.has(s.id)) place(s, [unknownSource({ id: s.id, offset: 0 }, 0, sources)]);
		}
		const disputed = disputedFinding(claim.status, cited, claim.text, 0);
		if (disputed) place(claim.statusAt ?? claim.at, [disputed]);
		place(claim.at, asOfFindings(claim.text, cited, 0));
	}
	return found;
}
