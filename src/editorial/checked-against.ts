/**
 * A "checked" date means nothing without what was checked: against the
 * live pages, or against research notes compiled months before? So an
 * explainer that gives `verified` must also say `verifiedAgainst`, and the
 * dateline shows both, with the date the research runs to when known.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ArticleData } from '../schema/article.ts';

/** A `verified` date with nothing saying what the check covered. */
export function checkedAgainstProblems(data: ArticleData, at: (path: (string | number)[]) => { file: string; text: string; offset: number }): Diagnostic[] {
	if (!data.verified || data.verifiedAgainst) return [];
	return [diagnostic(at(['verified']), 'missing-field', `Missing \`verifiedAgainst\` beside \`verified: ${data.verified}\`, expected what the check covered, e.g. \`verifiedAgainst: "our research notes"\` or \`verifiedAgainst: "the sources' own pages"\`: the page never shows a checked date without it`)];
}
