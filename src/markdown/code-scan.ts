/**
 * Where MDX would read code, found without asking JavaScript's parser.
 * MDX reads an expression (`{…}` in text, on a line of its own, or as a
 * component's attribute value) to a `}` and asks acorn whether it is
 * complete; if not, it reads on to the next `}` and asks again, from the
 * `{`. It reads a line that starts with `import ` or `export ` to a blank
 * line and asks acorn the same; if the code has not ended, on to the next
 * blank line, from the start. The time grows with the number of `}` or
 * blank lines times the length read: `{'` and 16,000 `}` in an attribute
 * held a build for over a minute, `export const a = [` and 4,000 short
 * paragraphs (16 KB) for 14 s. Articles never hold code (the content policy
 * refuses every expression, import and export), so nothing is lost by not
 * reading it to its end.
 *
 * When a file has more of either than any article needs, it is read first
 * by micromark with MDX's expression and component syntax but no acorn
 * (each expression ends where its braces balance), and a line that starts
 * an import or export where MDX would start one taken as that line alone:
 * linear time. The article's other syntax (GFM, the citation markers)
 * comes too, so what is code or a quote stays code or a quote: a brace in a
 * fenced block, an inline code span or a marker's quote is not an
 * expression, nor `export` in a fenced block an export. Up to the first
 * piece of code, this reading is MDX's own; past it, the file is refused.
 */
import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { mdxExpression } from 'micromark-extension-mdx-expression';
import { mdxJsx } from 'micromark-extension-mdx-jsx';
import { mdxMd } from 'micromark-extension-mdx-md';
import { asciiAlpha, markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { citationSyntax } from './citation-syntax.ts';

declare module 'micromark-util-types' {
	interface TokenTypeMap {
		explainerEsmLine: 'explainerEsmLine';
	}
}

/** `}` after a file's first `{`, or blank lines after its first `import `/`export ` line, MDX is left to read itself. */
export const MAX_CODE_ENDS = 64;

/** Code MDX would read: where it starts, and what it is. */
export interface CodeStart {
	offset: number;
	kind: 'expression' | 'attribute' | 'esm';
}

/**
 * What the scan found: the code, or the syntax error it stopped at. Read without acorn, a file
 * differs from MDX's reading only after its first piece of code, so an error is one MDX would
 * raise too, or follows code: either way the file is refused, and MDX need not read it.
 */
export type CodeScan = { code: CodeStart[] } | { error: unknown };

const KINDS = new Map<string, CodeStart['kind']>([
	['mdxFlowExpression', 'expression'],
	['mdxTextExpression', 'expression'],
	['mdxJsxFlowTagAttributeValueExpression', 'attribute'],
	['mdxJsxTextTagAttributeValueExpression', 'attribute'],
	['mdxJsxFlowTagExpressionAttribute', 'attribute'],
	['mdxJsxTextTagExpressionAttribute', 'attribute'],
	['explainerEsmLine', 'esm'],
]);

const ESM_LINE = /^(?:import|export) /m;
/** A line ending then a line of nothing but spaces or tabs (a line ends in LF, CRLF or CR, as micromark reads it). */
const BLANK_LINE = /(?:\r\n?|\n)[ \t]*(?=\r|\n)/g;

/**
 * The code in the MDX `document` (its frontmatter blanked out), in order, when it has more than
 * `MAX_CODE_ENDS` places where MDX would ask acorn again; else none (MDX reads so few quickly, and
 * reports them itself).
 */
export function codeScan(document: string): CodeScan {
	return manyEnds(document, document.indexOf('{'), /\}/g) ||
		manyEnds(document, ESM_LINE.exec(document)?.index, BLANK_LINE)
		? scan(document)
		: { code: [] };
}

function manyEnds(document: string, from: number | undefined, end: RegExp): boolean {
	if (from === undefined || from === -1) return false;
	end.lastIndex = from;
	let count = 0;
	while (end.exec(document)) if (++count > MAX_CODE_ENDS) return true;
	return false;
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

function scan(document: string): CodeScan {
	let events;
	try {
		events = postprocess(
			parse({ extensions })
				.document()
				.write(preprocess()(document, undefined, true)),
		);
	} catch (error) {
		return { error };
	}
	const code: CodeStart[] = [];
	for (const [kind, token] of events) {
		const found = kind === 'enter' ? KINDS.get(token.type) : undefined;
		if (found) code.push({ offset: token.start.offset, kind: found });
	}
	return { code };
}
