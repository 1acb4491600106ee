/**
 * What an article's compile no longer checks, since it reads no record
 * (`src/markdown/article-plugins.ts`): its citations against the source
 * records. Each problem is placed where the compile would have placed it,
 * from the offsets the claims record keeps (the citation's `@`, the
 * claim's first marker, its `!status` label), and joins the compile's own
 * problems in the site index's one list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { unknownSource } from '../claims/block.ts';
import { asOfFindings, disputedFinding } from '../claims/label-rules.ts';
import type { ArticleClaims, SourceRecord } from '../claims/model.ts';
import { diagnostic, type Diagnostic, type Finding } from '../diagnostics/diagnostic.ts';

/**
 * @param file the article as shown in messages (and read, for positions)
 * @param invalid ids of source files that exist but are invalid: reported at their file, not at each citation
 */
export function citationProblems(
	file: string,
	record: ArticleClaims,
	sources: ReadonlyMap<string, SourceRecord>,
	invalid: ReadonlySet<string>,
): Diagnostic[] {
	const found: Finding[] = [];
	for (const claim of record.claims) {
		// A claim recorded with the records (a text checked as it compiled) carries no `at`.
		if (claim.at === undefined) continue;
		const cited = [];
		for (const s of claim.sources) {
			const source = sources.get(s.id);
			if (source) cited.push({ source, at: s.at ?? 0, ...(s.quote ? { quote: s.quote } : {}) });
			else if (!invalid.has(s.id)) found.push(unknownSource({ id: s.id, offset: 0 }, s.at ?? 0, sources));
		}
		const disputed = disputedFinding(claim.status, cited, claim.text, claim.statusAt ?? claim.at);
		if (disputed) found.push(disputed);
		found.push(...asOfFindings(claim.text, cited, claim.at));
	}
	// In dev an article being deleted is still listed for a moment after its file is gone.
	if (found.length === 0 || !existsSync(file)) return [];
	const text = readFileSync(file, 'utf8');
	return found.map((f) => diagnostic({ file, text, offset: f.offset }, f.ruleId, f.reason, f.severity));
}
