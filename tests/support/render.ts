/**
 * Render Markdown through the stages Astro's MDX pipeline runs (MDX syntax,
 * GFM, smart punctuation), then the site's own plugins, to HTML: for unit
 * tests of the claims adapter that need no build.
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { ArticleClaims } from '../../src/claims/model.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { loadSources } from '../../src/data/sources.ts';
import { rehypeHtmlBlocks } from '../../src/markdown/html-block.ts';
import { claimsPlugins } from '../../src/markdown/pipeline.ts';
import type { RemarkClaimsOptions } from '../../src/markdown/remark-claims.ts';

export const FIXTURE_SOURCES = new URL('../fixtures/sources-basic/', import.meta.url).pathname;

export interface Rendered {
	html: string;
	claims: ArticleClaims;
	diagnostics: Diagnostic[];
}

/** Render `markdown` as `content/articles/test.mdx`; problems are collected, not thrown. */
export async function render(markdown: string, options: Partial<RemarkClaimsOptions> & { sourcesDir?: string; frontmatter?: Record<string, unknown> } = {}): Promise<Rendered> {
	const diagnostics: Diagnostic[] = [];
	const sources = loadSources(options.sourcesDir ?? FIXTURE_SOURCES);
	const file = new VFile({ value: markdown, path: 'content/articles/test.mdx', data: { astro: { frontmatter: { title: 'Test', ...options.frontmatter } } } });
	const result = await unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkGfm)
		.use(remarkSmartypants)
		.use(claimsPlugins({ sources: () => sources, report: (d) => diagnostics.push(...d), ...options }))
		.use(remarkRehype, { passThrough: ['mdxJsxFlowElement'] })
		.use(rehypeHtmlBlocks)
		.use(rehypeStringify, { allowDangerousHtml: true })
		.process(file);
	return { html: String(result), claims: (file.data as { claims: ArticleClaims }).claims, diagnostics };
}

/** Only the problems, as `line:column rule` strings, for compact assertions. */
export async function problems(markdown: string, options: Parameters<typeof render>[1] = {}): Promise<string[]> {
	const { diagnostics } = await render(markdown, options);
	return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column).map((d) => `${d.line}:${d.column} ${d.ruleId}`);
}
