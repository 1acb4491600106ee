/**
 * Render a short Markdown text with citation markers (an entity's
 * description) through the same plugins as articles, to HTML: the same
 * markers, notes and labels. Problems were already reported, with their
 * positions in the YAML, when the entities were loaded.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Source } from '../schema/source.ts';
import { rehypeHtmlBlocks } from './html-block.ts';
import { claimsPlugins } from './pipeline.ts';

export function renderCited(markdown: string, title: string, sources: { sources: ReadonlyMap<string, Source>; invalid: ReadonlySet<string> }): string {
	const file = new VFile({ value: markdown, data: { astro: { frontmatter: { title } } } });
	const processor = unified()
		.use(remarkParse)
		.use(remarkSmartypants)
		.use(claimsPlugins({ sources: () => sources, report: () => {} }))
		.use(remarkRehype, { passThrough: ['mdxJsxFlowElement'] })
		.use(rehypeHtmlBlocks)
		.use(rehypeStringify, { allowDangerousHtml: true });
	return String(processor.processSync(file));
}
