/**
 * The CSP pass over a built site, with Astro's incremental-build cache: a
 * page restored from the last build already carries its policy and is not
 * written again, a restored page whose inline code changed gets the new
 * policy, and every page ends up with exactly one policy either way.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { secureSite } from '../../src/integrations/security-headers.ts';

const root = mkdtempSync(join(tmpdir(), 'secure-site-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const site = join(root, 'dist');
const cache = join(root, 'cache', 'dist');

const page = (script: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><script>${script}</script></head><body><p>Text</p></body></html>`;

/** A build as Astro writes it: every page in the site, and the cached ones also in the cache. */
function build(pages: Record<string, string>, cached: string[]): void {
	rmSync(site, { recursive: true, force: true });
	for (const [path, html] of Object.entries(pages)) {
		for (const file of [join(site, path), ...(cached.includes(path) ? [join(cache, path)] : [])]) {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, html);
		}
	}
}

/** The next build restores the cached pages, as Astro does: copies of the cached files. */
function restore(paths: string[], rendered: Record<string, string>): void {
	rmSync(site, { recursive: true, force: true });
	for (const path of paths) {
		mkdirSync(dirname(join(site, path)), { recursive: true });
		cpSync(join(cache, path), join(site, path));
	}
	for (const [path, html] of Object.entries(rendered)) writeFileSync(join(site, path), html);
}

const policies = (path: string) => readFileSync(join(site, path), 'utf8').match(/<meta http-equiv="content-security-policy" content="[^"]*">/g) ?? [];

describe('the CSP pass with the incremental build', () => {
	it('writes only the pages whose policy is not already there', () => {
		build({ 'a/index.html': page('a()'), 'b/index.html': page('b()'), 'index.html': page('home()') }, ['a/index.html', 'b/index.html']);
		expect(secureSite(site, '/', cache)).toMatchObject({ pages: 3, written: 3 });
		const secured = { a: readFileSync(join(site, 'a/index.html'), 'utf8'), b: readFileSync(join(site, 'b/index.html'), 'utf8') };

		// Next build: a and b restored; b was rendered again with other inline code; the home page has no cache key.
		restore(['a/index.html', 'b/index.html'], { 'b/index.html': page('b2()'), 'index.html': page('home()') });
		expect(secureSite(site, '/', cache)).toMatchObject({ pages: 3, written: 2 });
		expect(readFileSync(join(site, 'a/index.html'), 'utf8')).toBe(secured.a);
		expect(readFileSync(join(site, 'b/index.html'), 'utf8')).not.toBe(secured.b);
		for (const path of ['a/index.html', 'b/index.html', 'index.html']) expect(policies(path)).toHaveLength(1);
		expect(policies('b/index.html')[0]).not.toBe(secured.b.match(/<meta http-equiv="content-security-policy" content="[^"]*">/)![0]);
	});

	it('without a cache, secures every page as before', () => {
		build({ 'c/index.html': page('c()') }, []);
		expect(secureSite(site, '/')).toMatchObject({ pages: 1, written: 1 });
		expect(policies('c/index.html')).toHaveLength(1);
	});
});
