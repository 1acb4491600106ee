/**
 * `lastmod` for the sitemap: an explainer's last change (`updated`, else
 * `published`), read from the `article:modified_time` and
 * `article:published_time` its built page carries, so the sitemap and the
 * page can never disagree. Pages without them get no `lastmod`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';

export function lastModified(outDir: string, base = '/') {
	return (item: SitemapItem): SitemapItem => {
		const path = new URL(item.url).pathname.slice(base.replace(/\/?$/, '/').length - 1);
		let head = '';
		try {
			const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
			head = html.slice(0, html.indexOf('</head>'));
		} catch {
			return item;
		}
		const date = /property="article:modified_time" content="([^"]+)"/.exec(head)?.[1] ?? /property="article:published_time" content="([^"]+)"/.exec(head)?.[1];
		return date ? { ...item, lastmod: new Date(`${date}T00:00:00Z`).toISOString() } : item;
	};
}
