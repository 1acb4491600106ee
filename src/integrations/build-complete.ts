/**
 * Marks the output folder as a finished build (`server/build-stamp.ts`),
 * so that `npm run preview` serves a build only once it is whole. Listed
 * last in `astro.config.mjs`: Astro runs each integration's
 * `astro:build:done` in turn, so this one runs after the search index, the
 * headers and the cards are written. A failed build never reaches it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeBuildStamp, writeBuildStamp } from '../server/build-stamp.ts';

export function buildComplete(): AstroIntegration {
	let outDir = '';
	return {
		name: 'explainer:build-complete',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': () => removeBuildStamp(outDir),
			'astro:build:done': ({ dir }) => {
				writeBuildStamp(fileURLToPath(dir));
			},
		},
	};
}
