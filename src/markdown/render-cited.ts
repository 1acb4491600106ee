/**
 * Render a short Markdown text with citation markers (an entity's
 * description) through the same plugins as articles, to HTML: the same
 * markers, notes and labels. Problems were already reported, with their
 * positions in the YAML, when the entities were loaded.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { ArticleClaims } from '../claims/model.ts';
import type { Source } from '../schema/source.ts';
import { htmlOfBlock } from './html-block.ts';
import { claimsPlugins } from './pipeline.ts';

type SourceSet = { sources: ReadonlyMap<string, Source>; invalid: ReadonlySet<string> };

/** The text as HTML, and the ids of the sources it cites (in marker order). */
export function renderCited(markdown: string, title: string, sources: SourceSet): { html: string; cites: string[] } {
	const file = new VFile({ value: markdown, data: { astro: { frontmatter: { title } } } });
	const processor = unified()
		.use(remarkParse)
		.use(claimsPlugins({ sources: () => sources }))
		// The adapter's pre-rendered blocks are HTML already.
		.use(remarkRehype, {
			allowDangerousHtml: true,
			handlers: { mdxJsxFlowElement: (_state, node) => ({ type: 'raw', value: htmlOfBlock(node) ?? '' }) as never },
		})
		.use(rehypeStringify, { allowDangerousHtml: true });
	const html = String(processor.processSync(file));
	return { html, cites: (file.data as { claims?: ArticleClaims }).claims?.sourceOrder ?? [] };
}
