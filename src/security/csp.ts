/**
 * The Content-Security-Policy. Astro's `security.csp` writes it into each
 * page's `<meta>`, with the hashes of the scripts and styles Astro itself
 * emits (bundled scripts, inlined stylesheets); our one inline script is
 * hashed here from its own text. Nothing reads a built page to decide what
 * is a script, so no text an author writes can become an allowed script.
 * Nothing inline may run but those, and nothing loads from another origin;
 * Pagefind needs `'wasm-unsafe-eval'` (its search runs in WebAssembly).
 * What a `<meta>` policy cannot carry (`frame-ancestors`) goes into the
 * `_headers` file (headers.ts).
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;

/**
 * Run before first paint (src/layouts/Base.astro), so CSS can show the search
 * button without a shift. Kept as a processed script it would load after paint.
 */
export const JS_CLASS_SCRIPT = "document.documentElement.classList.add('js')";

/** Every inline script a page may carry: ours, written in code, never taken from a page. */
export const INLINE_SCRIPTS = [JS_CLASS_SCRIPT] as const;

/** A CSP source hash as Astro's config takes it (`sha256-…`, without quotes). */
export function sha256(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The directives that need no hashes. Meta and header carry them alike: a
 * header policy that repeats them changes nothing, and covers a page's head
 * before its `<meta>` is read.
 */
export const FETCH_DIRECTIVES = [
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"base-uri 'none'",
	"form-action 'none'",
	"object-src 'none'",
] as const;

/** `security.csp` for astro.config.mjs. */
export function astroCsp() {
	return {
		algorithm: 'SHA-256',
		directives: ["default-src 'none'", ...FETCH_DIRECTIVES],
		// Setting resources replaces Astro's default ('self'), so it is named again.
		scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: INLINE_SCRIPTS.map(sha256) },
		styleDirective: { resources: ["'self'"] },
	} satisfies CspConfig;
}

/**
 * The header policy for pages: what a `<meta>` policy cannot carry, and the
 * directives above. No `default-src`, `script-src` or `style-src`: the hashes
 * of Astro's code are in each page's meta policy, and a browser enforces both
 * policies, so a header without them would block the page's own styles.
 */
export const PAGE_HEADER_POLICY = [...FETCH_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * The header policy for files that are never pages (bundled scripts, images,
 * social cards): nothing in them may run or load anything, should one be
 * opened on its own.
 */
export const ASSET_HEADER_POLICY =
	"default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";
