/** Field validators shared by the article, source and entity schemas. */
import { z } from 'astro/zod';
import { buildDate } from '../build-date.ts';

/**
 * A YAML timestamp read as a Date (Astro's parser turns an unquoted
 * `2025-08-20` into one; ours keeps the text): back to `YYYY-MM-DD`, so
 * both parsers agree. A time of day is kept, so the check below rejects it.
 */
function fromDate(value: unknown): unknown {
	if (!(value instanceof Date)) return value;
	const iso = value.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** The earliest year a record's date may have: older than any source an explainer cites. */
export const FIRST_YEAR = 1900;

/** The latest year a record's date may have: the year after the build's (an embargo or an announced date may run into it). */
export function lastYear(today = buildDate()): number {
	return Number(today.slice(0, 4)) + 1;
}

/**
 * A calendar date that exists, written `YYYY-MM-DD`, quoted or not (no
 * 2025-02-30), read as that day in UTC, with a plausible year: `0025-08-17`
 * is a typo for 2025 (and a YAML parser reading it as a timestamp makes it
 * 1925, since years below 100 are taken as 19xx).
 */
export const isoDate = z.preprocess(
	fromDate,
	z.string().superRefine((value, context) => {
		const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
		if (!date || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value)) {
			context.addIssue({
				code: 'custom',
				message: 'expected a real date written YYYY-MM-DD (quoted or not), e.g. 2025-08-17',
			});
			return;
		}
		const year = date.getUTCFullYear();
		if (year < FIRST_YEAR || year > lastYear())
			context.addIssue({
				code: 'custom',
				message: `unexpected year ${value.slice(0, 4)}, expected a year from ${FIRST_YEAR} to ${lastYear()}, e.g. 2025-08-17`,
			});
	}),
);

/** A time of day, `HH:MM`, optionally with a zone: `17:15 GMT`, `09:00 EDT`. */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(?: [A-Z]{2,5})?$/, {
	message: 'expected a time written HH:MM, optionally with a zone, e.g. 17:15 GMT',
});

/** An absolute http(s) URL. */
export const webUrl = z.string().refine(
	(value) => {
		try {
			const url = new URL(value);
			return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
		} catch {
			return false;
		}
	},
	{ message: 'expected an absolute http(s) URL, e.g. https://www.example.com/story' },
);

/** Text that is present and not only white space. */
export const text = z.string().trim().min(1, { message: 'expected non-empty text' });

/**
 * Text of at most `max` characters, `what` saying what fits: a field the
 * page repeats (the head's descriptions, the social card, the search
 * index) would otherwise carry whatever length an author pastes into it.
 */
export const shortText = (max: number, what: string) =>
	text.max(max, {
		error: (issue) => `expected at most ${max} characters (${what}), got ${String(issue.input).length}`,
	});

/** A claim's id as the build makes it (`c-`, then words of its text and a digest): the ledger's and a correction's. */
export const claimId = z
	.string()
	.max(120, { message: 'expected a claim id of at most 120 characters, as the build makes them' })
	.regex(/^c-[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message: 'expected a claim id: `c-`, then lowercase letters, digits and single hyphens',
	});

/** The id rule shared by every file name (the claims core owns it: source ids are its input). */
export { ID } from '../claims/ids.ts';

/** The name of a research-notes file in `content/research/`: an id, then `.md`. */
export const researchFile = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/, {
	message: 'expected the name of a Markdown file in `content/research/`, e.g. `ukraine-guarantees.md`',
});
