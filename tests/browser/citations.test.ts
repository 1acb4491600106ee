/** Following a citation: highlighting, permalinks, the phone sheet, print. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession } from '../support/browser.ts';
import { SITE_DIST } from '../support/paths.ts';

const ARTICLE = '/us-nato-style-security-guarantees-ukraine/';
const session = useSession(SITE_DIST);

/** Boxes of everything in the first cited rows, to detect any movement. */
const layout = (page: Page) =>
	page.$$eval('.cited, .cited p, .cited li.note', (els) =>
		els
			.slice(0, 40)
			.map((e) => {
				const r = e.getBoundingClientRect();
				return [r.left + scrollX, r.top + scrollY, r.width, r.height].join();
			})
			.join(';'),
	);

describe.each([1280, 820, 390])('highlighting at %i px', (width) => {
	it('hovering a marker lights its claim and entry; hovering an entry lights its claims; nothing moves', async () => {
		const { page } = await session.open(ARTICLE, { viewport: { width, height: 900 } });
		const before = await layout(page);
		const marker = page.locator('sup.marker a[role=doc-noteref]').nth(2);
		const claimId = await marker.evaluate((a) => a.closest<HTMLElement>('.marker')!.dataset.claim!);
		const noteId = (await marker.getAttribute('href'))!.slice(1);
		await marker.hover();
		await expect.poll(() => page.locator(`[id="${claimId}"]`).getAttribute('class')).toContain('is-active');
		expect(await page.locator(`[id="${noteId}"]`).getAttribute('class')).toContain('is-active');
		expect(await layout(page)).toBe(before);

		const note = page.locator(`[id="${noteId}"]`);
		await note.locator('.note-source').hover();
		const claims = await note.locator('a[role=doc-backlink]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
		for (const id of claims) await expect.poll(() => page.locator(`[id="${id}"]`).getAttribute('class')).toContain('is-active');
		expect(await layout(page)).toBe(before);
		await page.context().close();
	});

	it('focusing a marker from the keyboard lights its claim', async () => {
		const { page } = await session.open(ARTICLE, { viewport: { width, height: 900 } });
		const marker = page.locator('sup.marker a[role=doc-noteref]').first();
		await marker.focus();
		const claimId = await marker.evaluate((a) => a.closest<HTMLElement>('.marker')!.dataset.claim!);
		await expect.poll(() => page.locator(`[id="${claimId}"]`).getAttribute('class')).toContain('is-active');
		expect(await marker.evaluate((a) => getComputedStyle(a).outlineStyle)).not.toBe('none');
		await page.context().close();
	});
});

describe('permalinks', () => {
	it('"Link" copies the claim URL, and arriving there highlights the claim and its sources', async () => {
		const { page } = await session.open(ARTICLE);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.base });
		const link = page.locator('a.claim-link').nth(3);
		const hash = (await link.getAttribute('href'))!;
		await link.scrollIntoViewIfNeeded();
		const scrollBefore = await page.evaluate(() => scrollY);
		await link.click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${session.base}${ARTICLE}${hash}`);
		expect(await page.locator('#citation-status').textContent()).toContain('copied');
		expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);

		const arrival = await session.open(`${ARTICLE}${hash}`);
		const claim = arrival.page.locator(`[id="${hash.slice(1)}"]`);
		expect(await claim.evaluate((el) => el.matches(':target'))).toBe(true);
		const cited = await arrival.page.locator('li.note.is-cited').evaluateAll((els) => els.map((e) => [...e.querySelectorAll('a[role=doc-backlink]')].map((a) => (a as HTMLAnchorElement).hash)));
		expect(cited.length).toBeGreaterThan(0);
		for (const claims of cited) expect(claims).toContain(hash);
		await page.context().close();
		await arrival.page.context().close();
	});

	it('a claim URL still highlights the claim with JavaScript off', async () => {
		const { page } = await session.open(ARTICLE, { javaScriptEnabled: false });
		const full = (await page.locator('span.claim').nth(5).getAttribute('id'))!;
		const arrival = await session.open(`${ARTICLE}#${full}`, { javaScriptEnabled: false });
		const background = await arrival.page.locator(`[id="${full}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(background).not.toBe('rgba(0, 0, 0, 0)');
		await page.context().close();
		await arrival.page.context().close();
	});
});

describe('phones (390 px)', () => {
	it('tapping a marker opens its entry in a sheet, without moving the page; Esc closes and returns focus', async () => {
		const { page } = await session.open(ARTICLE, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const marker = page.locator('sup.marker a[role=doc-noteref]').nth(4);
		await marker.scrollIntoViewIfNeeded();
		const scrollBefore = await page.evaluate(() => scrollY);
		const source = await page.locator(`[id="${(await marker.getAttribute('href'))!.slice(1)}"]`).getAttribute('data-source');
		await marker.tap();
		const sheet = page.locator('#note-sheet');
		await expect.poll(() => sheet.evaluate((el) => el.matches(':popover-open'))).toBe(true);
		expect(await sheet.locator('li.note').getAttribute('data-source')).toBe(source);
		expect(await sheet.locator('.quote').count()).toBeGreaterThan(0);
		expect(await sheet.locator('.sheet-title').textContent()).toMatch(/^Source \d+: /);
		expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('sheet-close');
		await page.keyboard.press('Escape');
		await expect.poll(() => sheet.evaluate((el) => el.matches(':popover-open'))).toBe(false);
		expect(await marker.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
		await page.context().close();
	});

	it('the close control closes the sheet, and the full list stays after the paragraph', async () => {
		const { page } = await session.open(ARTICLE, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const marker = page.locator('sup.marker a[role=doc-noteref]').first();
		await marker.tap();
		const sheet = page.locator('#note-sheet');
		await expect.poll(() => sheet.evaluate((el) => el.matches(':popover-open'))).toBe(true);
		await sheet.locator('.sheet-close').tap();
		await expect.poll(() => sheet.evaluate((el) => el.matches(':popover-open'))).toBe(false);
		const row = marker.locator('xpath=ancestor::div[contains(@class,"cited")]');
		expect(await row.locator('aside.notes').isVisible()).toBe(true);
		await page.context().close();
	});

	it('without JavaScript a tap goes to the entry after the paragraph instead', async () => {
		const { page } = await session.open(ARTICLE, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
		const marker = page.locator('sup.marker a[role=doc-noteref]').first();
		await marker.click();
		const hash = (await marker.getAttribute('href'))!;
		await page.waitForFunction((h) => location.hash === h, hash);
		expect(await page.locator('#note-sheet').isVisible()).toBe(false);
		await page.context().close();
	});
});

describe('print', () => {
	it('prints sources as footnotes under each paragraph, with URLs, and hides controls', async () => {
		const { page } = await session.open(ARTICLE);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('header.site-header').isVisible()).toBe(false);
		expect(await page.locator('.support-actions').first().isVisible()).toBe(false);
		expect(await page.locator('.quote').first().isVisible()).toBe(true);
		const rows = await page.$$eval('.cited', (rows) =>
			rows.map((r) => {
				const p = r.querySelector(':scope > p')!.getBoundingClientRect();
				const a = r.querySelector(':scope > aside')!.getBoundingClientRect();
				return { below: a.top >= p.bottom - 1, left: Math.abs(a.left - p.left) < 2 };
			}),
		);
		expect(rows.every((r) => r.below && r.left)).toBe(true);
		const after = await page.locator('a.note-title').first().evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toContain('https://');
		await page.context().close();
	});
});

describe('layout stability', () => {
	it('nothing shifts while the page and its scripts load', async () => {
		const { page } = await session.open(ARTICLE, { viewport: { width: 390, height: 844 } });
		const shift = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let total = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
					}).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => resolve(total), 500);
				}),
		);
		expect(shift).toBe(0);
		await page.context().close();
	});
});
