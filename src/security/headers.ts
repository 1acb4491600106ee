/**
 * The response headers the site is deployed with, written to `_headers`
 * (read by Netlify, Cloudflare Pages and others; the local server applies
 * the same file). Scored against the Mozilla HTTP Observatory's rules in
 * the tests. The same for every build: it depends on no page.
 */
import { ASSET_HEADER_POLICY, PAGE_HEADER_POLICY } from './csp.ts';

export interface HeadersInput {
	/** The path the site is served under (`SITE_BASE`), `/` by default; every pattern sits under it. */
	base?: string;
}

/** Hashed assets never change at their URL, so browsers may keep them a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The `_headers` file. */
export function headersFile({ base = '/' }: HeadersInput = {}): string {
	const rule = (path: string, headers: Record<string, string>) =>
		[`${base}${path.slice(1)}`, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
	return [
		[
			'# Written by the build (src/security/headers.ts). Security headers for every response;',
			'# long caching only where the file name changes with its content. HTML and the fixed',
			"# Pagefind entry files keep the host default (revalidate on each visit). A page's own",
			"# <meta> policy (Astro's security.csp) holds its script and style hashes; files that are",
			'# never pages get a policy under which nothing in them runs. A host that joins the values',
			'# of two matching rules sends both policies, and a browser enforces both.',
		].join('\n'),
		rule('/*', {
			'Content-Security-Policy': PAGE_HEADER_POLICY,
			'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
			'X-Content-Type-Options': 'nosniff',
			'X-Frame-Options': 'DENY',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
			'Cross-Origin-Opener-Policy': 'same-origin',
			'Cross-Origin-Resource-Policy': 'same-origin',
		}),
		rule('/_astro/*', { 'Content-Security-Policy': ASSET_HEADER_POLICY, 'Cache-Control': IMMUTABLE }),
		rule('/social/*', { 'Content-Security-Policy': ASSET_HEADER_POLICY }),
		rule('/favicon.svg', { 'Content-Security-Policy': ASSET_HEADER_POLICY }),
		rule('/pagefind/index/*', { 'Cache-Control': IMMUTABLE }),
		rule('/pagefind/fragment/*', { 'Cache-Control': IMMUTABLE }),
		rule('/pagefind/filter/*', { 'Cache-Control': IMMUTABLE }),
		'',
	].join('\n\n');
}
