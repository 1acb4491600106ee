/**
 * An article body through the same remark plugins as the site's build
 * (MDX syntax, GFM, citation syntax, punctuation, claims), in-process and
 * without compiling it: for the unit tests of the claims adapter and the
 * content policy, which need no Astro. The site itself compiles articles
 * with @astrojs/mdx (`astro.config.mjs`).
 *
 * What only MDX and Astro turn into HTML is shown plainly here: a block
 * the adapter pre-rendered (`<Fragment set:html>`) as its HTML, and an
 * allowed component as `<div data-component="Name" data-…>` around its
 * children (the real markup is in `src/components/article/`).
 */
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import type { Processor } from 'unified';
import { VFile } from 'vfile';
import type { ArticleClaims } from '../claims/model.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticsOf } from '../diagnostics/vfile-messages.ts';
import type { Element, ElementContent } from 'hast';
import type { State } from 'mdast-util-to-hast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { htmlOfBlock } from './html-block.ts';
import { articleProcessor } from './pipeline.ts';
import type { RemarkClaimsOptions } from './remark-claims.ts';

export interface RenderedArticle {
	html: string;
	claims: ArticleClaims;
	diagnostics: Diagnostic[];
}

/** `---` frontmatter at the very start, after an optional byte-order mark; CRLF or LF. */
const FRONTMATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The frontmatter blanked out, every character but line breaks turned to
 * a space: the body parses alone, and every offset (so every line and
 * column in a message) stays that of the file. A carriage return alone is
 * a line break to the parser too, written as a line feed: it is the
 * frontmatter's problem (its YAML says where), not the body's.
 */
export function blankFrontmatter(text: string): string {
	return text.replace(FRONTMATTER, (block) => block.replace(/\r(?!\n)/g, '\n').replace(/[^\r\n]/g, ' '));
}

/** One processor per set of options: building it costs more than rendering a short article. */
const processors = new WeakMap<object, Processor>();

function processorFor(options: RemarkClaimsOptions): Processor {
	let processor = processors.get(options);
	if (!processor) {
		processor = articleProcessor(options)
			.use(remarkRehype, { allowDangerousHtml: true, handlers: { mdxJsxFlowElement: componentPlaceholder } })
			.use(rehypeStringify, { allowDangerousHtml: true })
			.freeze() as unknown as Processor;
		processors.set(options, processor);
	}
	return processor;
}

/**
 * @param path the file's path as shown in messages
 * @param text the whole file, frontmatter included
 * @param frontmatter its validated frontmatter (the title and corrections are read from it)
 * @param options the same object for every article of a build (it keys the processor cache)
 */
export function renderArticle(
	path: string,
	text: string,
	frontmatter: Record<string, unknown>,
	options: RemarkClaimsOptions,
): RenderedArticle {
	const file = new VFile({ value: blankFrontmatter(text), path, data: { astro: { frontmatter: { ...frontmatter } } } });
	const processor = processorFor(options);
	const tree = processor.parse(file);
	const html = String(processor.stringify(processor.runSync(tree, file), file));
	return { html, claims: (file.data as { claims: ArticleClaims }).claims, diagnostics: diagnosticsOf(file.messages) };
}

/** An allowed component (or a pre-rendered block) as the tests see it; see the file comment. */
function componentPlaceholder(state: State, node: MdxJsxFlowElement): Element | ElementContent {
	const html = htmlOfBlock(node);
	if (html !== undefined) return { type: 'raw', value: html } as unknown as ElementContent;
	const properties: Record<string, string> = { dataComponent: node.name ?? '' };
	for (const a of node.attributes)
		if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string')
			properties[`data-${a.name.toLowerCase()}`] = a.value;
	return { type: 'element', tagName: 'div', properties, children: state.all(node) };
}
