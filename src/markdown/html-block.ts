/**
 * A block the claims adapter has already rendered to HTML, carried through
 * the rest of the pipeline untouched: an explainer's paragraphs and notes
 * are most of its tree, and serialising them once, as they are made, is
 * cheaper than carrying them as hast to the end. It travels as an MDX
 * element (`<Fragment set:html="…" />`) because that is a node every
 * stage passes through as it is; `rehypeHtmlBlocks` writes it out.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

export interface HtmlBlockNode extends Node {
	type: 'mdxJsxFlowElement';
	name: 'Fragment';
	attributes: [{ type: 'mdxJsxAttribute'; name: 'set:html'; value: string }];
	children: [];
}

/** A block of HTML: elements to serialise, and strings that are HTML already. */
export function htmlBlock(parts: (Element | string)[]): HtmlBlockNode {
	const value = parts.map((p) => (typeof p === 'string' ? p : toHtml(p))).join('');
	return { type: 'mdxJsxFlowElement', name: 'Fragment', attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value }], children: [] };
}

export function isHtmlBlock(node: { type: string; name?: unknown; attributes?: unknown }): node is HtmlBlockNode {
	return node.type === 'mdxJsxFlowElement' && node.name === 'Fragment' && Array.isArray(node.attributes) && (node.attributes as { name?: string }[])[0]?.name === 'set:html';
}

/**
 * At the end of the pipeline (articles, entity descriptions): turn each
 * block into raw HTML for rehype-stringify (`allowDangerousHtml: true`),
 * and drop any other MDX element (the content policy has reported it).
 * Use with remark-rehype's `passThrough: ['mdxJsxFlowElement']`.
 */
export function rehypeHtmlBlocks() {
	return (tree: HastRoot) => {
		visit(tree, (node, index, parent) => {
			if (!parent || index === undefined || node.type !== ('mdxJsxFlowElement' as string)) return undefined;
			if (isHtmlBlock(node as never)) parent.children[index] = { type: 'raw', value: (node as unknown as HtmlBlockNode).attributes[0].value } as never;
			else parent.children.splice(index, 1);
			return index;
		});
	};
}
