/**
 * What the sitemap says of each page, read from the page as built: an
 * explainer's `lastmod` is its last change (`article:modified_time`, else
 * `article:published_time`, as its page says), and a page that asks not to
 * be indexed (`<meta name="robots" content="noindex">`: an explainer under
 * embargo) is left out. So the sitemap agrees with the pages by
 * construction and reads no content file of its own.
 *
 * @astrojs/sitemap calls `filter` and `serialize` in `astro:build:done`,
 * once every page is written. Only the `<head>` is parsed (hast, not a
 * pattern over the text), without its style and script elements.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';

/** What a built page's head says about listing it. */
export interface PageListing {
	noindex: boolean;
	lastChange?: string;
}

/** The listing facts in an HTML document's `<head>`. */
export function listingOf(html: string): PageListing {
	const end = html.indexOf('</head>');
	const head = fromHtml((end === -1 ? html : html.slice(0, end + '</head>'.length)).replace(RAW_TEXT, ''));
	const meta = new Map<string, string>();
	collectMeta(head, meta);
	const lastChange = meta.get('article:modified_time') ?? meta.get('article:published_time');
	return {
		noindex: (meta.get('robots') ?? '').split(',').some((v) => v.trim().toLowerCase() === 'noindex'),
		...(lastChange ? { lastChange } : {}),
	};
}

/**
 * A style or script element, whose text holds no tag: the parser would only walk it character by character
 * (an inline stylesheet is most of a page's head). An element of raw text ends at the first end tag of its name.
 */
const RAW_TEXT = /<(style|script)\b[^>]*>[^]*?<\/\1(?=[\s/>])[^>]*>/gi;

function collectMeta(node: Root | Element, into: Map<string, string>): void {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (child.tagName === 'meta') {
			const key = child.properties.property ?? child.properties.name;
			const content = child.properties.content;
			if (typeof key === 'string' && typeof content === 'string' && !into.has(key)) into.set(key, content);
		} else collectMeta(child, into);
	}
}

/**
 * The sitemap's `filter` and `serialize` for a build into `outDir` under
 * `base` (pages are `<path>/index.html`: `build.format: 'directory'`).
 * Each page is read once, for both, up to the end of its head.
 */
export function sitemapPages(outDir: string, base: string) {
	const known = new Map<string, PageListing>();
	const listing = (url: string): PageListing => {
		const path = new URL(url).pathname;
		let found = known.get(path);
		if (!found) {
			const local = path.startsWith(base) ? path.slice(base.length) : path;
			const file = join(outDir, decoded(local), 'index.html');
			known.set(path, (found = existsSync(file) ? listingOf(headOf(file)) : { noindex: false }));
		}
		return found;
	};
	return {
		filter: (page: string): boolean => !listing(page).noindex,
		serialize: (item: SitemapItem): SitemapItem => {
			const date = listing(item.url).lastChange;
			return date ? { ...item, lastmod: new Date(`${date}T00:00:00Z`).toISOString() } : item;
		},
	};
}

const HEAD_END = Buffer.from('</head>');
const CHUNK = 64 * 1024;

/**
 * The start of the HTML file `file`, up to its first `</head>` (all of it if there is none): what `listingOf`
 * reads. Pages are written head first and their bodies are many times longer than their heads, so the rest
 * is not read.
 */
export function headOf(file: string): string {
	const fd = openSync(file, 'r');
	try {
		const chunks: Buffer[] = [];
		let length = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(CHUNK);
			const read = readSync(fd, chunk, 0, CHUNK, length);
			if (read === 0) break;
			chunks.push(chunk.subarray(0, read));
			length += read;
			// Searched from a little before the new chunk, so a `</head>` across the two is found.
			const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
			const end = all.indexOf(HEAD_END, Math.max(0, length - read - HEAD_END.length));
			if (end !== -1) return all.toString('utf8', 0, end + HEAD_END.length);
		}
		return Buffer.concat(chunks, length).toString('utf8');
	} finally {
		closeSync(fd);
	}
}

/** A URL path as its folder is named on disk (`/topics/україна/`); as it is, if it is not valid percent-encoding. */
function decoded(path: string): string {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}
