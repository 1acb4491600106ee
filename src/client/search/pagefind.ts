/**
 * Pagefind's browser API, loaded once when the reader reaches for search
 * (never before): `pagefind.js` and its WebAssembly, on the main thread
 * (no worker file to fetch; a query takes a few milliseconds).
 */
import { PAGEFIND_OPTIONS, type PagefindApi } from '../../search/query.ts';

interface PagefindModule extends PagefindApi {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
}

let loading: Promise<PagefindModule> | undefined;

/** The site's base path (`/` or `/explainers/`), from Astro's build. */
export const SITE_BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * The tag for Pagefind's entry file: the one the search button's hint
 * asked for (client/search/preload.ts), so Pagefind's request is that one;
 * else a fresh one, as Pagefind would choose.
 */
function entryTag(): string {
	const hint = document.querySelector<HTMLLinkElement>('link[rel=preload][href*="pagefind-entry.json?ts="]');
	return (hint && new URL(hint.href).searchParams.get('ts')) || String(Date.now());
}

/**
 * When Pagefind can answer. Its `init()` returns before the WebAssembly and
 * metadata are in, and every call made before then looks again only every
 * 50 ms, so the first query could wait up to 50 ms for nothing. Empty
 * preloads (no request, no work) started 10 ms apart notice within 10 ms;
 * the first to finish lets every later call run at once.
 */
function ready(pagefind: PagefindModule): Promise<void> {
	const probes = Array.from({ length: 5 }, (_, i) => new Promise<void>((done, fail) => setTimeout(() => pagefind.preload('').then(done, fail), i * 10)));
	for (const probe of probes) probe.catch(() => {});
	return Promise.race(probes);
}

export function loadPagefind(): Promise<PagefindModule> {
	loading ??= (async () => {
		// A variable, so the bundler leaves the import to the browser: the index exists only after a build.
		const url = `${SITE_BASE}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
		// Result URLs under the base the site was built for (Pagefind indexes dist/ from its root).
		await pagefind.options({ ...PAGEFIND_OPTIONS, baseUrl: SITE_BASE, metaCacheTag: entryTag() });
		await pagefind.init();
		await ready(pagefind);
		return pagefind;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}
