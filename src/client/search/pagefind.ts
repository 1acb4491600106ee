/**
 * Pagefind's browser API, loaded once when the reader reaches for search
 * (never before): `pagefind.js` and its WebAssembly, on the main thread
 * (no worker file to fetch; a query takes a few milliseconds). Part of the
 * search button's script, so Pagefind starts the moment the reader reaches
 * for search, while the search UI's own script is still downloading.
 */
import { PAGEFIND_OPTIONS } from '../../search/options.ts';
import type { PagefindApi } from '../../search/query.ts';
import { ENTRY_TAG } from './preload.ts';

interface PagefindModule extends PagefindApi {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
}

let loading: Promise<PagefindModule> | undefined;

/** The site's base path (`/` or `/explainers/`), from Astro's build. */
export const SITE_BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * When Pagefind can answer. Its `init()` returns before the WebAssembly and
 * metadata are in, and every call made before then looks again only every
 * 50 ms, so the first query could wait up to 50 ms for nothing. Empty
 * preloads (no request, no work) started 10 ms apart notice within 10 ms;
 * the first to finish lets every later call run at once.
 */
function ready(pagefind: PagefindModule): Promise<void> {
	const probes = Array.from(
		{ length: 5 },
		(_, i) => new Promise<void>((done, fail) => setTimeout(() => pagefind.preload('').then(done, fail), i * 10)),
	);
	for (const probe of probes) probe.catch(() => {});
	return Promise.race(probes);
}

export function loadPagefind(): Promise<PagefindModule> {
	loading ??= (async () => {
		// A variable, so the bundler leaves the import to the browser: the index exists only after a build.
		const url = `${SITE_BASE}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
		// Result URLs under the base the site was built for (Pagefind indexes dist/ from its root);
		// the entry file under the tag the hints asked for it with (preload.ts).
		await pagefind.options({ ...PAGEFIND_OPTIONS, baseUrl: SITE_BASE, metaCacheTag: ENTRY_TAG });
		await pagefind.init();
		await ready(pagefind);
		return pagefind;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}
