/**
 * After the build: a social card (src/social/) for every page whose
 * `og:image` points into `/social/`, from the text that page's own meta
 * tags carry (og:title, og:description, article:tag, og:site_name), so
 * the card says exactly what the shared link says. Cached across builds
 * in the Astro cache folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../site-base.ts';
import { htmlFiles } from './built-pages.ts';
import { parse } from 'node-html-parser';
import { renderCards, type CardJob } from '../social/render-cards.ts';

/** The cards the pages in `dir` ask for. */
export function cardJobs(dir: string, base: string): CardJob[] {
	const jobs: CardJob[] = [];
	for (const file of htmlFiles(dir)) {
		const html = readFileSync(file, 'utf8');
		if (!html.includes('/social/')) continue;
		const head = parse(html.slice(0, html.indexOf('</head>') + 7));
		const meta = (key: string) => head.querySelectorAll(`meta[property="${key}"]`).map((m) => m.getAttribute('content') ?? '');
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

export function socialCards(): AstroIntegration {
	let cacheDir = '';
	let base = '/';
	return {
		name: 'explainer:social-cards',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = join(fileURLToPath(config.cacheDir), 'social-cards');
				base = normaliseBase(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { rendered, cached } = await renderCards(cardJobs(fileURLToPath(dir), base), cacheDir);
				logger.info(`Social cards: ${rendered} rendered, ${cached} from the cache, in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
