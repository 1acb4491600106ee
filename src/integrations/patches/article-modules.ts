/**
 * Patch `article-modules` (an accelerator; `EXPLAINER_ACCELERATORS`, ./switch.ts).
 * In `astro build`, a cache around @astrojs/mdx's compile of each
 * article, keyed by everything the compile reads: the article's text and
 * claim ledger, the images it may name anywhere in the content folder (the
 * compile checks them), the code under `src/`, the config and the lockfile.
 * Not the records: an article's notes are rendered by its page, so editing
 * a source compiles no article again. A rebuild after one article changed
 * compiles that one article; the others come from the cache. (Astro's
 * incremental build skips rendering unchanged pages, not compiling their
 * modules.)
 *
 * Depends on: @astrojs/mdx compiling `.mdx` in a Vite plugin named
 * '@mdx-js/rolldown' whose `transform` is `{ filter, handler }` returning
 * `{ code, map, meta }` with plain-data `meta` (`dist/vite-plugin-mdx.js`). The
 * wrapped handler replaces MDX's on a cache hit, so a side effect MDX adds
 * to its transform would be skipped: hence the exact versions below.
 *
 * Upstream: no issue yet. The report we would file (withastro/astro, pkg: mdx):
 * "Persistent compile cache for MDX in `astro build`. With
 * `experimental.incrementalBuild`, a rebuild after one edited article still
 * compiles every .mdx file again (Astro skips rendering unchanged pages,
 * not transforming their modules), so a one-sentence correction on a
 * 1,000-article site costs about as much as a cold build. Could the MDX
 * transform's result be cached in `cacheDir`, keyed by the file, the
 * processor's config and the plugins' code?"
 *
 * The dev server is left as it is: it compiles what a page asks for, and
 * the dev loop (`../content-check.ts`) drops compiled articles itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { articlesDir, authorsDir, contentRoot, entitiesDir, researchDir, sourcesDir } from '../../content-paths.ts';
import { entriesUnder } from '../../file-walk.ts';
import { isArticle } from '../../markdown/article-plugins.ts';
import { imageInputs } from '../../markdown/image-inputs.ts';
import { patchOn } from './switch.ts';
import { requireVerified } from './verified.ts';
import { wrapPluginHook } from './wrap-plugin-hook.ts';
import { ledgerText } from '../../schema/ledger-file.ts';

/** What the transform returns, as kept in the cache. */
interface Compiled {
	code: string;
	meta?: Record<string, unknown>;
}

type Handler = (
	this: unknown,
	code: string,
	id: string,
	...rest: unknown[]
) => Promise<Compiled | string | null | undefined>;

/** The plugin @astrojs/mdx compiles `.mdx` files with (`@astrojs/mdx/dist/vite-plugin-mdx.js`). */
const MDX_PLUGIN = '@mdx-js/rolldown';

export function articleModules(): AstroIntegration {
	return {
		name: 'explainer:article-modules',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build' || !patchOn('article-modules')) return;
				requireVerified('article-modules', { astro: ['7.4.8'], '@astrojs/mdx': ['8.1.4'], '@mdx-js/mdx': ['3.1.1'] });
				const root = fileURLToPath(config.root);
				const dir = join(fileURLToPath(config.cacheDir), 'articles');
				// `astro build --force` builds everything again: it reads no compiled article either (and keeps the new ones).
				const force = process.argv.includes('--force');
				updateConfig({ vite: { plugins: [cachedArticles(dir, () => compileInputs(root), force)] } });
			},
		},
	};
}

function cachedArticles(dir: string, inputs: () => string, force: boolean): Plugin {
	let digest: string | undefined;
	let made = false;
	const used = new Set<string>();
	return {
		name: 'explainer:article-modules',
		configResolved(resolved) {
			wrapPluginHook<Handler>(
				resolved,
				{ plugin: MDX_PLUGIN, hook: 'transform', owner: 'explainer:article-modules', package: '@astrojs/mdx' },
				(compile) =>
					async function (this: unknown, code, id, ...rest) {
						if (!isArticle(id)) return compile.call(this, code, id, ...rest);
						digest ??= inputs();
						// The article's claim ledger gives its claims their ids: part of what its compile reads.
						const ledger = ledgerText(id.split('?')[0]!);
						const key = createHash('sha256')
							.update(digest)
							.update('\0')
							.update(relative(articlesDir, id))
							.update('\0')
							.update(code)
							.update('\0')
							.update(ledger ?? '')
							.digest('hex')
							.slice(0, 32);
						const file = join(dir, `${key}.json`);
						used.add(key);
						if (!force && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Compiled;
						const result = await compile.call(this, code, id, ...rest);
						if (!result || typeof result === 'string') return result;
						const compiled: Compiled = { code: result.code, ...(result.meta ? { meta: result.meta } : {}) };
						if (!made) mkdirSync(dir, { recursive: true });
						made = true;
						// Kept only if it survives the trip through JSON (Astro's metadata is plain data today).
						if (isDeepStrictEqual(JSON.parse(JSON.stringify(compiled)), compiled))
							writeFileSync(file, JSON.stringify(compiled));
						return compiled;
					},
			);
		},
		buildEnd() {
			// The articles of earlier builds that this one no longer has (edited, deleted); only after the
			// build that compiled articles (the client build compiles none).
			if (used.size === 0 || !existsSync(dir)) return;
			for (const name of readdirSync(dir)) if (!used.has(name.split('.')[0]!)) rmSync(join(dir, name), { force: true });
		},
	};
}

/**
 * A digest of everything an article's compile reads besides its own text
 * and ledger: our code, the config, the lockfile, the images it may name
 * (wherever they are in the content folder), and the environment the
 * content paths and the site's address come from. Not the records
 * (sources, entities, authors, research notes): the page renders what it
 * shows of them (`src/claims/page-notes.ts`), so editing one compiles no
 * article again.
 */
function compileInputs(root: string): string {
	const hash = createHash('sha256');
	const records = [articlesDir, sourcesDir, entitiesDir, authorsDir, researchDir];
	const files = [
		...listFiles(contentRoot).filter((f) => !records.some((dir) => f.startsWith(dir + '/'))),
		...listFiles(resolve(root, 'src')),
		resolve(root, 'astro.config.mjs'),
		resolve(root, 'package-lock.json'),
	];
	for (const file of files.sort()) {
		if (!existsSync(file)) continue;
		hash.update(file).update('\0').update(readFileSync(file)).update('\0');
	}
	// The compile checks the images an article names (`image-address.ts`), which may be in any folder of
	// the content, the records' too: an image added, changed or removed anywhere there compiles the articles
	// again. Its real path and stamp stand for its bytes (`image-inputs.ts`).
	// (Each article's own ledger is part of its key; the others' are not read.)
	for (const line of imageInputs(contentRoot)) hash.update(`${line}\0`);
	for (const [name, value] of Object.entries(process.env).sort())
		if (/^(EXPLAINER_(CONTENT|TODAY)|SITE_)/.test(name)) hash.update(`${name}=${value}\0`);
	// The build date is read while compiling (embargoes); a new day compiles again.
	hash.update(new Date().toISOString().slice(0, 10));
	return hash.digest('hex');
}

/** Whether a link leads to a file (not a folder, nowhere, or round in a loop). */
function leadsToFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

function listFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return entriesUnder(dir)
		.filter((e) => e.isFile() || (e.isSymbolicLink() && leadsToFile(join(e.parentPath, e.name))))
		.map((e) => join(e.parentPath, e.name));
}
