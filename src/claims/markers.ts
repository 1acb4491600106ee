/**
 * Finding and parsing Pandoc-style citation markers in plain text.
 *
 *   [@id]   [@a; @b]   [@a, "exact words"]   [@a, "…"; @b, "…"]
 *   [@a, "…", analysis]   [@a; !unconfirmed]
 *
 * Straight and typographic quotes are both accepted, because smart
 * punctuation may have run before us. Engine-independent: works on strings
 * and offsets only, so a remark, Sätteri or test caller can share it.
 */
import { ContentIssue } from './issues.ts';
import { CLAIM_STATUSES, isClaimStatus, isSupportKind, SUPPORT_KINDS, type ClaimStatus, type SupportKind } from './labels.ts';

/** One source cited by a marker, with its optional supporting quote. */
export interface Citation {
	/** Source id: the file name of `content/sources/<id>.yaml`. */
	id: string;
	/** Verbatim words from the source that support the claim. */
	quote?: string;
	/** How directly the source supports the claim, when the author says. */
	support?: SupportKind;
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
	/** `!unconfirmed` or `!disputed`, if given. */
	status?: ClaimStatus;
}

export interface ScanResult {
	markers: Marker[];
	issues: ContentIssue[];
}

const OPEN_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E']);
const CLOSE_QUOTES = new Set(['"', '\u201D', '\u201C']);
const LOOSE_ID_CHAR = /[\p{L}\p{N}_.:-]/u;
const WORD_CHAR = /[\p{L}-]/u;
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
		const parser = new MarkerParser(text, start);
		const outcome = parser.parse();
		if (outcome instanceof ContentIssue) {
			issues.push(outcome);
			from = Math.max(parser.i, start + 2);
		} else {
			markers.push(outcome);
			from = outcome.end;
		}
	}
	return { markers, issues };
}

/** A cursor over one marker; each method consumes one part of the grammar. */
class MarkerParser {
	i: number;
	constructor(
		readonly text: string,
		readonly start: number,
	) {
		this.i = start + 1;
	}

	parse(): Marker | ContentIssue {
		const marker: Marker = { start: this.start, end: 0, citations: [] };
		for (;;) {
			this.skipSpace();
			const item = this.text[this.i] === '!' ? this.status(marker) : this.citation(marker);
			if (item) return item;
			this.skipSpace();
			const ch = this.text[this.i];
			if (ch === ';') {
				this.i++;
				continue;
			}
			if (ch === ']') {
				marker.end = this.i + 1;
				return marker;
			}
			if (this.i >= this.text.length) return this.fail(this.start, 'marker-unclosed', 'Unclosed citation marker, expected `]` (a marker cannot span emphasis, links or line-breaking markup)');
			return this.fail(this.i, 'marker-unexpected', `Unexpected ${this.describe()} in citation marker, expected \`;\` before another source, \`, "quote"\`, \`, ${SUPPORT_KINDS.join('|')}\` or \`]\``);
		}
	}

	/** `@id` with an optional `, "quote"` and `, kind`. Returns an issue or undefined. */
	citation(marker: Marker): ContentIssue | undefined {
		const { text } = this;
		if (text[this.i] !== '@') {
			const why = marker.citations.length === 0 ? 'at the start of a marker' : 'after `;`';
			return this.fail(this.i, 'marker-expected-id', `Unexpected ${this.describe()} ${why}, expected \`@\` and a source id, as in \`[@source-id]\``);
		}
		const at = this.i++;
		const id = this.take(LOOSE_ID_CHAR);
		if (id === '') return this.fail(at, 'marker-empty-id', `Unexpected ${this.describe()} after \`@\`, expected a source id (lowercase letters, digits and hyphens), as in \`[@ap-2025-08-17]\``);
		if (!SOURCE_ID.test(id)) {
			const hint = id.toLowerCase() !== id && SOURCE_ID.test(id.toLowerCase()) ? `: did you mean \`${id.toLowerCase()}\`?` : '';
			return this.fail(at, 'marker-invalid-id', `Unexpected source id \`${id}\`, expected lowercase letters, digits and single hyphens (the file name of \`content/sources/<id>.yaml\`)${hint}`);
		}
		const citation: Citation = { id, offset: at };
		marker.citations.push(citation);
		for (let part = 0; part < 2; part++) {
			this.skipSpace();
			if (text[this.i] !== ',') return undefined;
			this.i++;
			this.skipSpace();
			const problem = OPEN_QUOTES.has(text[this.i] ?? '') && citation.quote === undefined && citation.support === undefined ? this.quote(citation) : this.supportKind(citation);
			if (problem) return problem;
		}
		return undefined;
	}

	quote(citation: Citation): ContentIssue | undefined {
		const open = this.i++;
		const end = quoteEnd(this.text, this.i);
		if (end === -1) return this.fail(open, 'marker-unclosed-quote', `Unclosed quote in citation of \`@${citation.id}\`, expected the passage to end with \`"\` before \`]\``);
		const quote = this.text.slice(open + 1, end).replace(/\s+/g, ' ').trim();
		this.i = end + 1;
		if (quote === '') return this.fail(open, 'marker-empty-quote', `Unexpected empty quote for \`@${citation.id}\`, expected the exact words from the source, or no quote at all: \`[@${citation.id}]\``);
		citation.quote = quote;
		return undefined;
	}

	supportKind(citation: Citation): ContentIssue | undefined {
		const at = this.i;
		const word = this.take(WORD_CHAR);
		if (isSupportKind(word) && citation.support === undefined) {
			citation.support = word;
			return undefined;
		}
		const got = word ? `\`${word}\`` : this.describe();
		return this.fail(at, 'marker-unknown-label', `Unexpected ${got} after \`@${citation.id},\`, expected a quoted passage (\`"exact words"\`) or one of ${SUPPORT_KINDS.map((k) => `\`${k}\``).join(', ')}`);
	}

	/** `!unconfirmed` or `!disputed`. */
	status(marker: Marker): ContentIssue | undefined {
		const at = this.i++;
		const word = this.take(WORD_CHAR);
		if (isClaimStatus(word) && marker.status === undefined) {
			marker.status = word;
			return undefined;
		}
		return this.fail(at, 'marker-unknown-label', `Unexpected \`!${word}\`, expected one status per marker: ${CLAIM_STATUSES.map((s) => `\`!${s}\``).join(' or ')}`);
	}

	take(chars: RegExp): string {
		const from = this.i;
		while (this.i < this.text.length && chars.test(this.text[this.i]!)) this.i++;
		return this.text.slice(from, this.i);
	}

	skipSpace(): void {
		while (this.i < this.text.length && /[ \t\n]/.test(this.text[this.i]!)) this.i++;
	}

	fail(offset: number, ruleId: string, reason: string): ContentIssue {
		return new ContentIssue(ruleId, reason, offset);
	}

	describe(): string {
		const ch = this.text[this.i];
		if (ch === undefined) return 'end of text';
		if (ch === '\n') return 'line break';
		return `\`${ch}\``;
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
