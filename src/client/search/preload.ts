/**
 * What Pagefind fetches first, asked for as soon as the reader reaches for
 * search (hover, focus, a click or a key) rather than when Pagefind gets
 * to each: its entry file and its WebAssembly, beside its script. The same
 * requests with the same bytes, only earlier; until the reader reaches for
 * search, nothing is fetched.
 */
let hinted = false;

/**
 * Pagefind asks for its entry file (not content-hashed) under a fresh tag,
 * `?ts=<now>`, so no stale copy is used. This page load's tag: Pagefind is
 * given the same (`metaCacheTag`, pagefind.ts), so the request hinted here
 * is the one it makes.
 */
export const ENTRY_TAG = String(Date.now());

/** Pagefind's WebAssembly for a page language: it names the file by the base language (`en` for `en-GB`), which tests/browser/search.test.ts checks is the file Pagefind then uses. */
function wasmFile(lang: string): string {
	return `wasm.${(lang.split('-')[0] || 'unknown').toLowerCase()}.pagefind`;
}

/** Add the hints once, for the site under `base`. */
export function hintSearchFiles(base: string): void {
	if (hinted) return;
	hinted = true;
	const link = (href: string) => {
		// `fetch()` as Pagefind calls it: a CORS request with same-origin credentials, which `crossorigin` matches.
		document.head.append(
			Object.assign(document.createElement('link'), {
				rel: 'preload',
				as: 'fetch',
				crossOrigin: 'anonymous',
				href: `${base}pagefind/${href}`,
			}),
		);
	};
	link(`pagefind-entry.json?ts=${ENTRY_TAG}`);
	link(wasmFile(document.documentElement.lang || 'unknown'));
}
