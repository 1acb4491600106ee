/**
 * `lastmod` for the sitemap: an explainer's last change (`updated`, else
 * `published`), from the same one read of the article files that keeps
 * embargoed explainers out of it (data/embargo.ts), so each page's date
 * is what its `article:modified_time` or `article:published_time` says.
 * Other pages get no `lastmod`.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { explainerListing } from '../data/embargo.ts';

export function lastModified(item: SitemapItem): SitemapItem {
	const date = explainerListing().get(new URL(item.url).pathname)?.lastChange;
	return date ? { ...item, lastmod: new Date(`${date}T00:00:00Z`).toISOString() } : item;
}
