/**
 * The inside of one citation marker, Pandoc style:
 *
 *   [@id]   [@a; @b]   [@a, "exact words"]   [@a, "…", analysis]
 *   [@a, "…"; !disputed]   [!unconfirmed; @a]   [!analysis]   [@a; !note]
 *
 * Finding where a marker starts and ends in Markdown is the parser's job
 * (`markdown/citation-syntax.ts`, which also knows about code spans and
 * escapes); this module reads what is between the brackets. Both take
 * where markers and their quotes start and end from one lexer
 * (`marker-lexer.ts`). It works on strings and offsets only, so any
 * Markdown engine, the YAML checks and the tests share it.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { codePoint } from '../text/forbidden-characters.ts';
import { ID } from './ids.ts';
import { OPEN_QUOTES, quoteEnd } from './marker-lexer.ts';
import {
	CLAIM_STATUSES,
	EDITORIAL_LABELS,
	SUPPORT_KINDS,
	isClaimStatus,
	isEditorial,
	isSupportKind,
	type ClaimStatus,
	type Editorial,
	type SupportKind,
} from './labels.ts';

/** One source cited by a marker, with its optional supporting quote. */
export interface Citation {
	/** Source id: the file name of `content/sources/<id>.yaml`. */
	id: string;
	/** Verbatim words from the source that support the claim (escapes and entities decoded). */
	quote?: string;
	/** How directly the source supports the claim, when the author says. */
	support?: SupportKind;
	/** Offset of the `@` from the start of the marker. */
	offset: number;
}

/** What a marker says: its sources, the claim's standing, and whether the words are ours. */
export interface MarkerContent {
	citations: Citation[];
	/** `!unconfirmed` or `!disputed`. */
	status?: ClaimStatus;
	/** `!analysis` (our interpretation) or `!note` (a statement about our own reporting). */
	editorial?: Editorial;
}

export type MarkerParse = { ok: true; marker: MarkerContent } | { ok: false; problem: Finding };

/**
 * The longest marker quote, in characters (escapes decoded, white space collapsed). A quote is the words
 * that support one claim; the live explainer's longest is a long sentence, well under this. Without a
 * limit a quote can be an article long, and every check that compares it with the notes grows with it.
 */
export const MAX_QUOTE = 1000;

const LOOSE_ID_CHAR = /[\p{L}\p{N}_.:-]/u;
const WORD_CHAR = /[\p{L}-]/u;
const SPACE = /[ \t\r\n]/;

/** Parse `raw`, the whole marker from `[` to `]`. Offsets in the problem are relative to `raw`. */
export function parseMarker(raw: string): MarkerParse {
	const parser = new MarkerParser(raw);
	try {
		return { ok: true, marker: parser.parse() };
	} catch (error) {
		if (error instanceof Problem) return { ok: false, problem: error.finding };
		throw error;
	}
}

/** Thrown inside the parser to stop at the first problem; never escapes `parseMarker`. */
class Problem {
	readonly finding: Finding;
	constructor(f: Finding) {
		this.finding = f;
	}
}

/** A cursor over one marker; each method consumes one part of the grammar. */
class MarkerParser {
	readonly text: string;
	i = 1;
	constructor(text: string) {
		this.text = text;
	}

	parse(): MarkerContent {
		const marker: MarkerContent = { citations: [] };
		for (;;) {
			this.skipSpace();
			if (this.text[this.i] === '!') this.label(marker);
			else this.citation(marker);
			this.skipSpace();
			const ch = this.text[this.i];
			if (ch === ';') {
				this.i++;
				continue;
			}
			if (ch === ']' && this.i === this.text.length - 1) break;
			if (this.i >= this.text.length) this.fail(0, 'marker-unclosed', 'Unclosed citation marker, expected `]`');
			this.fail(
				this.i,
				'marker-unexpected',
				`Unexpected ${this.describe()} in citation marker, expected \`;\` before another source, \`, "quote"\`, \`, ${SUPPORT_KINDS.join('|')}\` or \`]\``,
			);
		}
		if (marker.citations.length === 0 && !marker.editorial) {
			this.fail(
				1,
				'marker-expected-id',
				'Unexpected marker without a source, expected at least one `@source-id` (a status such as `!disputed` describes what sources say), or `!analysis` / `!note` for our own words',
			);
		}
		return marker;
	}

	/** `@id` with an optional `, "quote"` and `, kind`, in either order. */
	citation(marker: MarkerContent): void {
		const { text } = this;
		if (text[this.i] !== '@') {
			const why =
				marker.citations.length === 0 && !marker.status && !marker.editorial ? 'at the start of a marker' : 'after `;`';
			this.fail(
				this.i,
				'marker-expected-id',
				`Unexpected ${this.describe()} ${why}, expected \`@\` and a source id, as in \`[@source-id]\`, or a label such as \`!disputed\``,
			);
		}
		const at = this.i++;
		const id = this.take(LOOSE_ID_CHAR);
		if (id === '')
			this.fail(
				at,
				'marker-empty-id',
				`Unexpected ${this.describe()} after \`@\`, expected a source id (lowercase letters, digits and hyphens), as in \`[@ap-2025-08-17]\``,
			);
		if (!ID.test(id)) {
			const hint =
				id.toLowerCase() !== id && ID.test(id.toLowerCase()) ? `: did you mean \`${id.toLowerCase()}\`?` : '';
			this.fail(
				at,
				'marker-invalid-id',
				`Unexpected source id \`${id}\`, expected lowercase letters, digits and single hyphens (the file name of \`content/sources/<id>.yaml\`)${hint}`,
			);
		}
		const citation: Citation = { id, offset: at };
		marker.citations.push(citation);
		for (let part = 0; part < 2; part++) {
			this.skipSpace();
			if (text[this.i] !== ',') return;
			this.i++;
			this.skipSpace();
			if (OPEN_QUOTES.has(text[this.i] ?? '') && citation.quote === undefined) this.quote(citation);
			else this.supportKind(citation);
		}
	}

	quote(citation: Citation): void {
		const open = this.i++;
		const end = quoteEnd(this.text, this.i);
		if (end === -1)
			this.fail(
				open,
				'marker-unclosed-quote',
				`Unclosed quote in citation of \`@${citation.id}\`, expected the passage to end with \`"\` followed by \`]\`, \`;\` or \`,\``,
			);
		const quote = decodeQuote(this.text.slice(open + 1, end))
			.replace(/\s+/g, ' ')
			.trim();
		this.i = end + 1;
		if (quote === '')
			this.fail(
				open,
				'marker-empty-quote',
				`Unexpected empty quote for \`@${citation.id}\`, expected the exact words from the source, or no quote at all: \`[@${citation.id}]\``,
			);
		if (quote.length > MAX_QUOTE)
			this.fail(
				open,
				'marker-quote-too-long',
				`Unexpected quote of ${quote.length.toLocaleString('en-GB')} characters for \`@${citation.id}\`, expected at most ${MAX_QUOTE.toLocaleString('en-GB')}: only the words of the source that support the claim, not the passage around them`,
			);
		citation.quote = quote;
	}

	supportKind(citation: Citation): void {
		const at = this.i;
		const word = this.take(WORD_CHAR);
		if (isSupportKind(word) && citation.support === undefined) {
			citation.support = word;
			return;
		}
		const got = word ? `\`${word}\`` : this.describe();
		this.fail(
			at,
			'marker-unknown-label',
			`Unexpected ${got} after \`@${citation.id},\`, expected a quoted passage (\`"exact words"\`) or one of ${SUPPORT_KINDS.map((k) => `\`${k}\``).join(', ')}`,
		);
	}

	/** `!disputed`, `!unconfirmed`, `!analysis` or `!note`: one status and one editorial label at most. */
	label(marker: MarkerContent): void {
		const at = this.i++;
		const word = this.take(WORD_CHAR);
		if (isClaimStatus(word) && marker.status === undefined) {
			marker.status = word;
			return;
		}
		if (isEditorial(word) && marker.editorial === undefined) {
			marker.editorial = word;
			return;
		}
		const known = [...CLAIM_STATUSES, ...EDITORIAL_LABELS].map((s) => `\`!${s}\``).join(', ');
		this.fail(
			at,
			'marker-unknown-label',
			`Unexpected \`!${word}\`, expected one status and one editorial label at most, from ${known}`,
		);
	}

	take(chars: RegExp): string {
		const from = this.i;
		while (this.i < this.text.length && chars.test(this.text[this.i]!)) this.i++;
		return this.text.slice(from, this.i);
	}

	skipSpace(): void {
		while (this.i < this.text.length && SPACE.test(this.text[this.i]!)) this.i++;
	}

	fail(offset: number, ruleId: Finding['ruleId'], reason: string): never {
		throw new Problem(finding(ruleId, reason, offset));
	}

	describe(): string {
		const ch = this.text[this.i];
		if (ch === undefined || (ch === ']' && this.i === this.text.length - 1))
			return ch === undefined ? 'end of marker' : '`]`';
		if (ch === '\n' || ch === '\r') return 'line break';
		// A character that shows as nothing, or only on the one before it: named by its code point.
		if (ch !== ' ' && /[\p{Cf}\p{Mn}\p{Me}\p{Z}\p{Cc}]/u.test(ch)) return `the character ${codePoint(ch)}`;
		return `\`${ch}\``;
	}
}

/** A quote as the reader sees it: `\"` is `"`, `&amp;` is `&`, `&#8217;` is `’`. */
export function decodeQuote(text: string): string {
	return text
		.replace(/\\([!-/:-@[-`{-~\u201C\u201D\u201E])/g, '$1')
		.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, body: string) => {
			if (body.startsWith('#')) {
				const code =
					body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
				return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
			}
			const decoded = decodeNamedCharacterReference(body);
			return decoded === false ? whole : decoded;
		});
}

/** The canonical text of a marker (straight quotes, `; ` between items): the inverse of `parseMarker`. */
export function formatMarker(marker: MarkerContent): string {
	const items = marker.citations.map((c) => {
		let item = `@${c.id}`;
		if (c.quote !== undefined) item += `, "${c.quote.replace(/[\\"&\u201C\u201D\u201E]/g, (ch) => `\\${ch}`)}"`;
		if (c.support !== undefined) item += `, ${c.support}`;
		return item;
	});
	if (marker.status) items.push(`!${marker.status}`);
	if (marker.editorial) items.push(`!${marker.editorial}`);
	return `[${items.join('; ')}]`;
}
