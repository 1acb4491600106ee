/**
 * Runs remark-claims through the same unified stages Astro's MDX pipeline
 * uses (MDX syntax, GFM, smart punctuation, then our plugin), to HTML.
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkClaims } from '../../src/remark/remark-claims.ts';

export const FIXTURE_SOURCES = new URL('../fixtures/sources-basic/', import.meta.url).pathname;

export async function renderMarkdown(markdown: string, sourcesDir = FIXTURE_SOURCES) {
	const file = new VFile({ value: markdown, path: 'content/articles/test.mdx', data: { astro: { frontmatter: { title: 'Test' } } } });
	const result = await unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkGfm)
		.use(remarkSmartypants)
		.use(remarkClaims, { sourcesDir })
		.use(remarkRehype)
		.use(rehypeStringify)
		.process(file);
	const frontmatter = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
	return { html: String(result), frontmatter };
}
