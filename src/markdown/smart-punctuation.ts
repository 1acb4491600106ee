/**
 * Typographic punctuation: remark-smartypants' algorithm, with retext-smartypants doing the work, minus the
 * parses that cannot change anything. Like remark-smartypants 3, it joins the text of every paragraph, heading and
 * table cell into one string (inline code as placeholders of its length, a space where a block starts), so quotes
 * pair across emphasis and links; runs retext-smartypants' quotes over that string; gives each text node its slice
 * back; then runs the dashes, ellipses and backticks over each text node on its own.
 *
 * remark-smartypants runs each of those retext passes, a parse of the text into words and sentences, whatever the
 * text holds, and they were the largest part of compiling an article. A pass changes nothing in a text without a
 * character it rewrites: the quotes pass rewrites only `"` and `'`; the second pass only `--`, ` `` `, `''` and
 * runs of dots (`...`, or dots with white space between). Such texts are left as they are, which is what the pass
 * would return: retext writes back exactly the text it parsed. tests/unit/punctuation.test.ts checks the result
 * against remark-smartypants itself.
 *
 * Upstream: no issue yet. The report we would file (orgs/remarkjs, remark-smartypants): "Skip the retext passes on
 * text that holds none of the characters they rewrite: each text node is parsed with parse-latin even when it has
 * no dash, dot run or backtick, which costs about as much as the quotes pass over the whole document."
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

/** remark plugin: smart quotes, dashes and ellipses in the tree's text. */
export function remarkSmartPunctuation() {
	// As remark-smartypants: the quotes first, over all the text; ellipses, dashes and backticks change a text's
	// length, so they come after, in each text node.
	const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
	const others = retext().use(smartypants, { quotes: false });
	return (tree: Root) => {
		let all = '';
		const nodes: Nodes[] = [];
		visit(tree, visited, (node: Nodes) => {
			if (isLiteral(node)) all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
			// A space where a block starts, so a quote there opens.
			else all += ' ';
			nodes.push(node);
		});
		if (QUOTE.test(all)) all = quotes.processSync(all).toString();
		let start = 0;
		for (const node of nodes) {
			if (!isLiteral(node)) {
				start += 1;
				continue;
			}
			const end = start + node.value.length;
			if (node.type === 'text') {
				const text = all.slice(start, end);
				node.value = DASH_DOTS_TICKS.test(text) ? others.processSync(text).toString() : text;
			}
			start = end;
		}
	};
}
