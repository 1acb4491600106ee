/**
 * In `astro build`, the content layer's data store reaches the prerender
 * bundle as a file read, not as a string literal in the bundle.
 *
 * Astro inlines the whole store (`<cacheDir>/data-store.json`, every
 * entry with its body) into one module, `export default JSON.parse("…")`:
 * 44 MB at 2,500 generated explainers, 170 MB at 10,000. The bundler
 * holds that text several times over in native memory while it builds
 * (source, output chunk, the copies handed to plugins), and writes it out
 * again. A static build runs its prerender bundle on this machine, right
 * after sync wrote the file, and deletes the bundle after, so the module
 * can read the same file when it loads: the same value, and the bundler
 * never sees the text. The dev server and chunked storage are left to
 * Astro.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { wrapPluginHook } from './wrap-plugin-hook.ts';

/** The plugin that loads the store (`astro/dist/content/vite-plugin-content-virtual-mod.js`). */
const CONTENT_PLUGIN = 'astro-content-virtual-mod-plugin';
/** The store's resolved module id (`RESOLVED_DATA_STORE_VIRTUAL_ID`). */
const STORE_ID = '\0astro:data-layer-content';
/** Where sync writes the store in a build (`getDataStoreFile`, single-file storage). */
const STORE_FILE = 'data-store.json';
/** Astro's incremental build leaves content data out of a route's code hash by this mark (`createContentDataIncrementalMetadata`). */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

type Load = (this: unknown, id: string, ...rest: unknown[]) => unknown;

export function dataStoreFile(): AstroIntegration {
	return {
		name: 'explainer:data-store-file',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				const storage = config.experimental.collectionStorage;
				if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
				const file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
				updateConfig({ vite: { plugins: [storeFromFile(file)] } });
			},
		},
	};
}

/** The module's code: the file parsed when it loads, as Astro's `JSON.parse("…")` would. */
export function storeModule(file: string): string {
	return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

function storeFromFile(file: string): Plugin {
	return {
		name: 'explainer:data-store-file',
		configResolved(resolved) {
			wrapPluginHook<Load>(resolved, { plugin: CONTENT_PLUGIN, hook: 'load', owner: 'explainer:data-store-file', package: 'Astro' }, (load) => function (this: unknown, id, ...rest) {
				// No store yet (no content): Astro's own empty module.
				if (id !== STORE_ID || !existsSync(file)) return load.call(this, id, ...rest);
				return { code: storeModule(file), map: { mappings: '' }, meta: CONTENT_DATA_META };
			});
		},
	};
}
