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
 * verbatim. Where a marker starts and ends is the one marker lexer's
 * (`claims/marker-lexer.ts`); what it says is read by
 * `claims/marker-grammar.ts`.
 */
import type { Literal } from 'mdast';
import type { Extension as FromMarkdownExtension, CompileContext, Token as MdastToken } from 'mdast-util-from-markdown';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { lex, type LexState } from '../claims/marker-lexer.ts';

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
const LEFT_PAREN = 40;

/** micromark's code as the lexer's character: line endings as `\n`, a tab or virtual space as itself. */
function charOf(code: Code): string | null {
	if (code === null) return null;
	if (code < -2) return '\n';
	if (code === -2) return '\t';
	if (code === -1) return ' ';
	return String.fromCodePoint(code);
}

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

/**
 * Where a marker's scan was rejected, by text tokenizer: each `[` a rejected scan passed, with the
 * lexer's state after it. The lexer reads the same characters from there whatever scan reaches it, so a
 * later scan that comes to one of these `[` in the same state is rejected there too, without reading on
 * to the end of the paragraph again. Without it, a paragraph of 3,000 `[!a "x] ` (a quote the lexer
 * never sees close, so each marker is read to the paragraph's end) took 5 s to parse for 64 KB, and
 * 13 s with each on its own line: the markers times the paragraph.
 */
const rejectedAt = new WeakMap<TokenizeContext, Set<string>>();

function rejectedIn(context: TokenizeContext): Set<string> {
	let rejected = rejectedAt.get(context);
	if (!rejected) rejectedAt.set(context, (rejected = new Set()));
	return rejected;
}

/**
 * micromark's side of the marker: the lexer (`claims/marker-lexer.ts`)
 * decides each character; this only makes the tokens, with line endings as
 * their own tokens as micromark requires.
 */
function tokenizeCitation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
	const known = rejectedIn(this);
	const offset = () => this.now().offset;
	/** The `[` this scan passed after its own, each as its offset and the state after it. */
	const passed: string[] = [];
	let state: LexState = 'start';
	return start;

	function start(code: Code): State | undefined {
		if (code !== LEFT_BRACKET) return nok(code);
		effects.enter('citationMarker');
		effects.enter('citationMarkerChunk');
		return next(code);
	}

	function next(code: Code): State | undefined {
		const step = lex(state, charOf(code));
		if (step === 'reject') return reject(code);
		if (code === LEFT_BRACKET && state !== 'start' && step !== 'end') {
			const key = `${offset()} ${step}`;
			if (known.has(key)) return reject(code);
			passed.push(key);
		}
		if (code !== null && code < -2) {
			effects.exit('citationMarkerChunk');
			effects.enter('lineEnding');
			effects.consume(code);
			effects.exit('lineEnding');
			effects.enter('citationMarkerChunk');
		} else effects.consume(code);
		if (step === 'end') {
			effects.exit('citationMarkerChunk');
			effects.exit('citationMarker');
			return after;
		}
		state = step;
		return next;
	}

	function reject(code: Code): State | undefined {
		for (const key of passed) known.add(key);
		return nok(code);
	}

	/** `[@user](https://…)` is a link, not a marker. */
	function after(code: Code): State | undefined {
		return code === LEFT_PAREN ? reject(code) : ok(code);
	}
}
