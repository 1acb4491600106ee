/**
 * Article images. `<Figure src alt caption credit />` and `![alt](./x.jpg)`
 * both reach Astro as Markdown image nodes, so its own image path
 * (remark-collect-images, then astro:assets) imports, optimises and sizes
 * them. A figure's credit may cite its source like any sentence.
 */
import type { Root as HastRoot } from 'hast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { h } from 'hastscript';
import type { PhrasingContent, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { PAGE_NOTES, type Piece } from '../claims/block.ts';
import { notesElement } from './page-notes.ts';
import { splitMarkers } from '../claims/marker-lexer.ts';
import { citeBlock, strayMarkers, type Walk } from './claims-walk.ts';
import { isAcceptedImage } from './content-policy.ts';
import { htmlBlock } from './html-block.ts';

/**
 * The widths an article image is made in, and the space it takes: the
 * prose column on wide screens, the window on phones. Astro's image
 * service writes each width and the `srcset`; the file's own size sets
 * `width` and `height`, so nothing shifts as it loads.
 */
export const IMAGE_PROPS = { widths: '400 640 960 1280', sizes: '(min-width: 48rem) 38rem, 100vw' };

/**
 * `<Figure src alt caption credit />` becomes the component around a
 * Markdown image: Astro's own image path (remark-collect-images, then
 * astro:assets) imports, optimises and sizes it, as for `![alt](./x.jpg)`.
 * A figure whose `src` the policy did not accept has no image, so MDX
 * imports nothing for it. The credit is handed on as HTML we made (`creditHtml`),
 * its text escaped; returns the credit's notes, if it cites anything.
 */
export function figure(node: MdxJsxFlowElement, context: { section: string }, walk: Walk): RootContent | undefined {
	const attribute = (name: string) => node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
	const value = (name: string) => {
		const a = attribute(name);
		return a && typeof a.value === 'string' ? a.value : undefined;
	};
	const [src, alt, caption, credit] = [value('src'), value('alt') ?? '', value('caption'), value('credit')];
	// Read before the attributes are replaced below. Every `src` must have been accepted (a second one is refused).
	const sources = node.attributes.filter((x) => x.type === 'mdxJsxAttribute' && x.name === 'src');
	const accepted = src !== undefined && sources.length === 1 && isAcceptedImage(sources[0]!);
	const cited = credit
		? citedCredit(credit, valueOffset(attribute('credit'), walk.source), context.section, walk)
		: undefined;
	node.attributes = [
		...(caption ? [{ type: 'mdxJsxAttribute' as const, name: 'caption', value: caption }] : []),
		...(cited ? [{ type: 'mdxJsxAttribute' as const, name: 'creditHtml', value: cited.html }] : []),
	];
	node.children = accepted ? [{ type: 'paragraph', children: [imageNode(src, alt)] }] : [];
	if (cited?.notes === PAGE_NOTES && cited.id) return notesElement(cited.id, []);
	return cited?.notes ? htmlBlock([cited.notes]) : undefined;
}

/** Where an attribute's value starts in the file: after `name="`. */
function valueOffset(
	attribute: MdxJsxFlowElement['attributes'][number] | undefined,
	source: string,
): number | undefined {
	const start = attribute?.position?.start.offset;
	if (start === undefined) return undefined;
	const opening = /^[^=]*=\s*["']/.exec(source.slice(start));
	return opening ? start + opening[0].length : undefined;
}

/**
 * A credit, like any sentence, may carry a citation marker (`credit="Photo:
 * Jane Roe / Example Agency [@agency-photo]"`): its markers become claims
 * and notes, as in a paragraph, but a credit without one is not uncited.
 */
function citedCredit(
	credit: string,
	offset: number | undefined,
	section: string,
	walk: Walk,
): { html: string; notes?: string; id?: string } {
	const parts = splitMarkers(credit);
	for (const part of parts)
		if (part.kind === 'text' && offset !== undefined) strayMarkers(part.value, offset + part.at, walk);
	if (!parts.some((part) => part.kind === 'marker')) return { html: toHtml(h('span.credit', credit)) };
	const pieces: Piece<PhrasingContent>[] = parts.map((part) =>
		part.kind === 'marker'
			? { kind: 'marker', raw: part.value, offset: (offset ?? 0) + part.at }
			: { kind: 'text', value: part.value, ...(offset !== undefined ? { offset: offset + part.at } : {}) },
	);
	const { result, passage: span } = citeBlock(pieces, section, false, walk);
	span.data.hName = 'span';
	span.data.hProperties = { ...span.data.hProperties, className: ['credit'] };
	const html = toHtml((toHast({ type: 'root', children: [span] }) as HastRoot).children[0]!);
	return { html, id: result.passage.id, ...(result.notes ? { notes: result.notes } : {}) };
}

export function imageNode(url: string, alt: string): PhrasingContent {
	return { type: 'image', url, alt, data: { hProperties: { ...IMAGE_PROPS } } };
}
