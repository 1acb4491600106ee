/**
 * Finding and parsing Pandoc-style citation markers in plain text.
 *
 *   [@id]   [@a; @b]   [@a, "exact words"]   [@a, "…"; @b, "…"]
 *
 * Straight and typographic quotes are both accepted, because smart
 * punctuation may have run before us. Engine-independent: works on strings
 * and offsets only, so a remark, Sätteri or test caller can share it.
 */
import { ContentIssue } from './issues.ts';

/** One source cited by a marker, with its optional supporting quote. */
export interface Citation {
	/** Source id: the file name of `content/sources/<id>.yaml`. */
	id: string;
	/** Verbatim words from the source that support the claim. */
	quote?: string;
	/** Offset of the `@` in the scanned text. */
	offset: number;
}

/** A `[@…]` marker found in a text. */
export interface Marker {
	/** Offset of `[` in the scanned text. */
	start: number;
	/** Offset just after `]`. */
	end: number;
	citations: Citation[];
}

export interface ScanResult {
	markers: Marker[];
	issues: ContentIssue[];
}

const OPEN_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E']);
const CLOSE_QUOTES = new Set(['"', '\u201D', '\u201C']);
const LOOSE_ID_CHAR = /[\p{L}\p{N}_.:-]/u;
export const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Scan `text` for citation markers. Positions in issues are offsets into
 * `text`; callers turn them into line:column.
 */
export function scanMarkers(text: string): ScanResult {
	const markers: Marker[] = [];
	const issues: ContentIssue[] = [];
	let from = 0;
	for (;;) {
		const start = text.indexOf('[@', from);
		if (start === -1) break;
		const parsed = parseMarker(text, start);
		if ('issue' in parsed) {
			issues.push(parsed.issue);
			from = parsed.resume;
		} else {
			markers.push(parsed.marker);
			from = parsed.marker.end;
		}
	}
	return { markers, issues };
}

type ParseOutcome = { marker: Marker } | { issue: ContentIssue; resume: number };

function fail(offset: number, ruleId: string, reason: string, resume: number): ParseOutcome {
	return { issue: new ContentIssue(ruleId, reason, offset), resume };
}

/** Parse the marker whose `[` is at `start`. */
function parseMarker(text: string, start: number): ParseOutcome {
	const citations: Citation[] = [];
	let i = start + 1;
	const skipSpace = () => {
		while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n')) i++;
	};
	for (;;) {
		skipSpace();
		if (text[i] !== '@') {
			const got = describe(text, i);
			const why = citations.length === 0 ? 'at the start of a marker' : 'after `;`';
			return fail(i, 'marker-expected-id', `Unexpected ${got} ${why}, expected \`@\` and a source id, as in \`[@source-id]\``, i + 1);
		}
		const at = i;
		i++;
		const idStart = i;
		while (i < text.length && LOOSE_ID_CHAR.test(text[i]!)) i++;
		const id = text.slice(idStart, i);
		if (id === '') {
			return fail(at, 'marker-empty-id', `Unexpected ${describe(text, i)} after \`@\`, expected a source id (lowercase letters, digits and hyphens), as in \`[@ap-2025-08-17]\``, i);
		}
		if (!SOURCE_ID.test(id)) {
			return fail(at, 'marker-invalid-id', `Unexpected source id \`${id}\`, expected lowercase letters, digits and single hyphens (the file name of \`content/sources/<id>.yaml\`)${id.toLowerCase() !== id && SOURCE_ID.test(id.toLowerCase()) ? `: did you mean \`${id.toLowerCase()}\`?` : ''}`, i);
		}
		const citation: Citation = { id, offset: at };
		skipSpace();
		if (text[i] === ',') {
			i++;
			skipSpace();
			if (!OPEN_QUOTES.has(text[i] ?? '')) {
				return fail(i, 'marker-expected-quote', `Unexpected ${describe(text, i)} after \`@${id},\`, expected a quoted passage from the source, as in \`[@${id}, "exact words"]\``, i + 1);
			}
			const quoteOpen = i;
			i++;
			const quoteStart = i;
			i = quoteEnd(text, i);
			if (i === -1) {
				i = quoteStart;
				return fail(quoteOpen, 'marker-unclosed-quote', `Unclosed quote in citation of \`@${id}\`, expected the passage to end with \`"\` before \`]\``, i);
			}
			const quote = text.slice(quoteStart, i).replace(/\s+/g, ' ').trim();
			if (quote === '') {
				return fail(quoteOpen, 'marker-empty-quote', `Unexpected empty quote for \`@${id}\`, expected the exact words from the source, or no quote at all: \`[@${id}]\``, i + 1);
			}
			citation.quote = quote;
			i++;
			skipSpace();
		}
		citations.push(citation);
		if (text[i] === ';') {
			i++;
			continue;
		}
		if (text[i] === ']') {
			return { marker: { start, end: i + 1, citations } };
		}
		if (i >= text.length) {
			return fail(start, 'marker-unclosed', 'Unclosed citation marker, expected `]` (a marker cannot span emphasis, links or line-breaking markup)', i);
		}
		return fail(i, 'marker-unexpected', `Unexpected ${describe(text, i)} in citation marker, expected \`;\` before another source, \`, "quote"\` or \`]\``, i + 1);
	}
}

/**
 * Offset of the quote's closing mark: a closing quote followed by `;`, `,`
 * or `]`, so quoted passages may contain brackets (`[which would be]`) and
 * inner quotes. -1 if the quote runs into another marker or the text ends.
 */
function quoteEnd(text: string, from: number): number {
	for (let i = from; i < text.length; i++) {
		if (text.startsWith('[@', i)) return -1;
		if (!CLOSE_QUOTES.has(text[i]!)) continue;
		let j = i + 1;
		while (text[j] === ' ' || text[j] === '\t' || text[j] === '\n') j++;
		if (text[j] === ']' || text[j] === ';' || text[j] === ',') return i;
	}
	return -1;
}

function describe(text: string, i: number): string {
	if (i >= text.length) return 'end of text';
	const ch = text[i]!;
	if (ch === ']') return '`]`';
	if (ch === ';') return '`;`';
	if (ch === '\n') return 'line break';
	return `\`${ch}\``;
}
