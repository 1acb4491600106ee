/**
 * Where MDX would read code, found without asking JavaScript's parser.
 * MDX reads an expression (`{…}` in text, on a line of its own, or as a
 * component's attribute value) to a `}` and asks acorn whether it is
 * complete; if not, it reads on to the next `}` and asks again, from the
 * `{`. It tries every line that starts with `{` as an expression of its
 * own, each to wherever acorn accepts it, and throws the try away when
 * text follows. It reads a line that starts with `import ` or `export `
 * to a blank line and asks acorn the same; if the code has not ended, on
 * to the next blank line, from the start. So the time grows with the
 * square of the text read: `{'` and 16,000 `}` in an attribute held a
 * build for over a minute, 8,000 lines that open a JavaScript comment
 * after a `{` before one line that closes it 52 s, `export const a = [`
 * and 4,000 short paragraphs 14 s. Articles never
 * hold code (the content policy refuses every expression, import and
 * export), so nothing is lost by not reading it to its end.
 *
 * A file where MDX could read more than `MAX_REREAD` characters so (each
 * `{` to each `}` after it, each such line to each blank line after it)
 * is read first by micromark with MDX's expression and component syntax
 * but no acorn, each `{` followed by a `}`, so every expression ends where
 * it starts, and a line where MDX's import/export would start taken as
 * that line alone: linear time. Where
 * MDX starts an expression is decided before any of it is read, and a `}`
 * after a `{` that starts none (in code, escaped, quoted) is text to
 * Markdown, so up to the first piece of code this reading is MDX's own;
 * past it, the file is refused. The article's other syntax (GFM, the
 * citation markers) comes too, so what is code or a quote stays code or a
 * quote: a brace in a fenced block, an inline code span or a marker's
 * quote is not an expression, nor `export` in a fenced block an export.
 */
import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { mdxExpression } from 'micromark-extension-mdx-expression';
import { mdxJsx } from 'micromark-extension-mdx-jsx';
import { mdxMd } from 'micromark-extension-mdx-md';
import { asciiAlpha, markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { citationSyntax } from './citation-syntax.ts';
import { errorPlace } from './error-place.ts';

declare module 'micromark-util-types' {
	interface TokenTypeMap {
		explainerEsmLine: 'explainerEsmLine';
	}
}

/** Code MDX would read: where it starts, and what it is. */
export interface CodeStart {
	offset: number;
	kind: 'expression' | 'attribute' | 'esm';
}

/**
 * What the scan found: the code, or the syntax error it stopped at (placed in the file as written).
 * Read this way, a file differs from MDX's reading only after its first piece of code, so an error
 * is one MDX would raise too, or follows code: either way the file is refused, and MDX need not read it.
 */
export type CodeScan = { code: CodeStart[] } | { error: { reason: string; source: string; place: { offset: number } } };

const KINDS = new Map<string, CodeStart['kind']>([
	['mdxFlowExpression', 'expression'],
	['mdxTextExpression', 'expression'],
	['mdxJsxFlowTagAttributeValueExpression', 'attribute'],
	['mdxJsxTextTagAttributeValueExpression', 'attribute'],
	['mdxJsxFlowTagExpressionAttribute', 'attribute'],
	['mdxJsxTextTagExpressionAttribute', 'attribute'],
	['explainerEsmLine', 'esm'],
]);

/** A line MDX may read as an import or export (micromark drops a byte order mark at the start). */
export const ESM_LINE = /^\uFEFF?(?:import|export) /gm;
/** A line ending then a line of nothing but spaces or tabs (a line ends in LF, CRLF or CR, as micromark reads it). */
const BLANK_LINE = /(?:\r\n?|\n)[ \t]*(?=\r|\n)/g;

/**
 * How much text MDX may read again, in characters, below which it is left to read the file itself (and to
 * report its own problems, which say more): about a second of acorn's time.
 */
export const MAX_REREAD = 50_000_000;

/** The code in the MDX `document` (its frontmatter blanked out), in order. */
export function codeScan(document: string): CodeScan {
	const braces = offsetsOf(document, /\{/g);
	const reread = () =>
		rereadAtMost(braces, offsetsOf(document, /\}/g)) > MAX_REREAD ||
		rereadAtMost(offsetsOf(document, ESM_LINE), offsetsOf(document, BLANK_LINE)) > MAX_REREAD;
	return reread() ? scan(document, braces) : { code: [] };
}

function offsetsOf(document: string, pattern: RegExp): number[] {
	return [...document.matchAll(pattern)].map((match) => match.index);
}

/**
 * The most text MDX could read again: from each place code may start (`starts`), once to each place it may
 * end after it (`ends`), each read as long as from the start to the end. Both lists in order.
 */
function rereadAtMost(starts: readonly number[], ends: readonly number[]): number {
	let total = 0;
	let count = 0;
	let sum = 0;
	let s = 0;
	for (const end of ends) {
		for (; s < starts.length && starts[s]! < end; s++) {
			count += 1;
			sum += starts[s]!;
		}
		total += count * end - sum;
		if (total > MAX_REREAD) break;
	}
	return total;
}

/**
 * A line where MDX's import/export syntax (micromark-extension-mdxjs-esm) would start: at the start of a line
 * where a block may start (not inside a paragraph), the word `import` or `export`, then a space. Only that line
 * is taken; MDX would read on.
 */
const esmLine: Construct = { name: 'explainerEsmLine', tokenize: tokenizeEsmLine, concrete: true };

function tokenizeEsmLine(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
	let word = '';
	const start: State = (code: Code) => {
		if (this.interrupt || this.now().column > 1) return nok(code);
		effects.enter('explainerEsmLine');
		return inWord(code);
	};
	const inWord: State = (code: Code) => {
		if (asciiAlpha(code) && word.length < 6) {
			word += String.fromCharCode(code!);
			effects.consume(code);
			return inWord;
		}
		return (word === 'import' || word === 'export') && code === 32 ? rest(code) : nok(code);
	};
	const rest: State = (code: Code) => {
		if (code === null || markdownLineEnding(code)) {
			effects.exit('explainerEsmLine');
			return ok(code);
		}
		effects.consume(code);
		return rest;
	};
	return start;
}

const extensions: Extension[] = [
	{ flow: { 101: esmLine, 105: esmLine } },
	mdxExpression(),
	mdxJsx(),
	mdxMd(),
	gfm(),
	citationSyntax(),
];

function scan(document: string, braces: readonly number[]): CodeScan {
	const closed = document.replace(/\{/g, '{}');
	// An offset in `closed`, in `document`: less the `}` put in before it (the k-th after `braces[k] + k`).
	const original = (at: number) => {
		let low = 0;
		let high = braces.length;
		while (low < high) {
			const k = (low + high) >> 1;
			if (braces[k]! + k + 1 < at) low = k + 1;
			else high = k;
		}
		return at - low;
	};
	let events;
	try {
		events = postprocess(
			parse({ extensions })
				.document()
				.write(preprocess()(closed, undefined, true)),
		);
	} catch (error) {
		const { offset = 0, reason } = errorPlace(error, closed);
		const source = String((error as { source?: unknown } | null)?.source ?? '');
		const at = original(offset);
		// In a component's tag, what follows an attribute's `{` was read as text after an empty expression:
		// the tag has code, at that `{`.
		const brace = source.includes('mdx-jsx') ? braceInTag(document, at) : undefined;
		if (brace !== undefined) return { code: [{ offset: brace, kind: 'attribute' }] };
		return { error: { reason, source, place: { offset: at } } };
	}
	const code: CodeStart[] = [];
	for (const [kind, token] of events) {
		const found = kind === 'enter' ? KINDS.get(token.type) : undefined;
		if (found) code.push({ offset: original(token.start.offset), kind: found });
	}
	return { code };
}

/** The first `{` outside a quoted value between the `<` that opens the tag `at` is in and `at`, or undefined. */
function braceInTag(document: string, at: number): number | undefined {
	const open = document.lastIndexOf('<', at);
	if (open === -1) return undefined;
	let quote: string | undefined;
	for (let i = open + 1; i < at; i++) {
		const c = document[i]!;
		if (quote) {
			if (c === quote) quote = undefined;
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '{') return i;
	}
	return undefined;
}
