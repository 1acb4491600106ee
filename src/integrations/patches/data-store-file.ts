/**
 * Patch `data-store-file` (an accelerator; `EXPLAINER_ACCELERATORS`, ./switch.ts).
 * In `astro build`, the content layer's data store reaches the prerender
 * bundle as a file read, not as a string literal in the bundle.
 *
 * Astro inlines the whole store (`<cacheDir>/data-store.json`, every entry
 * with its body) into one module, `export default JSON.parse("…")`, which
 * grows with the site. The bundler holds that text several times over in
 * native memory while it builds (source, output chunk, the copies handed
 * to plugins) and writes it out again. A static build runs its prerender
 * bundle on this machine, right after sync wrote the file, and deletes the
 * bundle after, so the module can read the same file when it loads: the
 * same value, and the bundler never sees the text. Astro's own load still
 * runs first (it validates the file, and its result's `meta` is what the
 * incremental build recognises the store by); only its code is replaced.
 * The dev server and chunked storage are left to Astro.
 *
 * Depends on: the Vite plugin 'astro-content-virtual-mod-plugin' loading
 * the resolved id '\0astro:data-layer-content' with `{ filter?, handler }`
 * and returning `export default JSON.parse(…)` of `<cacheDir>/data-store.json`
 * (`astro/dist/content/vite-plugin-content-virtual-mod.js`).
 *
 * Upstream: withastro/astro#17430 made the module one JSON string (not an
 * object literal); experimental `collectionStorage` chunks it. The report
 * we would file: "In a static build the data store module is inlined into
 * the prerender bundle as one string of the store's size (44 MB at 2,500
 * entries): the bundler copies it several times in native memory. Since
 * the prerender bundle runs on the build machine right after sync wrote
 * the file, could single-file storage read it from the file at load time?"
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { patchOn } from './switch.ts';
import { requireVerified } from './verified.ts';
import { wrapPluginHook } from './wrap-plugin-hook.ts';

const CONTENT_PLUGIN = 'astro-content-virtual-mod-plugin';
const STORE_ID = '\0astro:data-layer-content';
/** Where sync writes the store in a build (`getDataStoreFile`, single-file storage). */
const STORE_FILE = 'data-store.json';

interface Loaded {
	code: string;
	map?: unknown;
	meta?: Record<string, unknown>;
}
type Load = (
	this: unknown,
	id: string,
	...rest: unknown[]
) => Promise<Loaded | string | null | undefined> | Loaded | string | null | undefined;

export function dataStoreFile(): AstroIntegration {
	return {
		name: 'explainer:data-store-file',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				const storage = config.experimental.collectionStorage;
				if (command !== 'build' || (storage !== undefined && storage !== 'single-file') || !patchOn('data-store-file'))
					return;
				requireVerified('data-store-file', { astro: ['7.4.8'] });
				const file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
				updateConfig({ vite: { plugins: [storeFromFile(file)] } });
			},
		},
	};
}

function storeFromFile(file: string): Plugin {
	return {
		name: 'explainer:data-store-file',
		configResolved(resolved) {
			wrapPluginHook<Load>(
				resolved,
				{ plugin: CONTENT_PLUGIN, hook: 'load', owner: 'explainer:data-store-file', package: 'astro' },
				(load) =>
					async function (this: unknown, id, ...rest) {
						const loaded = await load.call(this, id, ...rest);
						// No store yet (no content): Astro's own empty module.
						if (id !== STORE_ID || !existsSync(file)) return loaded;
						if (!loaded || typeof loaded !== 'object' || !loaded.code.startsWith('export default JSON.parse(')) {
							throw new Error(
								`explainer:data-store-file: Astro's data store module is not \`export default JSON.parse(…)\` of ${file} any more; build with EXPLAINER_ACCELERATORS=0 and check the patch`,
							);
						}
						return {
							...loaded,
							code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`,
						};
					},
			);
		},
	};
}
