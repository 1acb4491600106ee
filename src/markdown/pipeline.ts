/**
 * The remark plugins every Markdown text of the site goes through, in
 * order: the citation syntax (so markers are parsed, not guessed at, and
 * the words they quote are not text that punctuation touches), typographic
 * punctuation (remark-smartypants), root-relative links rebased
 * under the site's base, then the claims adapter. `astro.config.mjs`, entity descriptions and the
 * tests all take them from here, so they cannot drift apart.
 */
import type { Root } from 'mdast';
import smartypants from 'remark-smartypants';
import type { Plugin, Processor } from 'unified';
import { citationFromMarkdown, citationSyntax } from './citation-syntax.ts';
import { remarkClaims, type RemarkClaimsOptions } from './remark-claims.ts';
import { remarkSiteLinks } from './remark-site-links.ts';

/** remark-smartypants, typed for an mdast root as Astro's `remarkPlugins` asks (its own type takes any unist node). */
const remarkSmartypants = smartypants as Plugin<[], Root>;

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
	typeof remarkSmartypants,
	typeof remarkSiteLinks,
	[typeof remarkClaims, RemarkClaimsOptions],
] {
	return [remarkCitationSyntax, remarkSmartypants, remarkSiteLinks, [remarkClaims, options]];
}
