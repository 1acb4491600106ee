/**
 * The fixture site built for a sub-path (`SITE_BASE=/explainers/`) and
 * served under it, as a GitHub Pages project site is: search loads its
 * index from under the base and its results lead to pages that exist.
 */
import { describe, expect, it } from 'vitest';
import { sitesBuilt } from '../support/builds.ts';
import { useSession } from '../support/browser.ts';
import { FIXTURE_BASE, FIXTURE_BASE_DIST } from '../support/paths.ts';
import { readSite } from '../support/site-files.ts';

await sitesBuilt('base');

const session = useSession(FIXTURE_BASE_DIST, { base: FIXTURE_BASE });

describe(`a site served under ${FIXTURE_BASE}`, () => {
	it('searches, and every result leads to a page under the base that loads', async () => {
		const { page, requests, errors } = await session.open('/alpha/');
		expect(new URL(page.url()).pathname).toBe(`${FIXTURE_BASE}alpha/`);
		await page.locator('[data-search-trigger]').click();
		await page.locator('#search-dialog-input').fill('envoy');
		await page.locator('#search-dialog .search-result').first().waitFor();
		expect(
			requests
				.filter((u) => u.includes('/pagefind/'))
				.every((u) => new URL(u).pathname.startsWith(`${FIXTURE_BASE}pagefind/`)),
		).toBe(true);
		const hrefs = await page
			.locator('#search-dialog .search-result a.search-link')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of new Set(hrefs.map((h) => h.split('#')[0]!))) {
			expect(new URL(href).pathname, href).toMatch(new RegExp(`^${FIXTURE_BASE}`));
			const response = await page.request.get(href);
			expect(response.status(), href).toBe(200);
		}
		const before = page.url();
		await Promise.all([
			page.waitForURL((url) => url.href !== before && url.pathname.startsWith(FIXTURE_BASE)),
			page.locator('#search-dialog .search-result a.search-link').first().click(),
		]);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('has no link, image, form or script on any page that leaves the base, an author’s root-relative link included', () => {
		const outside: string[] = [];
		const pages = readSite(FIXTURE_BASE_DIST);
		for (const [path, page] of pages) {
			for (const el of page.root.querySelectorAll('[href], [src], [srcset], [action], [poster], [data]')) {
				const urls = ['href', 'src', 'action', 'poster', 'data']
					.map((a) => el.getAttribute(a))
					.concat((el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]));
				for (const url of urls)
					if (url && /^\/(?!\/)/.test(url) && !url.startsWith(FIXTURE_BASE))
						outside.push(`${path}: <${el.tagName.toLowerCase()}> ${url}`);
			}
		}
		expect(pages.size).toBeGreaterThan(10);
		expect(outside).toEqual([]);
		// The fixture's Methods note links to `/sources/`, written from the site's root.
		// (The build's folder is the site's base: its `alpha/` is served as /explainers/alpha/.)
		const alpha = pages.get('/alpha/')!;
		expect(
			alpha.root
				.querySelectorAll('a')
				.find((a) => a.text === 'sources page')
				?.getAttribute('href'),
		).toBe(`${FIXTURE_BASE}sources/`);
	});

	it('without JavaScript, the header’s links stay under the base', async () => {
		const { page } = await session.open('/', { javaScriptEnabled: false });
		const hrefs = await page.locator('header a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(hrefs.length).toBeGreaterThan(3);
		expect(hrefs.filter((h) => !h.startsWith(FIXTURE_BASE))).toEqual([]);
		await page.context().close();
	});
});
