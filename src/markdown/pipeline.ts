/**
 * The remark plugins every Markdown text of the site goes through, in
 * order: the citation syntax (so markers are parsed, not guessed at, and
 * the words they quote are not text that punctuation touches), typographic
 * punctuation (remark-smartypants' algorithm: smart-punctuation.ts), root-relative links rebased
 * under the site's base, then the claims adapter. `astro.config.mjs`, entity descriptions and the
 * tests all take them from here, so they cannot drift apart.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { citationFromMarkdown, citationSyntax } from './citation-syntax.ts';
import { parseGuard } from './parse-guard.ts';
import { remarkClaims, type RemarkClaimsOptions } from './remark-claims.ts';
import { remarkSiteLinks } from './remark-site-links.ts';
import { remarkSmartPunctuation } from './smart-punctuation.ts';

/** remark plugin: teach the parser the `[@…]` / `[!…]` marker syntax. */
export function remarkCitationSyntax(this: Processor): void {
	const data = this.data();
	(data.micromarkExtensions ??= []).push(citationSyntax());
	(data.fromMarkdownExtensions ??= []).push(citationFromMarkdown());
}

/** The plugin list for `unified({ remarkPlugins })` or `.use()`. */
export function claimsPlugins(
	options: RemarkClaimsOptions,
): [
	typeof remarkCitationSyntax,
	typeof remarkSmartPunctuation,
	typeof remarkSiteLinks,
	[typeof remarkClaims, RemarkClaimsOptions],
] {
	return [remarkCitationSyntax, remarkSmartPunctuation, remarkSiteLinks, [remarkClaims, options]];
}

/**
 * An article read as @astrojs/mdx reads it (MDX syntax, the parse guard, GFM) through the claims
 * plugins, outside the compile: for the content layer's record (`record-article.ts`) and the tests'
 * renderer (`render-article.ts`), which go on from here.
 */
export function articleProcessor(options: RemarkClaimsOptions) {
	return unified().use(remarkParse).use(remarkMdx).use(parseGuard).use(remarkGfm).use(claimsPlugins(options));
}
