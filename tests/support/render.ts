/**
 * Render Markdown as an article body through the site's own renderer
 * (`src/markdown/render-article.ts`): for unit tests of the claims adapter
 * and the content policy that need no build.
 */
import type { ArticleClaims } from '../../src/claims/model.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { loadSources } from '../../src/data/sources.ts';
import type { RemarkClaimsOptions } from '../../src/markdown/remark-claims.ts';
import { renderArticle } from '../../src/markdown/render-article.ts';

export const FIXTURE_SOURCES = new URL('../fixtures/sources-basic/', import.meta.url).pathname;

export interface Rendered {
	html: string;
	claims: ArticleClaims;
	diagnostics: Diagnostic[];
}

/** Render `markdown` as `content/articles/test.mdx`; problems are collected, not thrown. */
export async function render(markdown: string, options: Partial<RemarkClaimsOptions> & { sourcesDir?: string; frontmatter?: Record<string, unknown> } = {}): Promise<Rendered> {
	const { sourcesDir, frontmatter, ...claimsOptions } = options;
	const sources = loadSources(sourcesDir ?? FIXTURE_SOURCES);
	return renderArticle('content/articles/test.mdx', markdown, { title: 'Test', ...frontmatter }, { sources: () => sources, ...claimsOptions });
}

/** Only the problems, as `line:column rule` strings, for compact assertions. */
export async function problems(markdown: string, options: Parameters<typeof render>[1] = {}): Promise<string[]> {
	const { diagnostics } = await render(markdown, options);
	return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column).map((d) => `${d.line}:${d.column} ${d.ruleId}`);
}
