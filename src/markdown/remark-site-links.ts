/**
 * remark plugin: an author's root-relative link (`[sources](/sources/)`)
 * names a page of this site, from the site's root; under a sub-path build
 * (`SITE_BASE=/explainers/`) that page is served at `/explainers/sources/`,
 * so the link is rebased, as every address the site writes itself is
 * (`withBase`). Links, link definitions and images alike; addresses with
 * a scheme, `//host`, `#fragment` and relative paths are left as written.
 * A path's `..` segments are resolved first, so `/../x/` cannot climb out
 * of the base once it is prefixed.
 */
import type { Nodes, Root } from 'mdast';
import { BASE, withBase } from '../site-base.ts';

export interface SiteLinksOptions {
	/** The site's base path (`/` or `/explainers/`); the build's `SITE_BASE` unless given. */
	base?: string;
}

export function remarkSiteLinks(options: SiteLinksOptions = {}) {
	const base = options.base ?? BASE;
	return (tree: Root): void => {
		if (base !== '/') rebase(tree, base);
	};
}

/** A path from the site's root: one slash, not two (`//host/…` is another site). */
export function isRootRelative(url: string): boolean {
	return /^\/(?!\/)/.test(url.trim());
}

/**
 * `/a/../b/?q#f` as a browser would resolve it from the root: `/b/?q#f`. A backslash stays a
 * character of the path (`%5C`), as the rendered link has it, not the start of another host.
 */
function resolved(path: string): string {
	const url = new URL(path.replace(/\\/g, '%5C'), 'http://site.invalid/');
	return url.pathname + url.search + url.hash;
}

function rebase(node: Nodes, base: string): void {
	if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && isRootRelative(node.url))
		node.url = withBase(resolved(node.url.trim()), base);
	if ('children' in node) for (const child of node.children) rebase(child, base);
}
