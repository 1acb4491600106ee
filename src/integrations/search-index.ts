/**
 * Builds the Pagefind index from the built pages once Astro has written
 * them, and serves the last build's index in `astro dev`. Any Pagefind
 * error fails the build: a site without its index must not ship silently.
 * The pages carry the annotations (`data-pagefind-*`); `search/index-scope`
 * says what to leave out, `search/index-view` what of a page Pagefind reads.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../site-base.ts';
import * as pagefind from 'pagefind';
import { EXCLUDED, LANGUAGE } from '../search/index-scope.ts';
import { siteHandler } from '../server/static-server.ts';
import { updateIndexView } from './index-view-files.ts';

function assertOk(step: string, response: { errors: string[] }): void {
	if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

/**
 * Index the built site in `dir` into `dir/pagefind/`; returns the number of pages indexed, and of copies made.
 * Pagefind reads a copy of the pages that opt in, each as `indexView` shows it, from a
 * folder of its own (index-view-files.ts): `view`, kept for the next build, or else a
 * temporary one under `scratch` (on disk: a temporary folder may be memory); it would
 * parse the other pages only to drop them. From a folder it parses in parallel, and no
 * page passes through its message pipe. `onWritten` runs once the index is written, while
 * Pagefind's process is still there to be measured (scripts/pagefind-alone.ts).
 */
export async function indexSite(
	dir: string,
	{ view, scratch = tmpdir(), onWritten }: { view?: string; scratch?: string; onWritten?: () => void } = {},
): Promise<{ pages: number; copied: number }> {
	await mkdir(scratch, { recursive: true });
	const folder = view ?? (await mkdtemp(join(scratch, 'pagefind-view-')));
	try {
		const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED, forceLanguage: LANGUAGE });
		assertOk('createIndex', { errors });
		if (!index) throw new Error('Pagefind createIndex returned no index');
		const copies = updateIndexView(dir, folder);
		// No page opts in: Pagefind indexes every page's <body>, as it always did.
		const added = await index.addDirectory({ path: copies.pages > 0 ? folder : dir });
		assertOk('addDirectory', added);
		if (added.page_count === 0) throw new Error('Pagefind found no pages to index: is content/articles empty?');
		assertOk('writeFiles', await index.writeFiles({ outputPath: join(dir, 'pagefind') }));
		onWritten?.();
		return { pages: added.page_count, copied: copies.made };
	} finally {
		await pagefind.close();
		if (!view) await rm(folder, { recursive: true, force: true });
	}
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
				const { pages, copied } = await indexSite(fileURLToPath(dir), { view: join(cacheDir, 'pagefind-view') });
				logger.info(`Pagefind indexed ${pages} pages, ${copied} of them new or changed since the last build`);
			},
		},
	};
}
