/**
 * Typographic punctuation: remark-smartypants' algorithm, with retext-smartypants doing the work, minus the
 * parses that cannot change anything. Like remark-smartypants 3, it joins the text of every paragraph, heading and
 * table cell into one string (inline code as placeholders of its length, a space where a block starts), so quotes
 * pair across emphasis and links; runs retext-smartypants' quotes over that string, in pieces cut between
 * sentences (`PIECE`); gives each text node its slice back; then runs the dashes, ellipses and backticks over each
 * text node on its own, in pieces too.
 *
 * remark-smartypants runs each of those retext passes, a parse of the text into words and sentences, whatever the
 * text holds, and they were the largest part of compiling an article. A pass changes nothing in a text without a
 * character it rewrites: the quotes pass rewrites only `"` and `'`; the second pass only `--`, ` `` `, `''` and
 * runs of dots (`...`, or dots with white space between). Such texts are left as they are, which is what the pass
 * would return: retext writes back exactly the text it parsed. tests/unit/punctuation.test.ts checks the result
 * against remark-smartypants itself.
 *
 * Upstream: no issue yet. The reports we would file (orgs/remarkjs, remark-smartypants): "Skip the retext passes on
 * text that holds none of the characters they rewrite: each text node is parsed with parse-latin even when it has
 * no dash, dot run or backtick, which costs about as much as the quotes pass over the whole document." And
 * (wooorm/parse-latin): "A sentence's merges are quadratic (`children.splice` in a loop, `indexOf` per node in
 * retext-smartypants' visit) and `push(...children)` overflows the stack past about 120,000 nodes: 352 KB of
 * `a. ` took 67 s."
 */
import type { Nodes, Root } from 'mdast';
import type { Node, Parent } from 'unist';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/** What the quotes pass rewrites. */
const QUOTE = /["']/;
/**
 * What the second pass rewrites: `--`, ` `` `, `''`, and dots that may make an ellipsis (three or more, with or
 * without parse-latin's white space between them).
 */
const DASH_DOTS_TICKS = /--|``|''|\.\.|\.[\s\u0085]+\./;

const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const IGNORED_HTML = new Set(['style', 'script']);

type Literal = Extract<Nodes, { value: string }>;

const isLiteral = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';

/** remark-smartypants' test: text, inline code and the blocks that hold them, outside `<style>` and `<script>`. */
function visited(node: Node, _index: number | undefined, parent: Parent | undefined): boolean {
	if (!parent) return false;
	if (
		parent.type === 'mdxJsxTextElement' &&
		!('name' in parent && typeof parent.name === 'string' && !IGNORED_HTML.has(parent.name))
	)
		return false;
	return VISITED.has(node.type) && (isLiteral(node as Nodes) || BLOCKS.has(node.type));
}

/**
 * Characters of text a pass reads at a time, cut where a sentence ends and the next starts with a capital.
 * parse-latin's time grows with the square of a sentence's length, and the quotes pass reads the text of every
 * block as one: parse-latin makes one sentence of blocks that do not end with a full stop and of sentences that
 * start in lower case: `a b ` 64,000 times took 11 s, `a. ` 120,000 times 67 s, `a -- ` 80,000 times (the dashes
 * pass, on one text) 23 s, and 60,000 words ran it out of stack. A pass reads the same sentences in a piece as in
 * the whole (tests/unit/punctuation.test.ts), and each rule looks at a quote's neighbours only.
 */
export const PIECE = 8000;
/** Where no sentence ends for this long, a piece is cut at a space between words; with none for as long again, anywhere. */
export const MOST = 16_000;

/** remark plugin: smart quotes, dashes and ellipses in the tree's text. */
export function remarkSmartPunctuation(options: { piece?: number; most?: number } = {}) {
	const { piece = PIECE, most = MOST } = options;
	// As remark-smartypants: the quotes first, over all the text; ellipses, dashes and backticks change a text's
	// length, so they come after, in each text node.
	const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
	const others = retext().use(smartypants, { quotes: false });
	const quoted = (text: string) => quotes.processSync(text).toString();
	const other = (text: string) => others.processSync(text).toString();
	return (tree: Root) => {
		let all = '';
		const nodes: Nodes[] = [];
		visit(tree, visited, (node: Nodes) => {
			if (isLiteral(node)) all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
			// A space where a block starts, so a quote there opens.
			else all += ' ';
			nodes.push(node);
		});
		if (QUOTE.test(all)) all = pieces(all, piece, most).map(quoted).join('');
		let start = 0;
		for (const node of nodes) {
			if (!isLiteral(node)) {
				start += 1;
				continue;
			}
			const end = start + node.value.length;
			if (node.type === 'text') {
				const text = all.slice(start, end);
				node.value = DASH_DOTS_TICKS.test(text) ? pieces(text, piece, most).map(other).join('') : text;
			}
			start = end;
		}
	};
}

/** Where a sentence ends (`.`, `!` or `?` and white space) and the next starts with a capital. */
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})/gu;
/** White space between letters or digits: no quote, dash or dot run is beside it. */
const SPACE = /(?<=[\p{L}\p{N}])\s+(?=[\p{L}\p{N}])/gu;

/**
 * `text` cut into pieces of at least `size` characters (the last aside): where a sentence ends and the next starts
 * with a capital, or, past `most` characters without one, after white space (or at `most`, with none for as long again).
 */
function pieces(text: string, size: number, most: number): string[] {
	if (text.length <= size) return [text];
	const cut: string[] = [];
	let from = 0;
	while (text.length - from > size) {
		const sentence = cutAfter(text, from + size, SENTENCE_END);
		const space = sentence !== undefined && sentence <= from + most ? sentence : cutAfter(text, from + most, SPACE);
		// Text with no space for so long is no prose (600 KB of `,-` ran parse-latin out of stack): cut anywhere.
		const to = space !== undefined && space <= from + 2 * most ? space : from + most;
		cut.push(text.slice(from, to));
		from = to;
	}
	if (from < text.length) cut.push(text.slice(from));
	return cut;
}

/** Where the first match of `pattern` at or after `from` ends, or undefined. */
function cutAfter(text: string, from: number, pattern: RegExp): number | undefined {
	pattern.lastIndex = from;
	const found = pattern.exec(text);
	return found ? found.index + found[0].length : undefined;
}
