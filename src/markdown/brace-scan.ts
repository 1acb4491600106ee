/**
 * Where MDX would read code (`{…}` in text, on a line of its own, or as a
 * component's attribute value), found without asking JavaScript's parser.
 * MDX reads an expression to a `}` and asks acorn whether it is complete;
 * if not, it reads on to the next `}` and asks again, from the `{`: the
 * time grows with the number of `}` times the length read (`{'` and 16 KB
 * of `}` in a component's attribute held a build for over a minute).
 * Articles never hold code (the content policy refuses every expression),
 * so nothing is lost by not reading one to its end.
 *
 * When a file has more `}` after its first `{` than any sentence needs,
 * it is read first by micromark with MDX's expression and component syntax
 * but no acorn (each expression ends where its braces balance: linear
 * time), and with the article's other syntax (GFM, the citation markers),
 * so what is code or a quote stays code or a quote: a brace in a fenced
 * block, an inline code span or a marker's quote is not an expression. If
 * that finds no expression, nor does MDX. (Without acorn there is no
 * `import`/`export` syntax: a brace on such a line is found as an
 * expression, and reported as one; either way the article is refused.)
 */
import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { mdxExpression } from 'micromark-extension-mdx-expression';
import { mdxJsx } from 'micromark-extension-mdx-jsx';
import { mdxMd } from 'micromark-extension-mdx-md';
import { citationSyntax } from './citation-syntax.ts';

/** `}` after a file's first `{` below which MDX is left to find its expressions itself. */
export const MAX_CLOSING_BRACES = 64;

/** An expression MDX would read: where its `{` is, and whether it is a component's attribute. */
export interface BraceExpression {
	offset: number;
	attribute: boolean;
}

/**
 * What the scan found: the expressions, or the syntax error it stopped at. Read without acorn, a
 * file differs from MDX's reading only after its first expression, so an error is one MDX would
 * raise too, or follows an expression: either way the file is refused, and MDX need not read it.
 */
export type BraceScan = { expressions: BraceExpression[] } | { error: unknown };

const EXPRESSION = /^(?:mdxFlowExpression|mdxTextExpression)$/;
const ATTRIBUTE = /^mdxJsx(?:Flow|Text)Tag(?:AttributeValueExpression|ExpressionAttribute)$/;

const extensions = [mdxExpression(), mdxJsx(), mdxMd(), gfm(), citationSyntax()];

/**
 * The expressions in the MDX `document` (its frontmatter blanked out), in order, when it has more than
 * `MAX_CLOSING_BRACES` `}` after its first `{`; else none (MDX reads so few quickly, and reports them itself).
 */
export function braceScan(document: string): BraceScan {
	const first = document.indexOf('{');
	if (first === -1) return { expressions: [] };
	let closing = 0;
	for (let at = document.indexOf('}', first); at !== -1; at = document.indexOf('}', at + 1)) {
		if (++closing > MAX_CLOSING_BRACES) return scan(document);
	}
	return { expressions: [] };
}

function scan(document: string): BraceScan {
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
	const expressions: BraceExpression[] = [];
	for (const [kind, token] of events) {
		if (kind !== 'enter') continue;
		const attribute = ATTRIBUTE.test(token.type);
		if (attribute || EXPRESSION.test(token.type)) expressions.push({ offset: token.start.offset, attribute });
	}
	return { expressions };
}
