/**
 * Following a citation, in Chromium, as readers do at each width: the
 * preview on hover or focus, the card opening in place, the phone's sheet,
 * arriving at a claim (also at a corrected claim's old address), copying
 * a claim's link, printing, and a page that never shifts.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession } from '../support/browser.ts';
import { siteHandler } from '../../src/server/static-server.ts';
import { FIXTURE_DIST, SITE_DIST } from '../support/paths.ts';

const ARTICLE = '/us-nato-style-security-guarantees-ukraine/';
const session = useSession(SITE_DIST);
const fixture = useSession(FIXTURE_DIST);

/** Total layout shift not caused by input, over `ms` while `act` runs. */
async function shiftDuring(page: Page, act: () => Promise<void>, ms = 400): Promise<number> {
	await page.evaluate(() => {
		const w = window as unknown as { __shift: number };
		w.__shift = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__shift += e.value;
		}).observe({ type: 'layout-shift', buffered: false });
	});
	await act();
	await page.waitForTimeout(ms);
	return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

const marker = (page: Page, n: number) => page.locator('.prose p a[role=doc-noteref]').nth(n);
const popoverOpen = (page: Page, id: string) => page.locator(`#${id}`).evaluate((el) => el.matches(':popover-open'));

describe('wide screens (1280 px)', () => {
	it('hovering a marker highlights its claim and note and shows the full card beside it, with nothing moving', async () => {
		const { page } = await session.open(ARTICLE);
		const ref = marker(page, 4);
		await ref.scrollIntoViewIfNeeded();
		const href = (await ref.getAttribute('href'))!;
		const shift = await shiftDuring(page, () => ref.hover());
		expect(shift).toBe(0);
		expect(await popoverOpen(page, 'note-preview')).toBe(true);
		const claim = await ref.evaluate((a) => a.closest('.marker')!.getAttribute('data-claim'));
		expect(await page.locator(`[id="${claim}"]`).getAttribute('class')).toContain('is-active');
		expect(await page.locator(`[id="${href.slice(1)}"]`).getAttribute('class')).toContain('is-active');
		const preview = page.locator('#note-preview');
		expect(await preview.locator('.note-title').textContent()).toBe(await page.locator(`[id="${href.slice(1)}"] .note-title`).textContent());
		// The pointer can move into the preview (to follow its links) without it closing.
		await preview.hover();
		await page.waitForTimeout(400);
		expect(await popoverOpen(page, 'note-preview')).toBe(true);
		await page.mouse.move(5, 5);
		await expect.poll(() => popoverOpen(page, 'note-preview')).toBe(false);
		await page.context().close();
	});

	it('keyboard focus on a marker shows the preview; Esc hides it', async () => {
		const { page } = await session.open(ARTICLE);
		await marker(page, 0).focus();
		await expect.poll(() => popoverOpen(page, 'note-preview')).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => popoverOpen(page, 'note-preview')).toBe(false);
		await page.context().close();
	});

	it('a click on a marker opens its note’s card in place and moves focus there, without moving the page', async () => {
		const { page } = await session.open(ARTICLE);
		const ref = marker(page, 2);
		await ref.scrollIntoViewIfNeeded();
		const scroll = await page.evaluate(() => scrollY);
		const note = page.locator(`[id="${(await ref.getAttribute('href'))!.slice(1)}"]`);
		await ref.click();
		await expect.poll(() => note.locator('details.note-card').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		expect(await note.locator('.quote, .labels').first().isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.classList.contains('note-line'))).toBe(true);
		expect(Math.abs((await page.evaluate(() => scrollY)) - scroll)).toBeLessThan(2);
		await page.context().close();
	});

	it('hovering a note highlights the claims it supports', async () => {
		const { page } = await session.open(ARTICLE);
		const note = page.locator('.prose .notes li.note').nth(1);
		await note.scrollIntoViewIfNeeded();
		const claims = await note.locator('a[role=doc-backlink]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
		await note.hover();
		for (const id of claims) await expect.poll(() => page.locator(`[id="${id}"]`).getAttribute('class')).toContain('is-active');
		await page.context().close();
	});

	it('arriving at a claim’s address highlights it and the notes behind it, with or without JavaScript', async () => {
		const { page } = await session.open(ARTICLE);
		const id = (await page.locator('.claim').nth(5).getAttribute('id'))!;
		await page.context().close();
		for (const javaScriptEnabled of [true, false]) {
			const arrival = await session.open(`${ARTICLE}#${id}`, { javaScriptEnabled });
			const background = await arrival.page.locator(`[id="${id}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
			expect(background, `JS ${javaScriptEnabled}`).not.toBe('rgba(0, 0, 0, 0)');
			if (javaScriptEnabled) expect(await arrival.page.locator('.notes li.note.is-cited').count()).toBeGreaterThan(0);
			await arrival.page.context().close();
		}
	});

	it('“Link to claim” copies the claim’s address', async () => {
		const { page } = await session.open(ARTICLE, { permissions: ['clipboard-read', 'clipboard-write'] });
		const note = page.locator('.prose .notes li.note').first();
		await note.locator('summary.note-line').click();
		const hash = (await note.locator('a[role=doc-backlink]').first().getAttribute('href'))!;
		const link = note.locator('button.copy-link').first();
		await link.click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${session.base}${ARTICLE}${hash}`);
		expect(await page.locator('#citation-status').textContent()).toBe('Link to the claim copied.');
		await page.context().close();
	});
});

describe('a corrected claim (fixture)', () => {
	it('an old link still lands on the claim and lights it up, with or without JavaScript', async () => {
		for (const javaScriptEnabled of [true, false]) {
			const { page } = await fixture.open('/alpha/#c-the-envoy-repeated-the-qa6s0i', { javaScriptEnabled });
			const claim = page.locator('[id="c-the-envoy-repeated-the-5hyvvn"]');
			expect(await claim.evaluate((el) => getComputedStyle(el).backgroundColor), `JS ${javaScriptEnabled}`).not.toBe('rgba(0, 0, 0, 0)');
			expect(await claim.isVisible()).toBe(true);
			await page.context().close();
		}
	});
});

describe('phones (390 px)', () => {
	const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

	it('tapping a marker opens its card in a sheet without moving the page; Esc closes it and returns focus', async () => {
		const { page } = await session.open(ARTICLE, phone);
		const ref = marker(page, 4);
		await ref.scrollIntoViewIfNeeded();
		const scroll = await page.evaluate(() => scrollY);
		const source = await page.locator(`[id="${(await ref.getAttribute('href'))!.slice(1)}"]`).getAttribute('data-source');
		await ref.tap();
		await expect.poll(() => popoverOpen(page, 'note-sheet')).toBe(true);
		expect(await page.locator('#note-sheet .note-title').getAttribute('href')).toBe(await page.locator(`[data-source="${source}"] .note-title`).first().getAttribute('href'));
		expect(await page.locator('#note-sheet .sheet-title').textContent()).toMatch(/^Source \d+: /);
		expect(await page.evaluate(() => scrollY)).toBe(scroll);
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('sheet-close');
		await page.keyboard.press('Escape');
		await expect.poll(() => popoverOpen(page, 'note-sheet')).toBe(false);
		expect(await ref.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await page.evaluate(() => scrollY)).toBe(scroll);
		await page.context().close();
	});

	it('after each paragraph, one line names its sources; a tap opens every card in place', async () => {
		const { page } = await session.open(ARTICLE, phone);
		const notes = page.locator('.prose div.notes').first();
		const summary = notes.locator('summary').first();
		expect(await summary.textContent()).toMatch(/^Sources: 1 /);
		expect((await summary.boundingBox())!.height).toBeLessThan(70);
		await summary.tap();
		await expect.poll(() => notes.locator('details.note-card[open]').count()).toBe(await notes.locator('details.note-card').count());
		await page.context().close();
	});

	it('without JavaScript, a marker goes to its note after the paragraph, which opens', async () => {
		const { page } = await session.open(ARTICLE, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
		const ref = marker(page, 0);
		const hash = (await ref.getAttribute('href'))!;
		await ref.click();
		await page.waitForFunction((h) => location.hash === h, hash);
		expect(await page.locator(`[id="${hash.slice(1)}"]`).isVisible()).toBe(true);
		expect(await page.locator('#note-sheet').isVisible()).toBe(false);
		await page.context().close();
	});
});

describe('print', () => {
	it('prints every source as a footnote under its paragraph, with quotes and addresses, and no controls', async () => {
		const { page } = await session.open(ARTICLE);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('header.site-header').isVisible()).toBe(false);
		expect(await page.locator('.support-actions').first().isVisible()).toBe(false);
		expect(await page.locator('.prose .quote').first().isVisible()).toBe(true);
		const placement = await page.$$eval('.prose div.notes', (asides) =>
			asides.map((aside) => {
				const p = aside.previousElementSibling!.getBoundingClientRect();
				const a = aside.getBoundingClientRect();
				return a.top >= p.bottom - 1 && Math.abs(a.left - p.left) < 40;
			}),
		);
		expect(placement.every(Boolean)).toBe(true);
		expect(await page.locator('a.note-title').first().evaluate((a) => getComputedStyle(a, '::after').content)).toContain('https://');
		await page.context().close();
	});

	it('prints a figure whole: its image (lazy on screen), caption, credit and the credit’s note, never split across pages', async () => {
		const { page } = await fixture.open('/beta/', { viewport: { width: 390, height: 844 } });
		await page.emulateMedia({ media: 'print' });
		const figure = page.locator('.prose figure.figure');
		expect(await figure.evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
		for (const part of ['img', 'figcaption .caption', 'figcaption .credit']) expect(await figure.locator(part).isVisible(), part).toBe(true);
		const [image, column] = await Promise.all([figure.locator('img').boundingBox(), page.locator('.prose').boundingBox()]);
		expect(image!.width).toBeLessThanOrEqual(column!.width + 1);
		// The note of the credit's marker prints under the figure, as a paragraph's do.
		expect(await page.locator('.prose figure.figure + div.notes li.note').first().isVisible()).toBe(true);
		// And Chromium's own print of the page holds the image.
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
		await page.context().close();
	});
});

describe('layout stability', () => {
	it('nothing moves when a slow connection paints the header before the rest of the page has arrived, at 390 and 1280 px', async () => {
		// The page's HTML in two parts, a pause after the site name and the navigation (as a
		// slow phone gets it); every other file from the build as usual. Before the header's
		// items had the search box's height, the row grew when the box arrived and moved both.
		const html = readFileSync(join(SITE_DIST, ARTICLE, 'index.html'), 'utf8');
		const cut = html.indexOf('<div class="site-search">');
		expect(cut).toBeGreaterThan(0);
		const files = siteHandler(SITE_DIST);
		const server = createServer((req, res) => {
			if (req.url !== ARTICLE) return files(req, res);
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			// Padding past the parser's first chunk, so Chromium paints what it has.
			res.write(html.slice(0, cut) + ' '.repeat(4096));
			resume.then(() => res.end(html.slice(cut)));
		});
		let release = () => {};
		let resume = new Promise<void>((done) => (release = done));
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const { port } = server.address() as AddressInfo;
		try {
			for (const width of [390, 1280]) {
				resume = new Promise<void>((done) => (release = done));
				const context = await session.browser.newContext({ viewport: { width, height: 844 } });
				const page = await context.newPage();
				await page.addInitScript(() => {
					const w = window as unknown as { __shift: number; __moved: string[] };
					w.__shift = 0;
					w.__moved = [];
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
							w.__shift += entry.value;
							for (const source of entry.sources ?? []) w.__moved.push((source.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? String(source.node?.nodeName));
						}
					}).observe({ type: 'layout-shift', buffered: true });
				});
				const loaded = page.goto(`http://127.0.0.1:${port}${ARTICLE}`, { waitUntil: 'load' });
				// The header is on screen before the rest is sent: no clock, the page says when.
				await page.locator('.site-name').waitFor();
				await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
				release();
				await loaded;
				await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
				const { shift, moved } = await page.evaluate(() => {
					const w = window as unknown as { __shift: number; __moved: string[] };
					return { shift: w.__shift, moved: w.__moved };
				});
				expect(shift, `${width} px; moved: ${moved.join(' | ')}`).toBe(0);
				await context.close();
			}
		} finally {
			release();
			server.close();
		}
	});

	it('nothing shifts while the page and its scripts load, at 390 and 1280 px', async () => {
		for (const width of [390, 1280]) {
			const { page } = await session.open(ARTICLE, { viewport: { width, height: 844 } });
			const { shift, moved } = await page.evaluate(
				() =>
					new Promise<{ shift: number; moved: string[] }>((resolve) => {
						let total = 0;
						const moved: string[] = [];
						new PerformanceObserver((list) => {
							for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
								total += entry.value;
								// What moved, so a failure says where to look.
								for (const source of entry.sources ?? []) moved.push((source.node as Element | undefined)?.outerHTML?.slice(0, 120) ?? String(source.node?.nodeName));
							}
						}).observe({ type: 'layout-shift', buffered: true });
						setTimeout(() => resolve({ shift: total, moved }), 500);
					}),
			);
			expect(shift, `${width} px; moved: ${moved.join(' | ')}`).toBe(0);
			await page.context().close();
		}
	});
});
