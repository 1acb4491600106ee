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

export function loadPagefind(): Promise<PagefindModule> {
	loading ??= (async () => {
		// A variable, so the bundler leaves the import to the browser: the index exists only after a build.
		const url = `${SITE_BASE}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
		// Result URLs under the base the site was built for (Pagefind indexes dist/ from its root).
		await pagefind.options({ ...PAGEFIND_OPTIONS, baseUrl: SITE_BASE });
		await pagefind.init();
		// The filter chunks, fetched now, so the first search need not wait for them.
		void pagefind.filters().catch(() => {});
		return pagefind;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}
