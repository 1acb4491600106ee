/**
 * The response headers the site is deployed with, written to `_headers`
 * (read by Netlify, Cloudflare Pages and others; the local server applies
 * the same file). Scored against the Mozilla HTTP Observatory's rules in
 * the tests.
 */
export interface HeadersInput {
	/** The Content-Security-Policy for every page (see csp.ts). */
	csp: string;
	/** The path the site is served under (`SITE_BASE`), `/` by default; every pattern sits under it. */
	base?: string;
}

/** Hashed assets never change at their URL, so browsers may keep them a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The `_headers` file. */
export function headersFile({ csp, base = '/' }: HeadersInput): string {
	const rule = (path: string, headers: Record<string, string>) => [`${base}${path.slice(1)}`, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
	return [
		[
			'# Written by the build (src/security/headers.ts). Security headers for every response;',
			'# long caching only where the file name changes with its content. HTML and the fixed',
			'# Pagefind entry files keep the host default (revalidate on each visit).',
		].join('\n'),
		rule('/*', {
			'Content-Security-Policy': csp,
			'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
			'X-Content-Type-Options': 'nosniff',
			'X-Frame-Options': 'DENY',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
			'Cross-Origin-Opener-Policy': 'same-origin',
			'Cross-Origin-Resource-Policy': 'same-origin',
		}),
		rule('/_astro/*', { 'Cache-Control': IMMUTABLE }),
		rule('/pagefind/index/*', { 'Cache-Control': IMMUTABLE }),
		rule('/pagefind/fragment/*', { 'Cache-Control': IMMUTABLE }),
		rule('/pagefind/filter/*', { 'Cache-Control': IMMUTABLE }),
		'',
	].join('\n\n');
}
