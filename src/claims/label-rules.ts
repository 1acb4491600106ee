/**
 * Labels and dates a claim may only carry when its sources bear them out:
 * - `!disputed` says a party to the story contradicted or denied it, so
 *   one of the claim's sources must be recorded as such (`partyDenial`);
 *   an outlet's reading of someone's words is not a denial.
 * - Sources recorded as differing (`differsFrom`) never corroborate each
 *   other, however many organisations they come from.
 * - "as of early September 2025" dates what is known, so the claim must
 *   cite a source dated within that period; and a present-tense unknown
 *   ("is unknown") must say as of when.
 */
import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import type { ClaimStatus } from './labels.ts';
import type { SourceRecord as Source } from './model.ts';
import { formatDate } from '../text/format.ts';

type Cited = { source: Source; quote?: string; at: number };

const short = (text: string) => {
	const clean = text.replace(/\s+/g, ' ').trim();
	return clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
};

/** `!disputed` with no source recorded as a party's contradiction or denial. */
export function disputedFinding(
	status: ClaimStatus | undefined,
	cited: readonly Cited[],
	text: string,
	offset: number,
): Finding | undefined {
	if (status !== 'disputed' || cited.some((c) => c.source.partyDenial)) return undefined;
	return finding(
		'disputed-without-denial',
		`Unexpected \`!disputed\` on “${short(text)}”: none of its sources is recorded as a party’s contradiction or denial, expected \`!unconfirmed\` (reported, not confirmed by those concerned), or the denial cited on the claim from a source whose record names the party (\`partyDenial: "who"\`)`,
		offset,
	);
}

/** Whether any two of the claim's sources are recorded as giving different accounts. */
export function sourcesDiffer(cited: readonly Pick<Cited, 'source'>[]): boolean {
	const ids = new Set(cited.map((c) => c.source.id));
	return cited.some((c) => (c.source.differsFrom ?? []).some((other) => other !== c.source.id && ids.has(other)));
}

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];
const AS_OF = new RegExp(
	String.raw`\bas of (?:(early|mid-?|late) )?(?:(\d{1,2}) )?(?:(${MONTHS.join('|')}) )?(\d{4})\b`,
	'i',
);

/** The period an "as of …" names, as ISO days, with the words that named it. */
export function asOfPeriod(text: string): { words: string; from: string; to: string; at: number } | undefined {
	const m = AS_OF.exec(text);
	if (!m) return undefined;
	const [, part, day, month, year] = m;
	const y = Number(year);
	const iso = (mo: number, d: number) => `${y}-${String(mo + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	if (!month) return { words: m[0], from: `${y}-01-01`, to: `${y}-12-31`, at: m.index };
	const mo = MONTHS.indexOf(month.toLowerCase());
	const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
	if (day) return { words: m[0], from: iso(mo, Number(day)), to: iso(mo, Number(day)), at: m.index };
	const [a, b] = !part
		? [1, last]
		: part.startsWith('early')
			? [1, 10]
			: part.startsWith('mid')
				? [11, 20]
				: [21, last];
	return { words: m[0], from: iso(mo, a), to: iso(mo, b), at: m.index };
}

/** The dates a source carries: publication, "last updated" and the copy's timestamp. */
function datesOf(source: Source): string[] {
	return [source.published, source.updated, source.copyDate].filter((d): d is string => !!d);
}

const PRESENT_UNKNOWN =
	/\b(?:is|are|remains?)\s+(?:still\s+)?(?:unknown|unclear|not (?:yet )?(?:known|clear|confirmed)|uncertain|unconfirmed)\b/i;

/** A claim dated "as of" a period none of its sources is dated in, and a present-tense unknown with no date. */
export function asOfFindings(text: string, cited: readonly Cited[], offset: number): Finding[] {
	const period = asOfPeriod(text);
	if (!period) {
		const unknown = PRESENT_UNKNOWN.exec(text);
		if (!unknown) return [];
		return [
			finding(
				'unknown-without-as-of',
				`Unexpected present-tense “${unknown[0]}” with no date in “${short(text)}”, expected when that was so: “as of <the date of the latest source cited>”, or the past tense in a dated frame (“was unknown in the reporting we read, to 21 August 2025”)`,
				offset,
			),
		];
	}
	const dated = cited.flatMap((c) => datesOf(c.source));
	if (dated.some((d) => d >= period.from && d <= period.to)) return [];
	const latest = dated.sort().at(-1);
	const range =
		period.from === period.to ? formatDate(period.from) : `${formatDate(period.from)} to ${formatDate(period.to)}`;
	const hint = latest
		? `the latest source cited is dated ${formatDate(latest)}: “as of ${formatDate(latest)}”`
		: 'no source cited on it carries a date';
	return [
		finding(
			'as-of-unsupported',
			`Unexpected “${period.words}” on a claim with no source dated within it (${range}), expected a source dated then cited on the claim, or the date the evidence reaches; ${hint}`,
			offset,
		),
	];
}
