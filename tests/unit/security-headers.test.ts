/**
 * The Content-Security-Policy and host headers are built from what the
 * build emits; scored against the Observatory's rules they earn an A+
 * with no 'unsafe-inline'. The scorer itself is checked on bad headers.
 */
import { describe, expect, it } from 'vitest';
import { inlineCode, policy, sha256, withMetaPolicy } from '../../src/security/csp.ts';
import { headersFile } from '../../src/security/headers.ts';
import { headersFor, parseHeadersFile } from '../../src/server/headers-file.ts';
import { score } from '../support/observatory.ts';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><script>document.documentElement.classList.add('js')</script><style>p{color:red}</style><script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/x.js"></script></head><body><script type="module">import('/x.js')</script></body></html>`;

describe('the Content-Security-Policy', () => {
	it('hashes every inline script and style exactly, and skips data blocks and external scripts', () => {
		const { scripts, styles } = inlineCode(PAGE);
		expect(scripts).toEqual(["document.documentElement.classList.add('js')", "import('/x.js')"]);
		expect(styles).toEqual(['p{color:red}']);
		expect(sha256("document.documentElement.classList.add('js')")).toBe("'sha256-Du+OJKJSbdUgz5nrHeWWINvez6XKDDU/tyj/5c2uvwo='");
	});

	it('allows nothing inline but those hashes, WebAssembly for search, and nothing from elsewhere', () => {
		const text = policy({ scriptHashes: ["'sha256-a'"], styleHashes: ["'sha256-b'"], header: true });
		expect(text).toBe("default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a'; style-src 'self' 'sha256-b'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'");
		expect(text).not.toContain('unsafe-inline');
		expect(policy({ scriptHashes: [], styleHashes: [], header: false })).not.toContain('frame-ancestors');
	});

	it('puts the meta policy first in <head>', () => {
		expect(withMetaPolicy(PAGE, "default-src 'none'")).toMatch(/^<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'none'"><meta charset/);
	});

	it('replaces the policy of a page that already has one (a page kept from the last build)', () => {
		const again = withMetaPolicy(withMetaPolicy(PAGE, "default-src 'none'"), "default-src 'self'");
		expect(again.match(/http-equiv="content-security-policy"/g)).toHaveLength(1);
		expect(again).toContain(`content="default-src 'self'"`);
	});
});

describe('the _headers file and its score', () => {
	const file = headersFile({ csp: policy({ scriptHashes: ["'sha256-a'"], styleHashes: ["'sha256-b'"], header: true }) });
	const rules = parseHeadersFile(file);

	it('caches hashed assets for a year and leaves HTML to revalidate', () => {
		expect(headersFor(rules, '/_astro/app.123.js').get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(headersFor(rules, '/pagefind/fragment/en_1.pf_fragment').get('cache-control')).toContain('immutable');
		expect(headersFor(rules, '/alpha/').has('cache-control')).toBe(false);
		expect(headersFor(rules, '/pagefind/pagefind.js').has('cache-control')).toBe(false);
	});

	it('scores A+ on the Observatory rules, with no unsafe-inline', () => {
		const result = score(headersFor(rules, '/alpha/'), PAGE);
		expect(result.grade).toBe('A+');
		expect(result.score).toBeGreaterThanOrEqual(115);
		expect(result.tests['content-security-policy']?.result).toBe('csp-implemented-with-no-unsafe-default-src-none');
		expect(result.tests['x-frame-options']?.result).toBe('x-frame-options-implemented-via-csp');
	});

	it('the scorer fails what should fail', () => {
		expect(score({}, PAGE)).toMatchObject({ score: 30, grade: 'D' });
		expect(score({ 'Content-Security-Policy': "script-src 'self' 'unsafe-inline'", 'Strict-Transport-Security': 'max-age=300', 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' }, PAGE).score).toBe(70);
		expect(score({ 'content-security-policy': "default-src 'self'" }, '<script src="https://cdn.example/x.js"></script>').tests['subresource-integrity']?.modifier).toBe(-5);
	});
});

describe('the _headers parser', () => {
	it('names the line it cannot read', () => {
		expect(() => parseHeadersFile('/*\n  X-A: 1\n  not a header\n')).toThrow('_headers:3');
	});
});
