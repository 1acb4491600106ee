/**
 * Builds the Pagefind index from the built pages once Astro has written
 * them, and serves the last build's index in `astro dev`. Any Pagefind
 * error fails the build: a site without its index must not ship silently.
 * The pages carry the annotations (`data-pagefind-*`); `search/index-scope`
 * says what to leave out, `search/index-view` what of a page Pagefind reads.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../site-base.ts';
import * as pagefind from 'pagefind';
import { EXCLUDED, LANGUAGE } from '../search/index-scope.ts';
import { indexView, optsIn } from '../search/index-view.ts';
import { siteHandler } from '../server/static-server.ts';

function assertOk(step: string, response: { errors: string[] }): void {
	if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

/**
 * Index the built site in `dir` into `dir/pagefind/`; returns the number of pages indexed.
 * Pagefind reads a copy of the pages that opt in, each as `indexView` shows it, from a
 * folder of its own under `scratch` (on disk: a temporary folder may be memory); it would
 * parse the other pages only to drop them. From a folder it parses in parallel, and no
 * page passes through its message pipe. `onWritten` runs once the index is written, while
 * Pagefind's process is still there to be measured (scripts/pagefind-alone.ts).
 */
export async function indexSite(
	dir: string,
	{ scratch = tmpdir(), onWritten }: { scratch?: string; onWritten?: () => void } = {},
): Promise<number> {
	await mkdir(scratch, { recursive: true });
	const view = await mkdtemp(join(scratch, 'pagefind-view-'));
	try {
		const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED, forceLanguage: LANGUAGE });
		assertOk('createIndex', { errors });
		if (!index) throw new Error('Pagefind createIndex returned no index');
		const copied = writeIndexView(dir, view);
		// No page opts in: Pagefind indexes every page's <body>, as it always did.
		const added = await index.addDirectory({ path: copied > 0 ? view : dir });
		assertOk('addDirectory', added);
		if (added.page_count === 0) throw new Error('Pagefind found no pages to index: is content/articles empty?');
		assertOk('writeFiles', await index.writeFiles({ outputPath: join(dir, 'pagefind') }));
		onWritten?.();
		return added.page_count;
	} finally {
		await pagefind.close();
		await rm(view, { recursive: true, force: true });
	}
}

/** Copies the HTML pages of `dir` that opt in to `to` (same paths) as Pagefind should read them; returns how many. */
function writeIndexView(dir: string, to: string): number {
	let copied = 0;
	for (const page of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!page.endsWith('.html')) continue;
		const bytes = readFileSync(join(dir, page));
		if (!optsIn(bytes)) continue;
		mkdirSync(dirname(join(to, page)), { recursive: true });
		writeFileSync(join(to, page), indexView(bytes.toString('latin1')), 'latin1');
		copied++;
	}
	return copied;
}

export function searchIndex(): AstroIntegration {
	let outDir = '';
	let cacheDir = '';
	let base = '/';
	let dev = false;
	return {
		name: 'explainer:search-index',
		hooks: {
			// `astro build` also starts a server (to sync content), so the hint below
			// is for `astro dev` only: a build is about to write the index.
			'astro:config:setup': ({ command }) => {
				dev = command === 'dev';
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				cacheDir = fileURLToPath(config.cacheDir);
				base = normaliseBase(config.base);
			},
			// `astro dev` has no index of its own: serve the last build's, if any.
			'astro:server:setup': ({ server, logger }) => {
				const root = join(outDir, 'pagefind');
				if (dev && !existsSync(root))
					logger.warn('No search index yet: run `npm run build` once to search in `astro dev`.');
				server.middlewares.use(`${base}pagefind`, siteHandler(root, { live: true }));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const pages = await indexSite(fileURLToPath(dir), { scratch: cacheDir });
				logger.info(`Pagefind indexed ${pages} pages`);
			},
		},
	};
}
