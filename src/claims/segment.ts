/**
 * Deciding which words a citation marker supports.
 *
 * A marker supports the sentence it ends: the text from the start of that
 * sentence (or from the previous marker, if one stands inside the same
 * sentence) up to the marker. Markers separated only by white space share one
 * claim, so `claim [@a] [@b]` and `claim [@a; @b]` mean the same thing.
 */

import { asksWithoutAsserting } from './questions.ts';

/** A span of paragraph text supported by one or more adjacent markers. */
export interface ClaimRange {
	/** Offset of the claim's first character in the paragraph text. */
	start: number;
	/** Offset just after its last character (before the marker). */
	end: number;
	/** Indexes into the `markers` array passed to `segmentClaims`. */
	markers: number[];
}

// Abbreviations whose full stop does not end a sentence ("U.S. President", "Mr. Witkoff").
const ABBREVIATIONS = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'st',
	'sen',
	'rep',
	'gen',
	'gov',
	'lt',
	'col',
	'sgt',
	'capt',
	'prof',
	'sir',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
	'no',
	'vs',
	'etc',
	'e.g',
	'i.e',
	'approx',
	'inc',
	'ltd',
	'co',
	'jr',
	'sr',
]);

// Sentence-final punctuation, closing quotes/brackets, then space and a sentence opener.
const BOUNDARY = /[.!?…]["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu;
const LEADING_JUNK = /^[\s,;:—–-]+/u;

/**
 * Split `text` into claims. `markers` are the offsets at which markers stand
 * in `text` (markers themselves are not part of `text`), in ascending order.
 */
export function segmentClaims(text: string, markers: readonly number[]): ClaimRange[] {
	const claims: ClaimRange[] = [];
	const quoted = quotations(text);
	let regionStart = 0;
	for (let m = 0; m < markers.length; m++) {
		const at = markers[m]!;
		const previous = claims.at(-1);
		if (previous && text.slice(regionStart, at).trim() === '') {
			// Adjacent markers: they support the same claim.
			previous.markers.push(m);
			regionStart = at;
			continue;
		}
		const end = trimEnd(text, regionStart, at);
		let start = sentenceStart(text, regionStart, end, quoted);
		start += LEADING_JUNK.exec(text.slice(start, end))?.[0].length ?? 0;
		claims.push({ start, end: Math.max(start, end), markers: [m] });
		regionStart = at;
	}
	return claims;
}

function trimEnd(text: string, from: number, to: number): number {
	while (to > from && /\s/u.test(text[to - 1]!)) to--;
	return to;
}

/** Start of the sentence that ends at `end`, no earlier than `from`. */
function sentenceStart(text: string, from: number, end: number, quoted: readonly Span[]): number {
	const region = text.slice(from, end);
	let start = 0;
	BOUNDARY.lastIndex = 0;
	for (let match = BOUNDARY.exec(region); match; match = BOUNDARY.exec(region)) {
		const after = match.index + match[0].length;
		if (after >= region.length) break;
		if (!isAbbreviation(region, match.index) && !inside(quoted, from + after)) start = after;
	}
	return from + start;
}

/**
 * The spans of the text inside double quotation marks, each from its opening mark to its closing one.
 * A reader does not end a sentence inside a quotation (“Houston, Tranquility Base here. The Eagle has
 * landed.” is one sentence of ours); a mark left open is not a quotation, so it hides no boundary (nor
 * does one followed by another opening mark before any closing one).
 * Single marks are left out: ’ is also the apostrophe.
 */
function quotations(text: string): Span[] {
	const spans: Span[] = [];
	let open: number | undefined;
	let straight: number | undefined;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		// A second opening mark before a closing one: the first was never closed, and hides nothing.
		if (ch === '“') open = i;
		else if (ch === '”' && open !== undefined) {
			spans.push({ start: open, end: i });
			open = undefined;
		} else if (ch === '"') {
			if (straight === undefined) straight = i;
			else {
				spans.push({ start: straight, end: i });
				straight = undefined;
			}
		}
	}
	return spans.sort((a, b) => a.start - b.start);
}

interface Span {
	start: number;
	end: number;
}

/** Whether `at` falls after the opening mark and before the closing one of a quotation (spans sorted by start). */
function inside(spans: readonly Span[], at: number): boolean {
	// A binary search: a paragraph of thousands of quotations costs no more than a scan per boundary.
	let low = 0;
	let high = spans.length - 1;
	let found = -1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (spans[mid]!.start < at) {
			found = mid;
			low = mid + 1;
		} else high = mid - 1;
	}
	// Curly and straight quotations may nest; the two spans before `at` cover both.
	for (let i = found; i >= 0 && i >= found - 1; i--) if (at <= spans[i]!.end) return true;
	return false;
}

/** True when the full stop at `dot` closes an abbreviation or an initial. */
function isAbbreviation(text: string, dot: number): boolean {
	if (text[dot] !== '.') return false;
	const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
	if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true; // "U.S", "D.C", "J"
	return ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentences of `text`, as offsets, split where `segmentClaims` would split them. */
export function sentences(text: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	const quoted = quotations(text);
	let start = 0;
	BOUNDARY.lastIndex = 0;
	for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
		if (isAbbreviation(text, match.index)) continue;
		const after = match.index + match[0].length;
		if (inside(quoted, after)) continue;
		out.push({ start, end: after });
		start = after;
	}
	if (text.slice(start).trim() !== '') out.push({ start, end: text.length });
	return out;
}

/**
 * Sentences with words that no claim covers: statements with no marker.
 * A question that asserts nothing is not a statement (`questions.ts`). `claims` are the ranges `segmentClaims`
 * returned; editorial markers (`[!analysis]`) make claims like any other.
 */
export function uncoveredSentences(
	text: string,
	claims: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
	// One sweep over sentences and claims, both in order: linear in the paragraph, not
	// claims × characters (10,000 markers in one paragraph took seconds that way).
	const covered = [...claims].filter((c) => c.end > c.start).sort((a, b) => a.start - b.start);
	let j = 0;
	return sentences(text).filter((s) => {
		if (asksWithoutAsserting(text.slice(s.start, s.end))) return false;
		while (j < covered.length && covered[j]!.end <= s.start) j++;
		let pos = s.start;
		for (let k = j; pos < s.end; k++) {
			const next = covered[k];
			const gapEnd = next ? Math.min(s.end, Math.max(pos, next.start)) : s.end;
			if (gapEnd > pos && /[\p{L}\p{N}]/u.test(text.slice(pos, gapEnd))) return true;
			if (!next) break;
			pos = Math.max(gapEnd, next.end);
		}
		return false;
	});
}
