/**
 * In `astro build`, draws the explainers' social cards in a thread of its
 * own from the moment the config is read (src/social/card-prewarm.ts), so
 * that the card route (`src/pages/social/[slug].png.ts`) mostly finds them
 * drawn. Until the pages render, Astro's own work (the content sync, the
 * MDX compile) is mostly on one thread, and the cards take the core that
 * leaves; in the route phase the pages have both. The route draws any card
 * not found, so the site is the same with the thread or without it
 * (`EXPLAINER_CARD_PREWARM=0`), only slower to build.
 */
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { articlesDir } from '../content-paths.ts';
import { CARD_FOLDER } from '../social/card-cache.ts';

export function cardPrewarm(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
	let worker: Worker | undefined;
	let building = false;
	return {
		name: 'explainer:card-prewarm',
		hooks: {
			'astro:config:setup': ({ command }) => {
				building = command === 'build';
			},
			'astro:config:done': ({ logger }) => {
				if (!building) return;
				// `astro build --force` builds everything again: no card drawn before is kept either.
				if (process.argv.includes('--force')) rmSync(CARD_FOLDER, { recursive: true, force: true });
				if (env['EXPLAINER_CARD_PREWARM'] === '0') return;
				worker = new Worker(new URL('./card-prewarm-worker.ts', import.meta.url), { workerData: { articlesDir } });
				worker.on('message', ({ drawn }: { drawn: number }) =>
					logger.info(`${drawn} social ${drawn === 1 ? 'card' : 'cards'} drawn ahead of the pages`),
				);
				worker.on('error', (error) =>
					logger.warn(`The social cards were not drawn ahead (${error.message}): the pages draw them, more slowly.`),
				);
				// A build that ends first does not wait for it.
				worker.unref();
			},
			'astro:build:done': async () => {
				await worker?.terminate();
			},
		},
	};
}
