/**
 * A `quote` label says the claim repeats the source's own words. The build
 * holds it to that: the claim must contain a run of at least four words of
 * the quote (or the whole quote, when it is shorter), compared as folded
 * words, so case, punctuation, apostrophes and dashes do not matter.
 */
import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { foldedWords } from '../text/fold.ts';

/** The fewest consecutive words of the quote the claim must repeat. */
export const MIN_QUOTED_RUN = 4;

/** Whether `claim` repeats a run of `MIN_QUOTED_RUN` words of `quote` (all of it when shorter). */
export function repeatsQuote(claim: string, quote: string): boolean {
	const said = foldedWords(quote);
	if (said.length === 0) return false;
	const run = Math.min(MIN_QUOTED_RUN, said.length);
	const text = ` ${foldedWords(claim).join(' ')} `;
	for (let i = 0; i + run <= said.length; i++) {
		if (text.includes(` ${said.slice(i, i + run).join(' ')} `)) return true;
	}
	return false;
}

/** The problem with a `quote` label on `claim`, at `offset` (the citation's place in the file), if any. */
export function quoteLabelFinding(
	claim: string,
	citation: { id: string; quote?: string | undefined },
	offset: number,
): Finding | undefined {
	if (!citation.quote) {
		return finding(
			'quote-label-unmatched',
			`Unexpected \`quote\` label on \`@${citation.id}\` without quoted words, expected the source's words after the id: \`[@${citation.id}, "exact words", quote]\``,
			offset,
		);
	}
	if (repeatsQuote(claim, citation.quote)) return undefined;
	const short = claim.replace(/\s+/g, ' ').trim();
	return finding(
		'quote-label-unmatched',
		`Unexpected \`quote\` label on \`@${citation.id}\`: the claim “${short.length > 80 ? `${short.slice(0, 77)}…` : short}” repeats no run of ${MIN_QUOTED_RUN} words of its quote, expected the claim to quote the source (put the words in the sentence) or the label \`paraphrase\` (the default: leave the label out)`,
		offset,
	);
}
