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
import type { Source } from '../schema/source.ts';
import { claimsPlugins } from './pipeline.ts';

type SourceSet = { sources: ReadonlyMap<string, Source>; invalid: ReadonlySet<string> };

/** Rendered texts per source set: an entity's description appears on each of its pages. */
const rendered = new WeakMap<SourceSet, Map<string, string>>();

export function renderCited(markdown: string, title: string, sources: SourceSet): string {
	let cache = rendered.get(sources);
	if (!cache) rendered.set(sources, (cache = new Map()));
	const key = `${title}\u0000${markdown}`;
	let html = cache.get(key);
	if (html === undefined) cache.set(key, (html = renderUncached(markdown, title, sources)));
	return html;
}

function renderUncached(markdown: string, title: string, sources: SourceSet): string {
	const file = new VFile({ value: markdown, data: { astro: { frontmatter: { title } } } });
	const processor = unified()
		.use(remarkParse)
		.use(claimsPlugins({ sources: () => sources, report: () => {} }))
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(rehypeStringify, { allowDangerousHtml: true });
	return String(processor.processSync(file));
}
