/**
 * Citation markers as Markdown syntax: a micromark extension that finds
 * `[@…]` and `[!…]` in text, and the mdast extension that turns each one
 * into a `citation` node holding the marker's exact source text.
 *
 * Making markers part of the parse (as remark-directive does for
 * directives) means the Markdown parser decides where they are: `\[@a]`
 * is escaped text, `` `[@a]` `` is code, `[@user](https://…)` is still a
 * link, and a quote may hold `<`, `{` or `*` without MDX or emphasis
 * reading them. Smart punctuation never touches a marker, so quotes stay
 * verbatim. What a marker says is read by `claims/marker-grammar.ts`.
 */
import type { Literal } from 'mdast';
import type { Extension as FromMarkdownExtension, CompileContext, Token as MdastToken } from 'mdast-util-from-markdown';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

/** A citation marker in the tree: `value` is its source text, from `[` to `]`. */
export interface Citation extends Literal {
	type: 'citation';
}

declare module 'mdast' {
	interface PhrasingContentMap {
		citation: Citation;
	}
	interface RootContentMap {
		citation: Citation;
	}
}

declare module 'micromark-util-types' {
	interface TokenTypeMap {
		citationMarker: 'citationMarker';
		citationMarkerChunk: 'citationMarkerChunk';
	}
}

const LEFT_BRACKET = 91;
const RIGHT_BRACKET = 93;
const LEFT_PAREN = 40;
const AT = 64;
const BANG = 33;
const BACKSLASH = 92;
const QUOTE = 34;
const OPEN_QUOTES = new Set([QUOTE, 0x201c, 0x201d, 0x201e]);
const CLOSE_QUOTES = new Set([QUOTE, 0x201d, 0x201c]);

const isLineEnding = (code: Code) => code !== null && code < -2;
const isSpace = (code: Code) => code === -2 || code === -1 || code === 32;
const isAsciiAlpha = (code: Code) => code !== null && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122));

/** Looks past a closing quote: spaces or line breaks, then `;`, `,` or `]`. */
const quoteClose: Construct = { name: 'citationQuoteClose', partial: true, tokenize: tokenizeQuoteClose };

const citationMarker: Construct = { name: 'citationMarker', tokenize: tokenizeCitation };

/** The micromark extension. Its construct runs before links, so `[@` is tried as a marker first. */
export function citationSyntax(): Extension {
	return { text: { [LEFT_BRACKET]: citationMarker } };
}

/** The mdast extension: one `citation` node per marker. */
export function citationFromMarkdown(): FromMarkdownExtension {
	return {
		enter: {
			citationMarker(this: CompileContext, token: MdastToken) {
				this.enter({ type: 'citation', value: '' } as never, token);
			},
		},
		exit: {
			citationMarker(this: CompileContext, token: MdastToken) {
				const node = this.stack.at(-1) as unknown as Citation;
				node.value = this.sliceSerialize(token);
				this.exit(token);
			},
		},
	};
}

function tokenizeCitation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
	return start;

	function start(code: Code): State | undefined {
		if (code !== LEFT_BRACKET) return nok(code);
		effects.enter('citationMarker');
		effects.enter('citationMarkerChunk');
		effects.consume(code);
		return open;
	}

	/** After `[`: optional spaces, then `@` (a source) or `!` and a letter (a label). */
	function open(code: Code): State | undefined {
		if (isSpace(code)) {
			effects.consume(code);
			return open;
		}
		if (code === AT) {
			effects.consume(code);
			return body;
		}
		if (code === BANG) {
			effects.consume(code);
			return label;
		}
		return nok(code);
	}

	function label(code: Code): State | undefined {
		return isAsciiAlpha(code) ? body(code) : nok(code);
	}

	function body(code: Code): State | undefined {
		if (code === null || code === LEFT_BRACKET) return nok(code);
		if (isLineEnding(code)) return lineEnding(code, body);
		if (code === RIGHT_BRACKET) {
			effects.consume(code);
			effects.exit('citationMarkerChunk');
			effects.exit('citationMarker');
			return after;
		}
		effects.consume(code);
		return OPEN_QUOTES.has(code) ? quote : body;
	}

	function quote(code: Code): State | undefined {
		if (code === null) return nok(code);
		if (isLineEnding(code)) return lineEnding(code, quote);
		if (code === BACKSLASH) {
			effects.consume(code);
			return escaped;
		}
		if (code === LEFT_BRACKET) {
			effects.consume(code);
			return quoteBracket;
		}
		if (CLOSE_QUOTES.has(code)) return effects.check(quoteClose, closing, inside)(code);
		effects.consume(code);
		return quote;
	}

	function closing(code: Code): State | undefined {
		effects.consume(code);
		return body;
	}

	function inside(code: Code): State | undefined {
		effects.consume(code);
		return quote;
	}

	function escaped(code: Code): State | undefined {
		if (code === null || isLineEnding(code)) return quote(code);
		effects.consume(code);
		return quote;
	}

	/** `[@` inside a quote means the quote never closed: this is not one marker. */
	function quoteBracket(code: Code): State | undefined {
		return code === AT ? nok(code) : quote(code);
	}

	function lineEnding(code: Code, then: State): State | undefined {
		effects.exit('citationMarkerChunk');
		effects.enter('lineEnding');
		effects.consume(code);
		effects.exit('lineEnding');
		effects.enter('citationMarkerChunk');
		return then;
	}

	/** `[@user](https://…)` is a link, not a marker. */
	function after(code: Code): State | undefined {
		return code === LEFT_PAREN ? nok(code) : ok(code);
	}
}

function tokenizeQuoteClose(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
	return start;

	function start(code: Code): State | undefined {
		effects.enter('citationMarkerChunk');
		effects.consume(code);
		return rest;
	}

	function rest(code: Code): State | undefined {
		if (isSpace(code) || isLineEnding(code)) {
			effects.consume(code);
			return rest;
		}
		effects.exit('citationMarkerChunk');
		return code === 59 || code === 44 || code === RIGHT_BRACKET ? ok(code) : nok(code);
	}
}
