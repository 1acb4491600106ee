/**
 * What search fetches first, asked for as soon as the reader reaches for
 * it (hover, focus, a click or a key), so it downloads while the search
 * UI's own script does instead of after it: Pagefind's script, its
 * WebAssembly and its entry file. The same requests with the same bytes,
 * only earlier; until the reader reaches for search, nothing is fetched.
 */
let hinted = false;

/** Pagefind's WebAssembly for a page language: it names the file by the base language (`en` for `en-GB`), which tests/browser/search.test.ts checks is the file Pagefind then uses. */
function wasmFile(lang: string): string {
	return `wasm.${(lang.split('-')[0] || 'unknown').toLowerCase()}.pagefind`;
}

/** Add the hints once, for the site under `base`. */
export function hintSearchFiles(base: string): void {
	if (hinted) return;
	hinted = true;
	const link = (rel: string, href: string, as?: string) => {
		const el = Object.assign(document.createElement('link'), { rel, href: `${base}pagefind/${href}` });
		// `fetch()` as Pagefind calls it: a CORS request with same-origin credentials, which `crossorigin` matches.
		if (as) Object.assign(el, { as, crossOrigin: 'anonymous' });
		document.head.append(el);
	};
	link('modulepreload', 'pagefind.js');
	// Pagefind asks for its entry file (not content-hashed) under a fresh tag, `?ts=<now>`, so no stale
	// copy is used; search reads the tag back from this link and gives Pagefind the same (pagefind.ts).
	link('preload', `pagefind-entry.json?ts=${Date.now()}`, 'fetch');
	link('preload', wasmFile(document.documentElement.lang || 'unknown'), 'fetch');
}
