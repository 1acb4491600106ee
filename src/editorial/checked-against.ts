/**
 * A "checked" date means nothing without what was checked: against the
 * live pages, or against research notes compiled months before? So an
 * explainer that gives `verified` must also say `verifiedAgainst`, and the
 * dateline shows both, with the date the research runs to when known.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ArticleData } from '../schema/article.ts';

/**
 * A `verified` date with nothing saying what the check covered; and one
 * earlier than the latest logged change (or `updated`), which would say
 * "checked" of sentences written after the check.
 */
export function checkedAgainstProblems(
	data: ArticleData,
	at: (path: (string | number)[]) => { file: string; text: string; offset: number },
): Diagnostic[] {
	if (!data.verified) return [];
	const changes = [
		...data.corrections.map((c, i) => ({ date: c.date, what: `the ${c.kind} logged at \`corrections[${i}]\`` })),
		...(data.updated ? [{ date: data.updated, what: '`updated`' }] : []),
	];
	const latest = changes.reduce<(typeof changes)[number] | undefined>(
		(a, b) => (!a || b.date > a.date ? b : a),
		undefined,
	);
	const stale =
		latest && latest.date > data.verified
			? [
					diagnostic(
						at(['verified']),
						'verified-before-change',
						`Unexpected \`verified: ${data.verified}\` before ${latest.what} (${latest.date}): the check does not cover the current text, expected \`verified\` on or after ${latest.date}, once the sentences changed since ${data.verified} have been checked again`,
					),
				]
			: [];
	if (data.verifiedAgainst) return stale;
	return [
		...stale,
		diagnostic(
			at(['verified']),
			'missing-field',
			`Missing \`verifiedAgainst\` beside \`verified: ${data.verified}\`, expected what the check covered, e.g. \`verifiedAgainst: "our research notes"\` or \`verifiedAgainst: "the sources' own pages"\`: the page never shows a checked date without it`,
		),
	];
}
