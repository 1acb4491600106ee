/**
 * A block the claims adapter has already rendered to HTML: an explainer's
 * paragraphs and notes are most of its tree, and serialising them once, as
 * they are made, is cheaper than carrying them as hast to the end.
 *
 * It is `<Fragment set:html="…" />` in the MDX tree: MDX compiles it to one
 * call with a string literal (the same form @astrojs/mdx's `optimize` makes),
 * not to hundreds of JSX elements. An mdast `html` node would not do:
 * @astrojs/mdx runs rehype-raw, which parses it back into elements, and the
 * content policy rejects author HTML anyway. Author text only ever reaches
 * this node escaped by `toHtml`, inside a string: it never becomes code.
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

/** A block of HTML: elements to serialise, and strings that are HTML already. */
export function htmlBlock(parts: (Element | string)[]): MdxJsxFlowElement {
	const value = parts.map((p) => (typeof p === 'string' ? p : toHtml(p))).join('');
	return {
		type: 'mdxJsxFlowElement',
		name: 'Fragment',
		attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value }],
		children: [],
	};
}

/** The HTML of a block made by `htmlBlock`, or undefined for any other node. */
export function htmlOfBlock(node: { type: string; name?: string | null; attributes?: unknown[] }): string | undefined {
	if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Fragment') return undefined;
	const attribute = (node.attributes as { type: string; name?: string; value?: unknown }[] | undefined)?.find(
		(a) => a.type === 'mdxJsxAttribute' && a.name === 'set:html',
	);
	return typeof attribute?.value === 'string' ? attribute.value : undefined;
}
