/**
 * The one lexer of citation markers: where a `[@…]` or `[!…]` starts, where
 * it ends and where a quote inside it ends, as a step function over one
 * character at a time. The Markdown syntax (`markdown/citation-syntax.ts`)
 * feeds it micromark's codes as they stream past; the marker grammar
 * (`marker-grammar.ts`) and the search for markers the parser left
 * unclosed feed it strings. So all three agree on what a marker is: a
 * quote closes at a closing quote mark followed (after spaces) by `;`, `,`
 * or `]`, a `\` escapes the next character, and `[@` inside a quote means
 * the quote never closed.
 */

export const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', '\u201C', '\u201D', '\u201E']);
export const CLOSE_QUOTES: ReadonlySet<string> = new Set(['"', '\u201D', '\u201C']);

/** Where the lexer is: before `[`, after it, in a label's first letter, in the body, in a quote… */
export type LexState = 'start' | 'open' | 'label' | 'body' | 'quote' | 'escaped' | 'quote-bracket' | 'closing';

/** The next state; `end` once the closing `]` is taken, `reject` when this is not a marker. */
export type LexStep = LexState | 'end' | 'reject';

const isBlank = (ch: string) => ch === ' ' || ch === '\t';
const isSpace = (ch: string) => isBlank(ch) || ch === '\n' || ch === '\r';
const isAsciiLetter = (ch: string) => /^[A-Za-z]$/.test(ch);

/**
 * One step: the state after `ch` in `state`. `ch` is one character (a line
 * ending as `\n`), or null at the end of the text, which no marker survives.
 */
export function lex(state: LexState, ch: string | null): LexStep {
	if (ch === null) return 'reject';
	switch (state) {
		case 'start':
			return ch === '[' ? 'open' : 'reject';
		case 'open':
			// Spaces, then `@` and a source, or `!` and a label.
			if (isBlank(ch)) return 'open';
			return ch === '@' ? 'body' : ch === '!' ? 'label' : 'reject';
		case 'label':
			return isAsciiLetter(ch) ? 'body' : 'reject';
		case 'body':
			if (ch === '[') return 'reject';
			if (ch === ']') return 'end';
			return OPEN_QUOTES.has(ch) ? 'quote' : 'body';
		case 'quote':
			if (ch === '\\') return 'escaped';
			if (ch === '[') return 'quote-bracket';
			return CLOSE_QUOTES.has(ch) ? 'closing' : 'quote';
		case 'escaped':
			return ch === '\n' || ch === '\r' ? lex('quote', ch) : 'quote';
		case 'quote-bracket':
			return ch === '@' ? 'reject' : lex('quote', ch);
		case 'closing':
			// After a closing mark: the quote has closed if `;`, `,` or `]` follows; otherwise the mark was part of it.
			if (isSpace(ch)) return 'closing';
			if (ch === ';' || ch === ',') return 'body';
			return ch === ']' ? 'end' : lex('quote', ch);
	}
}

/** Whether a marker opens at `at` in `text`: `[`, optional spaces, then `@`, or `!` and a letter. */
export function opensMarker(text: string, at: number): boolean {
	let state: LexState = 'start';
	for (let i = at; i < text.length; i++) {
		const next = lex(state, text[i]!);
		if (next === 'body') return true;
		if (next === 'reject' || next === 'end') return false;
		state = next;
	}
	return false;
}

/**
 * Offset of the closing mark of a quote whose text starts at `from`, or -1
 * if the quote never closes. Passages may hold brackets (`[which would be]`)
 * and inner quotes.
 */
export function quoteEnd(text: string, from: number): number {
	let state: LexState = 'quote';
	let mark = -1;
	for (let i = from; i < text.length; i++) {
		const next = lex(state, text[i]!);
		if (next === 'reject') return -1;
		if (next === 'body' || next === 'end') return mark;
		// Each closing mark is the candidate until `;`, `,` or `]` confirms one (spaces keep it).
		if (next === 'closing' && CLOSE_QUOTES.has(text[i]!)) mark = i;
		state = next;
	}
	return -1;
}

/** The end of a marker that opens at `at` (the offset after its `]`), or -1 if none closes. */
export function markerEnd(text: string, at: number): number {
	let state: LexState = 'start';
	for (let i = at; i < text.length; i++) {
		const next = lex(state, text[i]!);
		if (next === 'end') return i + 1;
		if (next === 'reject') return -1;
		state = next;
	}
	return -1;
}

/**
 * Plain text (an attribute, where no Markdown parser runs) cut into its
 * text and its whole markers, each with its offset in `text`. A `\[` is text.
 */
export function splitMarkers(text: string): { kind: 'text' | 'marker'; value: string; at: number }[] {
	const out: { kind: 'text' | 'marker'; value: string; at: number }[] = [];
	let from = 0;
	for (let at = text.indexOf('['); at !== -1; at = text.indexOf('[', at + 1)) {
		const end = text[at - 1] === '\\' ? -1 : markerEnd(text, at);
		if (end === -1) continue;
		if (at > from) out.push({ kind: 'text', value: text.slice(from, at), at: from });
		out.push({ kind: 'marker', value: text.slice(at, end), at });
		from = end;
		at = end - 1;
	}
	if (from < text.length) out.push({ kind: 'text', value: text.slice(from), at: from });
	return out;
}
