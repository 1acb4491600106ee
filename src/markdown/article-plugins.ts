/**
 * The remark plugins @astrojs/mdx runs on every article, as configured in
 * `astro.config.mjs`: first the guard that turns a parse error into a
 * problem on the file (`parse-guard.ts`), then GFM (our own pinned remark-gfm, so the processor's
 * built-in copy is off), then the claims plugins, which apply the content
 * policy before anything else touches the tree, and last a plugin that
 * leaves the module no frontmatter (`no-frontmatter-export.ts`). They read the article and
 * its claim ledger, no record: markers and notes are left for the page to
 * fill (`src/claims/page-notes.ts`), and citations are checked against the
 * sources by the site index (`src/site-index/citation-checks.ts`), so editing a
 * source or an entity compiles no article again. Their messages are read
 * from the articles loader's parse of the same file, with the same options
 * (`articleClaimsOptions`), not from the compile.
 */
import remarkGfm from 'remark-gfm';
import { articlesDir } from '../content-paths.ts';
import { TEMPLATE_ID_PATTERN, TEMPLATE_IDS } from '../site.ts';
import { claimsPlugins } from './pipeline.ts';
import { isLedger, readLedger } from '../schema/ledger-file.ts';
import { parseGuard } from './parse-guard.ts';
import { noFrontmatterExport } from './no-frontmatter-export.ts';
import { moduleStrings } from './module-strings.ts';
import type { RemarkClaimsOptions } from './remark-claims.ts';

/**
 * What the claims plugins check an article against: the same for its compile and for the
 * content layer's parse of it (`src/loaders/articles.ts`), so both give it the same ids.
 */
export function articleClaimsOptions(): RemarkClaimsOptions {
	// The ledger's own problems are reported by the articles loader's check; a broken one is not used.
	return {
		reservedIds: TEMPLATE_IDS,
		reservedIdPattern: TEMPLATE_ID_PATTERN,
		ledger: (path) => (isArticle(path) ? readLedger(path).ledger : undefined),
	};
}

let recordOptions: RemarkClaimsOptions | undefined;

/**
 * One options object for every record parse in a process (the articles loader's, and the check of an
 * article left out for its frontmatter): it keys `record-article.ts`'s processor cache.
 */
export function recordClaimsOptions(): RemarkClaimsOptions {
	return (recordOptions ??= articleClaimsOptions());
}

/** For `unified({ recmaPlugins })`: the compiled module's strings checked last (`module-strings.ts`). */
export function articleRecmaPlugins() {
	return [moduleStrings];
}

/** For `unified({ remarkPlugins })`. */
export function articleRemarkPlugins() {
	return [parseGuard, remarkGfm, ...claimsPlugins(articleClaimsOptions()), noFrontmatterExport];
}

/** Whether `path` is a record the compiled articles depend on: a claim ledger (sources and entities reach only pages). */
export function isRecord(path: string): boolean {
	return isArticle(path) && isLedger(path);
}

/** Whether `path` is an article. */
export function isArticle(path: string): boolean {
	return path.startsWith(articlesDir);
}
