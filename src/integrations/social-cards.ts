/**
 * After the build: a social card (src/social/) for every page whose
 * `og:image` points into `/social/`, from the text that page's own meta
 * tags carry (og:title, og:description, article:tag, og:site_name), so
 * the card says exactly what the shared link says. Cached across builds
 * in the Astro cache folder.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../site-base.ts';
import { htmlFiles } from './built-pages.ts';
import { parse } from 'node-html-parser';
import { CardRenderer, renderCards, type CardJob } from '../social/render-cards.ts';
import { listenForCards } from '../social/request-card.ts';

/** The cards the pages in `dir` ask for. */
export function cardJobs(dir: string, base: string): CardJob[] {
	const jobs: CardJob[] = [];
	for (const file of htmlFiles(dir)) {
		const head = readHead(file);
		if (!head.includes('/social/')) continue;
		// Only the meta tags: the head also holds the page's inline stylesheet (about 14 KB), which a
		// parse would walk for nothing. Style and script text is taken out first, so nothing in it can pass for a tag.
		const tags = parse(head.replace(RAW_TEXT, '').match(/<meta\s[^>]*>/gi)?.join('') ?? '');
		const meta = (key: string) => tags.querySelectorAll(`meta[property="${key}"]`).map((m) => m.getAttribute('content') ?? '');
		const image = meta('og:image')[0];
		if (!image) continue;
		const path = new URL(image).pathname;
		if (!path.startsWith(`${base}social/`)) continue;
		jobs.push({
			file: join(dir, path.slice(base.length)),
			text: { title: meta('og:title')[0] ?? '', standfirst: meta('og:description')[0] ?? '', topics: meta('article:tag'), site: meta('og:site_name')[0] ?? '' },
		});
	}
	return jobs;
}

/** Elements whose content is text, not tags. */
const RAW_TEXT = /<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const HEAD_END = Buffer.from('</head>');

/**
 * A page up to the end of its `<head>` (the whole page if it has none):
 * the tags a card reads are there, and the body, most of an explainer's
 * bytes, is never read.
 */
export function readHead(file: string, chunk = 32 * 1024): string {
	const fd = openSync(file, 'r');
	try {
		const parts: Buffer[] = [];
		let length = 0;
		for (;;) {
			const buffer = Buffer.allocUnsafe(chunk);
			const read = readSync(fd, buffer, 0, chunk, length);
			if (read === 0) break;
			parts.push(buffer.subarray(0, read));
			length += read;
			// Searched from a little before this chunk, in case the tag straddles two.
			const joined = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
			const end = joined.indexOf(HEAD_END, Math.max(0, length - read - HEAD_END.length));
			if (end !== -1) return joined.subarray(0, end + HEAD_END.length).toString('utf8');
			if (parts.length > 1) parts.splice(0, parts.length, joined);
		}
		return Buffer.concat(parts).toString('utf8');
	} finally {
		closeSync(fd);
	}
}

export function socialCards(): AstroIntegration {
	let cacheDir = '';
	let base = '/';
	let renderer: CardRenderer | undefined;
	let finishing: Promise<void> | undefined;
	return {
		name: 'explainer:social-cards',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = join(fileURLToPath(config.cacheDir), 'social-cards');
				base = normaliseBase(config.base);
			},
			// The explainer route asks for every card as route generation starts (src/social/request-card.ts).
			'astro:build:start': () => {
				renderer = new CardRenderer(cacheDir);
				listenForCards(renderer);
			},
			// The pages are done: two at a time now, beside the CSP pass and Pagefind (this integration's
			// `build:done` comes after theirs, astro.config.mjs), which mostly keep one core busy.
			'astro:build:generated': () => {
				listenForCards(undefined);
				finishing = renderer?.settled(2);
				// Awaited, and any failure thrown, in `build:done`.
				finishing?.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				await finishing;
				const { rendered, cached } = await renderCards(cardJobs(fileURLToPath(dir), base), cacheDir);
				const during = renderer ? `${renderer.rendered} rendered beside the build, then ` : '';
				logger.info(`Social cards: ${during}${rendered} rendered, ${cached} from the cache, in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
