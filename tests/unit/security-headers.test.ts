/**
 * The Content-Security-Policy Astro is configured with, and the `_headers`
 * file: a page's header and meta policies together earn an A+ on the
 * Observatory's rules with no 'unsafe-inline'; files that are never pages
 * get a policy under which nothing runs. The scorer itself is checked on
 * bad headers.
 */
import { describe, expect, it } from 'vitest';
import {
	ASSET_HEADER_POLICY,
	astroCsp,
	INLINE_SCRIPTS,
	JS_CLASS_SCRIPT,
	PAGE_HEADER_POLICY,
	sha256,
} from '../../src/security/csp.ts';
import { headersFile } from '../../src/security/headers.ts';
import { headersFor, parseHeadersFile } from '../../src/server/headers-file.ts';
import { score } from '../support/observatory.ts';

/** A page as Astro writes it with `security.csp`: its policy at the end of <head>. */
const meta =
	"default-src 'none';img-src 'self' data:;font-src 'self';connect-src 'self';worker-src 'self';manifest-src 'self';base-uri 'none';form-action 'none';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a'; style-src 'self' 'sha256-b';";
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${meta}"><style>p{color:red}</style></head><body><script>${JS_CLASS_SCRIPT}</script><script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/x.js"></script></body></html>`;

describe('the Content-Security-Policy Astro writes', () => {
	it('allows our one inline script by its hash, as the browser computes it', () => {
		expect(INLINE_SCRIPTS).toEqual([JS_CLASS_SCRIPT]);
		expect(sha256(JS_CLASS_SCRIPT)).toBe('sha256-Du+OJKJSbdUgz5nrHeWWINvez6XKDDU/tyj/5c2uvwo=');
		expect(astroCsp().scriptDirective.hashes).toEqual(['sha256-Du+OJKJSbdUgz5nrHeWWINvez6XKDDU/tyj/5c2uvwo=']);
	});

	it('allows nothing else inline, WebAssembly for search, and nothing from elsewhere', () => {
		const csp = astroCsp();
		expect(csp.directives[0]).toBe("default-src 'none'");
		expect(csp.directives).toEqual(
			expect.arrayContaining(["connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'none'"]),
		);
		expect(csp.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(csp.styleDirective.resources).toEqual(["'self'"]);
		expect(JSON.stringify(csp)).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
	});
});

describe('the _headers file and its score', () => {
	const rules = parseHeadersFile(headersFile());

	it('is the same for every build: it reads no page', () => {
		expect(headersFile()).toBe(headersFile({ base: '/' }));
		expect(headersFile({ base: '/news/' })).toBe(headersFile().replace(/^\//gm, '/news/'));
	});

	it('sends pages what a meta policy cannot carry, and no script or style source to narrow the page’s own', () => {
		const csp = headersFor(rules, '/alpha/').get('content-security-policy');
		expect(csp).toBe(PAGE_HEADER_POLICY);
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).not.toMatch(/default-src|script-src|style-src/);
	});

	it('sends files that are never pages a policy under which nothing runs or loads', () => {
		for (const path of ['/_astro/app.123.js', '/_astro/chart.Ab12.svg', '/social/alpha.png', '/favicon.svg']) {
			const csp = headersFor(rules, path).get('content-security-policy');
			expect(csp, path).toBe(ASSET_HEADER_POLICY);
		}
		expect(ASSET_HEADER_POLICY).toMatch(/^default-src 'none';.*\bsandbox$/);
	});

	it('caches hashed assets for a year and leaves HTML to revalidate', () => {
		expect(headersFor(rules, '/_astro/app.123.js').get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(headersFor(rules, '/pagefind/fragment/en_1.pf_fragment').get('cache-control')).toContain('immutable');
		expect(headersFor(rules, '/alpha/').has('cache-control')).toBe(false);
		expect(headersFor(rules, '/pagefind/pagefind.js').has('cache-control')).toBe(false);
		expect(headersFor(rules, '/social/alpha.png').has('cache-control')).toBe(false);
	});

	it('scores A+ on the Observatory rules with the page’s meta policy, with no unsafe-inline', () => {
		const result = score(headersFor(rules, '/alpha/'), PAGE);
		expect(result.grade).toBe('A+');
		expect(result.score).toBeGreaterThanOrEqual(115);
		expect(result.tests['content-security-policy']?.result).toBe('csp-implemented-with-no-unsafe-default-src-none');
		expect(result.tests['x-frame-options']?.result).toBe('x-frame-options-implemented-via-csp');
	});

	it('the scorer fails what should fail', () => {
		expect(score({}, PAGE.replace(/<meta http-equiv[^>]*>/, ''))).toMatchObject({ score: 30, grade: 'D' });
		expect(
			score(headersFor(rules, '/alpha/'), PAGE.replace(/<meta http-equiv[^>]*>/, '')).tests['content-security-policy']
				?.result,
		).toBe('csp-implemented-with-no-unsafe');
		expect(
			score(
				{
					'Content-Security-Policy': "script-src 'self' 'unsafe-inline'",
					'Strict-Transport-Security': 'max-age=300',
					'X-Content-Type-Options': 'nosniff',
					'X-Frame-Options': 'DENY',
				},
				'<p>x</p>',
			).score,
		).toBe(70);
		// The Observatory reads header and meta as one: a source either allows counts.
		expect(score({ 'Content-Security-Policy': 'object-src *' }, PAGE).tests['content-security-policy']?.result).toBe(
			'csp-implemented-with-insecure-scheme',
		);
		expect(
			score({ 'content-security-policy': "default-src 'self'" }, '<script src="https://cdn.example/x.js"></script>')
				.tests['subresource-integrity']?.modifier,
		).toBe(-5);
	});
});

describe('the _headers parser', () => {
	it('names the line it cannot read', () => {
		expect(() => parseHeadersFile('/*\n  X-A: 1\n  not a header\n')).toThrow('_headers:3');
	});
});
