/** Search as a reader uses it: in Chromium, against the built index. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession } from '../support/browser.ts';
import { SITE_DIST } from '../support/paths.ts';
import { QUERIES } from '../support/search-queries.ts';

const session = useSession(SITE_DIST);

const input = (page: Page) => page.locator('pagefind-modal pagefind-input input');
const results = (page: Page) => page.locator('pagefind-modal .search-result a.pf-result-link');
/**
 * The top-ranked result, once its data has loaded. Results load lazily and
 * out of order, so "the first loaded result" is not always the first one.
 */
const topResult = (page: Page, scope = 'pagefind-modal') => page.locator(`${scope} li.search-result[data-pf-result-index="0"] a.pf-result-link`);
const path = (href: string) => {
	const url = new URL(href, 'http://x');
	return url.pathname + url.hash;
};

async function openWith(page: Page, key: 'click' | 'slash' | 'ctrl-k'): Promise<void> {
	if (key === 'click') await page.locator('[data-search-trigger]').click();
	else if (key === 'slash') await page.keyboard.press('/');
	else await page.keyboard.press('Control+k');
	await input(page).waitFor();
	await expect.poll(() => input(page).evaluate((el) => el === document.activeElement)).toBe(true);
}

async function query(page: Page, text: string): Promise<void> {
	await input(page).fill('');
	await input(page).fill(text);
	// Settled: the summary names the query and is no longer "Searching for …".
	await expect.poll(async () => {
		const summary = (await page.locator('pagefind-modal pagefind-summary').textContent()) ?? '';
		return summary.includes(text) && !/^Searching/i.test(summary.trim());
	}, { timeout: 10_000 }).toBe(true);
}

describe('search', () => {
	it('fetches nothing of Pagefind until the reader reaches for it', async () => {
		const { page, requests } = await session.open('/us-nato-style-security-guarantees-ukraine/');
		await page.mouse.move(10, 500);
		await page.waitForTimeout(300);
		expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
		await page.locator('[data-search-trigger]').hover();
		await expect.poll(() => requests.some((u) => u.includes('/pagefind/pagefind-component-ui.js'))).toBe(true);
		await page.context().close();
	});

	it('the table of names and terms: each query leads to its entity first', async () => {
		const { page } = await session.open('/');
		await openWith(page, 'click');
		for (const { query: text, first } of QUERIES) {
			await query(page, text);
			await expect.poll(async () => path((await topResult(page).getAttribute('href'))!), { message: text, timeout: 10_000 }).toBe(first);
		}
		await page.context().close();
	});

	it('finds "Witkoff", shows kind, title, context and a highlighted excerpt, and lands on the paragraph with the words marked', async () => {
		const { page } = await session.open('/');
		await openWith(page, 'click');
		await query(page, 'Witkoff');
		const paragraph = page.locator('pagefind-modal .search-result', { has: page.locator('.search-context', { hasText: 'Article 5-like' }) }).first().locator('a.pf-result-link');
		await paragraph.waitFor();
		expect(await paragraph.locator('.search-kind').textContent()).toBe('Explainer');
		const item = paragraph.locator('xpath=ancestor::li[1]');
		expect(await item.locator('.pf-result-excerpt mark').first().textContent()).toMatch(/witkoff/i);
		await paragraph.click();
		await page.waitForURL(/#p-/);
		const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
		const target = page.locator(`[id="${id}"]`);
		await expect.poll(() => target.locator('mark.search-hit').count()).toBeGreaterThan(0);
		expect((await target.locator('mark.search-hit').first().textContent())!.toLowerCase()).toBe('witkoff');
		expect(await target.getAttribute('class')).toContain('search-target');
		await expect.poll(async () => {
			const y = (await target.boundingBox())!.y;
			return y >= -1 && y < 900;
		}, { timeout: 5000 }).toBe(true);
		const settled = await page.evaluate(() => scrollY);
		await page.waitForTimeout(600);
		expect(await page.evaluate(() => scrollY)).toBe(settled);
		await page.context().close();
	});

	it('keyboard: / and Ctrl-K open it, arrows move, Enter opens, Esc closes and returns focus', async () => {
		const { page } = await session.open('/sources/');
		await openWith(page, 'slash');
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);
		await openWith(page, 'ctrl-k');
		await query(page, 'Meloni');
		await results(page).first().waitFor();
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => page.evaluate(() => document.activeElement?.closest('pagefind-results, pagefind-input')?.tagName ?? document.activeElement?.tagName)).not.toBe('BODY');
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);

		const trigger = page.locator('[data-search-trigger]');
		await trigger.focus();
		await page.keyboard.press('Enter');
		await input(page).waitFor();
		await query(page, 'Meloni');
		await expect.poll(async () => path((await topResult(page).getAttribute('href'))!), { timeout: 10_000 }).toBe('/people/giorgia-meloni/');
		const href = (await topResult(page).getAttribute('href'))!;
		// Let the visible results finish loading (placeholders are swapped for results as their data arrives).
		await expect.poll(() => page.locator('pagefind-modal pagefind-results ul[aria-busy="false"]').count()).toBe(1);
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
		await Promise.all([page.waitForURL((url) => url.pathname === new URL(href, session.base).pathname), page.keyboard.press('Enter')]);
		await page.context().close();
	});

	it('has one close control, and Esc returns focus to the search button', async () => {
		const { page } = await session.open('/');
		await page.locator('[data-search-trigger]').focus();
		await page.keyboard.press('Enter');
		await input(page).waitFor();
		await expect.poll(() => page.locator('pagefind-modal .pf-modal-close').count()).toBe(1);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger'))).toBe(true);
		await page.context().close();
	});

	it('announces the number of results to screen readers', async () => {
		const { page } = await session.open('/');
		await openWith(page, 'click');
		await query(page, 'Witkoff');
		await expect.poll(() => page.locator('[role=status]').allTextContents().then((t) => t.join(' ')), { timeout: 10_000 }).toMatch(/\d+ results? for Witkoff/);
		await page.context().close();
	});

	it('filters by kind and by outlet cited', async () => {
		const { page } = await session.open('/');
		await openWith(page, 'click');
		await query(page, 'Witkoff');
		const toggle = async (filter: string, value: string) => {
			const dropdown = page.locator(`pagefind-filter-dropdown[filter=${filter}]`);
			if (await dropdown.locator('.pf-dropdown-menu').isHidden()) await dropdown.locator('.pf-dropdown-trigger').click();
			await dropdown.locator(`[role=option][data-value="${value}"]`).click();
			await page.keyboard.press('Escape');
		};
		const kinds = () => results(page).locator('.search-kind').allTextContents();
		await toggle('kind', 'Person');
		await expect.poll(async () => (await kinds()).length > 0 && (await kinds()).every((k) => k === 'Person'), { timeout: 10_000 }).toBe(true);
		await toggle('kind', 'Person');
		await toggle('outlet', 'Bloomberg');
		await expect.poll(async () => (await kinds()).length > 0 && (await kinds()).every((k) => k === 'Explainer' || k === 'Source'), { timeout: 10_000 }).toBe(true);
		expect(await page.locator('pagefind-modal dialog[open]').count()).toBe(1);
		await page.context().close();
	});

	it('shows a query with HTML as text, never runs it, and offers help when nothing matches', async () => {
		const { page } = await session.open('/');
		await openWith(page, 'click');
		const hostile = '<img src=x onerror="window.__pwned=1">';
		await input(page).fill(hostile);
		await expect.poll(() => page.locator('pagefind-modal pagefind-summary').textContent(), { timeout: 10_000 }).toContain('<img');
		expect(await page.locator('pagefind-modal img').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		await query(page, 'qwertyzxcv');
		expect(await page.locator('pagefind-modal pagefind-summary').textContent()).toContain('No results');
		const help = page.locator('pagefind-modal .search-empty');
		await expect.poll(() => help.isVisible()).toBe(true);
		expect(await help.locator('a[href="/a-z/"]').count()).toBe(1);
		await page.context().close();
	});

	it('the /search/ page runs the query from ?q=', async () => {
		const { page } = await session.open('/search/?q=von%20der%20Leyen');
		const first = topResult(page, '.search-page');
		await first.waitFor({ timeout: 15_000 });
		expect(path((await first.getAttribute('href'))!)).toBe('/people/ursula-von-der-leyen/');
		expect(await page.locator('.search-page pagefind-input input').inputValue()).toBe('von der Leyen');
		await page.context().close();
	});

	it('without JavaScript there is no search box, only links to the A–Z index and sources', async () => {
		for (const path of ['/', '/search/']) {
			const { page } = await session.open(path, { javaScriptEnabled: false });
			expect(await page.locator('[data-search-trigger]').isVisible()).toBe(false);
			expect(await page.locator('header a[href="/a-z/"]').isVisible()).toBe(true);
			expect(await page.locator('header a[href="/sources/"]').isVisible()).toBe(true);
			if (path === '/search/') expect(await page.locator('main').textContent()).toContain('Search needs JavaScript');
			await page.context().close();
		}
	});
});
