/**
 * The places the page fills with notes and markers: `<Notes paragraph>`
 * around a cited paragraph (its notes follow it) and `<Cite claim>` where
 * a marker stands. The compiled article names only ids from its own text;
 * the sources behind them are looked up when the page renders
 * (`src/components/notes/Notes.astro`), so editing a source record
 * compiles no article again.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { PassageNode } from './mdast-nodes.ts';

const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });

/** `<Notes paragraph={id}>…</Notes>`: the paragraph as its children, its notes after it. */
export function notesElement(paragraph: string, children: RootContent[]): MdxJsxFlowElement {
	return {
		type: 'mdxJsxFlowElement',
		name: 'Notes',
		attributes: [attribute('paragraph', paragraph)],
		children,
	} as never;
}

function cite(claim: string): MdxJsxTextElement {
	return { type: 'mdxJsxTextElement', name: 'Cite', attributes: [attribute('claim', claim)], children: [] };
}

function fragment(html: string): MdxJsxTextElement {
	return { type: 'mdxJsxTextElement', name: 'Fragment', attributes: [attribute('set:html', html)], children: [] };
}

const citeOf = (node: ElementContent): string | undefined =>
	node.type === 'element' && node.tagName === 'sup' && typeof node.properties.dataCite === 'string'
		? node.properties.dataCite
		: undefined;

/**
 * A paragraph rendered to HTML once, cut at its markers: the HTML before,
 * between and after them as strings (the first opens the `<p>`, the last
 * closes it), and a `<Cite>` for each marker. Concatenated by the page,
 * they are the paragraph as one string would be.
 */
export function splitAtCites(p: Element): RootContent[] {
	const whole = toHtml({ ...p, children: [] });
	const close = `</${p.tagName}>`;
	const out: MdxJsxTextElement[] = [];
	let html = whole.slice(0, -close.length);
	for (const child of p.children) {
		const claim = citeOf(child);
		if (claim === undefined) {
			html += toHtml(child);
			continue;
		}
		out.push(fragment(html), cite(claim));
		html = '';
	}
	out.push(fragment(html + close));
	return out as never;
}

/** A paragraph kept as a tree (footnotes, images): its markers become `<Cite>` in place. */
export function citeElements(passage: PassageNode): PassageNode {
	const children = passage.children.map((child): PhrasingContent => {
		const props = child.type === 'hastElement' ? child.data.hProperties : undefined;
		return typeof props?.dataCite === 'string' ? (cite(props.dataCite) as never) : child;
	});
	return { ...passage, children };
}
