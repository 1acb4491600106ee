/**
 * The body's own problems of an article the build leaves out for its
 * frontmatter, so that the author sees them in the same round as the
 * frontmatter's, not once it is mended: the body parsed as the loader
 * parses a stored one (`src/markdown/record-article.ts`), with the
 * frontmatter as written, checked or not (its title names the sections,
 * `uncitedCode` allows code), or none where it is not a mapping. What
 * needs the stored article (its citations checked against the sources and
 * the research notes) waits until it is stored.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { recordClaimsOptions } from '../markdown/article-plugins.ts';
import { recordArticle } from '../markdown/record-article.ts';

/** `path` absolute; `text` the whole file; `frontmatter` what its YAML holds, if it parsed. */
export function refusedBodyProblems(path: string, text: string, frontmatter: unknown): Diagnostic[] {
	const data =
		frontmatter !== null && typeof frontmatter === 'object' && !Array.isArray(frontmatter)
			? (frontmatter as Record<string, unknown>)
			: {};
	return recordArticle(path, text, data, recordClaimsOptions()).diagnostics;
}
