/** Search from the header box, in a real browser, against the built index. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from '../support/browser.ts';
import { SITE_DIST } from '../support/paths.ts';

let session: Session;
beforeAll(async () => {
	session = await startSession(SITE_DIST);
});
afterAll(async () => {
	await session?.close();
});

describe('search', () => {
	it('finds the explainer for "Witkoff" and lands on the matching paragraph', async () => {
		const { page, requests } = await session.open('/');
		expect(requests.some((u) => u.includes('/pagefind/'))).toBe(false);
		await page.locator('#site-search-input').click();
		const input = page.locator('pagefind-searchbox input');
		await input.waitFor();
		await input.pressSequentially('Witkoff', { delay: 20 });
		const result = page.locator('pagefind-searchbox a[role=option]', { hasText: 'Article 5-like' }).first();
		await result.waitFor({ timeout: 15_000 });
		const paragraph = page.locator('pagefind-searchbox a[role=option][href*="#p-"]').first();
		await paragraph.waitFor();
		const href = (await paragraph.getAttribute('href'))!;
		expect(href).toMatch(/^\/us-nato-style-security-guarantees-ukraine\/.*#p-/);
		await paragraph.click();
		await page.waitForURL(/#p-/);
		const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
		const target = page.locator(`[id="${id}"]`);
		expect((await target.textContent())!).toMatch(/Witkoff/);
		await expect.poll(async () => (await target.boundingBox())!.y, { timeout: 5000 }).toBeGreaterThanOrEqual(-1);
		expect((await target.boundingBox())!.y).toBeLessThan(900);
		await page.context().close();
	});

	it('the /search/ page runs the query from ?q=', async () => {
		const { page } = await session.open('/search/?q=von%20der%20Leyen');
		const result = page.locator('pagefind-searchbox a[role=option]', { hasText: 'Article 5-like' }).first();
		await result.waitFor({ timeout: 15_000 });
		expect(await page.locator('pagefind-searchbox input').inputValue()).toBe('von der Leyen');
		await page.context().close();
	});

	it('without JavaScript the search page points to the browsable indexes', async () => {
		const { page } = await session.open('/search/', { javaScriptEnabled: false });
		expect(await page.locator('main').textContent()).toContain('Search needs JavaScript');
		expect(await page.locator('main a[href="/sources/"]').count()).toBeGreaterThan(0);
		await page.context().close();
	});
});
