/**
 * Search that forgives, on the fixture site's /search/ page in Chromium:
 * a misspelt name or term runs again under the site's own spelling, says
 * so in the live region, and offers the search as typed; a known other
 * spelling (an entity's alias) finds the same pages.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ALL_RULES, violations } from '../support/axe.ts';
import { useSession } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

const session = useSession(FIXTURE_DIST);
const SCOPE = '[data-search-page]';
const status = (page: Page) => page.locator(`${SCOPE} [role=status]`);
const hrefs = (page: Page) =>
	page
		.locator(`${SCOPE} .search-result a.search-link`)
		.evaluateAll((as) =>
			as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
		);
const vocabulary = (requests: string[]) => requests.filter((u) => new URL(u).pathname === '/search/vocabulary.json');

/** Wait until the search is done: its count read out, and the results no longer busy. */
async function settled(page: Page): Promise<string> {
	await expect
		.poll(
			async () =>
				/result/.test((await status(page).textContent()) ?? '') &&
				!(await status(page).textContent())!.startsWith('Searching') &&
				(await page.locator(`${SCOPE} .search-results`).getAttribute('aria-busy')) !== 'true',
		)
		.toBe(true);
	return (await status(page).textContent())!;
}

describe('search that forgives a misspelling', () => {
	it('runs a misspelt name under the site’s spelling, says so, and leads to its page', async () => {
		const { page, requests, errors } = await session.open('/search/?q=Zanzibr');
		expect(await settled(page)).toBe('Showing 2 results for “Zanzibar”: nothing matched “Zanzibr”.');
		expect(vocabulary(requests)).toHaveLength(1);
		const found = await hrefs(page);
		expect(found[0]).toBe('/places/zanzibar/');
		expect(found.some((h) => h.startsWith('/alpha/#p-'))).toBe(true);
		await Promise.all([
			page.waitForURL((url) => url.pathname === '/places/zanzibar/'),
			page.locator(`${SCOPE} a.search-link`).first().click(),
		]);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('corrects the misspelt word of a name that found little, and reaches the paragraphs about it', async () => {
		const { page } = await session.open('/search/?q=Jane%20Envoi');
		expect(await settled(page)).toBe('Showing 6 results for “Jane Envoy”: 1 result matched “Jane Envoi”.');
		expect(await page.locator(`${SCOPE} .search-correction`).textContent()).toBe(
			'Showing results for “Jane Envoy”. Search instead for “Jane Envoi”',
		);
		expect((await hrefs(page)).filter((h) => h.startsWith('/alpha/#p-the-envoy-said-')).length).toBeGreaterThan(0);
		await page.context().close();
	});

	it('corrects a misspelt term', async () => {
		const { page } = await session.open('/search/?q=harbor');
		expect(await settled(page)).toMatch(/^Showing \d+ results for “[Hh]arbour”: nothing matched “harbor”\.$/);
		expect(await hrefs(page)).toContain('/gamma/#p-the-harbour-reopened-a6iq0j');
		await page.context().close();
	});

	it('by keyboard: the search as typed is one Tab away, and Enter runs it', async () => {
		const { page } = await session.open('/search/');
		const input = page.locator(`${SCOPE} input[type=search]`);
		await input.focus();
		await page.keyboard.type('Envoi');
		expect(await settled(page)).toBe('Showing 6 results for “Envoy”: nothing matched “Envoi”.');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Search instead for “Envoi”');
		await page.keyboard.press('Enter');
		await expect.poll(() => status(page).textContent()).toBe('0 results for “Envoi”');
		expect(await page.locator(`${SCOPE} .search-empty`).isVisible()).toBe(true);
		expect(await page.locator(`${SCOPE} .search-correction`).isVisible()).toBe(false);
		expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
		// The address still holds what the reader typed.
		expect(new URL(page.url()).searchParams.get('q')).toBe('Envoi');
		await page.context().close();
	});

	it('fetches no vocabulary for a search that finds what was typed', async () => {
		const { page, requests } = await session.open('/search/?q=envoy');
		expect(await settled(page)).toBe('6 results for “envoy”');
		expect(vocabulary(requests)).toEqual([]);
		await page.context().close();
	});

	it('finds the same pages under an entity’s other spelling', async () => {
		const { page } = await session.open('/search/?q=Unguja');
		expect(await settled(page)).toBe('2 results for “Unguja”');
		const byAlias = await hrefs(page);
		await page.goto(`${session.base}/search/?q=Zanzibar`);
		expect(await settled(page)).toBe('2 results for “Zanzibar”');
		expect((await hrefs(page)).sort()).toEqual(byAlias.sort());
		await page.context().close();
	});

	it.for([390, 1280])('shows the correction and the grouped results with no axe violations at %i px', async (width) => {
		const { page } = await session.open('/search/?q=Jane%20Envoi', { viewport: { width, height: 900 } });
		await settled(page);
		expect(await page.locator(`${SCOPE} .search-correction`).isVisible()).toBe(true);
		expect(await page.locator(`${SCOPE} .search-group`).count()).toBeGreaterThan(0);
		expect(await violations(page, ALL_RULES)).toEqual([]);
		await page.context().close();
	});

	it('suggests nothing, and shows the empty state, for a word far from any it knows', async () => {
		const { page } = await session.open('/search/?q=Quixotic');
		expect(await settled(page)).toBe('0 results for “Quixotic”');
		expect(await page.locator(`${SCOPE} .search-empty`).isVisible()).toBe(true);
		expect(await page.locator(`${SCOPE} .search-correction`).isVisible()).toBe(false);
		await page.context().close();
	});
});
