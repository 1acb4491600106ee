/** The article in a real browser: layout at two widths, and with JavaScript off. */
import { describe, expect, it } from 'vitest';
import { useSession } from '../support/browser.ts';
import { SITE_DIST } from '../support/paths.ts';

const ARTICLE = '/us-nato-style-security-guarantees-ukraine/';
const session = useSession(SITE_DIST);

/** Boxes of each cited paragraph and its aside. */
async function boxes(width: number, javaScriptEnabled = true) {
	const { page } = await session.open(ARTICLE, { viewport: { width, height: 900 }, javaScriptEnabled });
	const result = await page.$$eval('.cited', (rows) =>
		rows.map((row) => {
			const p = row.querySelector(':scope > p')!.getBoundingClientRect();
			const a = row.querySelector(':scope > aside')!.getBoundingClientRect();
			return { p: { left: p.left, right: p.right, top: p.top, bottom: p.bottom }, a: { left: a.left, right: a.right, top: a.top, bottom: a.bottom, width: a.width } };
		}),
	);
	await page.context().close();
	return result;
}

describe('article layout', () => {
	it.each([1280, 820])('puts each source list beside its paragraph at %i px', async (width) => {
		const rows = await boxes(width);
		expect(rows.length).toBeGreaterThan(20);
		for (const { p, a } of rows) {
			expect(a.left).toBeGreaterThanOrEqual(p.right);
			expect(Math.abs(a.top - p.top)).toBeLessThan(4);
		}
		// No list runs into the next paragraph's list.
		for (let i = 1; i < rows.length; i++) expect(rows[i]!.a.top).toBeGreaterThanOrEqual(rows[i - 1]!.a.bottom);
	});

	it('puts each source list after its paragraph at 390 px, without horizontal scrolling', async () => {
		const rows = await boxes(390);
		for (const { p, a } of rows) {
			expect(a.top).toBeGreaterThanOrEqual(p.bottom);
			expect(a.width).toBeGreaterThan(300);
		}
		const { page } = await session.open(ARTICLE, { viewport: { width: 390, height: 800 } });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await page.context().close();
	});

	it('keeps the same layout with JavaScript off', async () => {
		const rows = await boxes(1280, false);
		for (const { p, a } of rows) expect(a.left).toBeGreaterThanOrEqual(p.right);
	});
});

describe('following a citation without JavaScript', () => {
	it('a marker opens its entry, and the entry leads back to the claim', async () => {
		const { page, requests } = await session.open(ARTICLE, { javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
		const noteId = await page.locator('li.note[data-source=ap-2025-08-17-witkoff]').first().getAttribute('id');
		const marker = page.locator(`a[role=doc-noteref][href="#${noteId}"]`).first();
		const target = (await marker.getAttribute('href'))!;
		await marker.click();
		await page.waitForFunction((hash) => location.hash === hash, target);
		const note = page.locator(`li${target}`);
		await expect.poll(() => note.evaluate((el) => el.matches(':target'))).toBe(true);
		expect(await note.isVisible()).toBe(true);
		expect(await note.locator('cite a').getAttribute('href')).toMatch(/^https:\/\/www\.shropshirestar\.com\//);
		expect(await note.locator('.quote').first().textContent()).toMatch(/legislative commitment|details|welcome|Article 5/);

		const back = note.locator('a[role=doc-backlink]').first();
		const claim = (await back.getAttribute('href'))!;
		await back.click();
		await page.waitForFunction((hash) => location.hash === hash, claim);
		const span = page.locator(`span.claim${claim}`);
		expect(await span.evaluate((el) => el.matches(':target'))).toBe(true);
		// Scrolling may be animated (smooth scrolling): wait for the claim to come into view.
		await expect.poll(async () => (await span.boundingBox())!.y, { timeout: 5000 }).toBeGreaterThanOrEqual(-1);
		expect((await span.boundingBox())!.y).toBeLessThan(800);
		expect(requests.filter((u) => !u.startsWith(session.base))).toEqual([]);
		await page.context().close();
	});

	it('loads nothing of Pagefind and nothing from other hosts before interaction', async () => {
		const { page, requests } = await session.open(ARTICLE);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
		expect(requests.filter((u) => !u.startsWith(session.base))).toEqual([]);
		await page.context().close();
	});
});
