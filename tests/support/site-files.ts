/** Read a built site's pages as parsed HTML, by URL path. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface Page {
	/** URL path, e.g. `/alpha/`. */
	path: string;
	html: string;
	root: HTMLElement;
}

function* htmlFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory() && entry.name !== 'pagefind') yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

/** Every file of the site in `dist` that is not a page, as a URL path (for link checks). */
export function siteFiles(dist: string): Set<string> {
	const out = new Set<string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else out.add('/' + relative(dist, path).split(sep).join('/'));
		}
	};
	walk(dist);
	return out;
}

/** Every page of the site in `dist`, keyed by URL path. */
export function readSite(dist: string): Map<string, Page> {
	const pages = new Map<string, Page>();
	for (const file of htmlFiles(dist)) {
		const rel = relative(dist, file).split(sep).join('/');
		const path = '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
		const html = readFileSync(file, 'utf8');
		pages.set(path, { path, html, root: parse(html) });
	}
	return pages;
}
