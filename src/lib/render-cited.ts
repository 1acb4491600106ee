/**
 * Render a short Markdown text with citation markers (an entity
 * description) through the same remark-claims plugin as the articles, so
 * it gets the same markers, source lists and errors.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { sourcesDir } from '../content-paths.ts';
import { remarkClaims } from '../remark/remark-claims.ts';

/** HTML for `markdown`; `path` names the file in any error. */
export async function renderCited(markdown: string, path: string, title: string): Promise<string> {
	const file = new VFile({ value: markdown, path, data: { astro: { frontmatter: { title } } } });
	const result = await unified().use(remarkParse).use(remarkSmartypants).use(remarkClaims, { sourcesDir }).use(remarkRehype).use(rehypeStringify).process(file);
	return String(result);
}
