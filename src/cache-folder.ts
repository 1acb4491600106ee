/**
 * Astro's cache folder (`cacheDir`): `EXPLAINER_CACHE`, else Astro's own
 * default. The tests and the bench build several sites from one checkout,
 * each with a cache of its own. Read by the config and by the modules that
 * keep files there at page time (the social cards).
 */
import { resolve } from 'node:path';

export const cacheFolder = resolve(process.env.EXPLAINER_CACHE ?? 'node_modules/.astro');
