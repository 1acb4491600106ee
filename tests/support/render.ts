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
/** The content folder the rendered text's images are checked against, with `./a.jpg`, `./images/a.jpg` and `./images/map.png` in it. */
export const FIXTURE_IMAGES = 'tests/fixtures/images';
/** Where the rendered text sits, as the messages name it: its images are found beside it. */
export const FIXTURE_ARTICLE = `${FIXTURE_IMAGES}/articles/test.mdx`;

export interface Rendered {
	html: string;
	claims: ArticleClaims;
	diagnostics: Diagnostic[];
}

/** Render `markdown` as `FIXTURE_ARTICLE`; problems are collected, not thrown. */
export async function render(
	markdown: string,
	options: Partial<RemarkClaimsOptions> & { sourcesDir?: string; frontmatter?: Record<string, unknown> } = {},
): Promise<Rendered> {
	const { sourcesDir, frontmatter, ...claimsOptions } = options;
	const sources = loadSources(sourcesDir ?? FIXTURE_SOURCES);
	return renderArticle(
		FIXTURE_ARTICLE,
		markdown,
		{ title: 'Test', ...frontmatter },
		{ sources: () => sources, contentRoot: FIXTURE_IMAGES, ...claimsOptions },
	);
}

/** Only the problems, as `line:column rule` strings, for compact assertions. */
export async function problems(markdown: string, options: Parameters<typeof render>[1] = {}): Promise<string[]> {
	const { diagnostics } = await render(markdown, options);
	return [...diagnostics]
		.sort((a, b) => a.line - b.line || a.column - b.column)
		.map((d) => `${d.line}:${d.column} ${d.ruleId}`);
}
