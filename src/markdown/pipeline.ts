/**
 * The remark plugins every Markdown text of the site goes through, in
 * order: the citation syntax (so markers are parsed, not guessed at),
 * typographic punctuation (ours, in place of Astro's smartypants: the
 * same result at a fraction of the cost), root-relative links rebased
 * under the site's base, then the claims adapter. `astro.config.mjs`, entity descriptions and the
 * tests all take them from here, so they cannot drift apart.
 */
import type { Processor } from 'unified';
import { citationFromMarkdown, citationSyntax } from './citation-syntax.ts';
import { remarkClaims, type RemarkClaimsOptions } from './remark-claims.ts';
import { remarkPunctuation } from './remark-punctuation.ts';
import { remarkSiteLinks } from './remark-site-links.ts';

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
	typeof remarkPunctuation,
	typeof remarkSiteLinks,
	[typeof remarkClaims, RemarkClaimsOptions],
] {
	return [remarkCitationSyntax, remarkPunctuation, remarkSiteLinks, [remarkClaims, options]];
}
