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
import { FIXTURE_DIST } from '../support/paths.ts';

/** The fixture's full-length explainer: sections, many markers, a figure, corrections. */
const ARTICLE = '/epsilon/';
const session = useSession(FIXTURE_DIST);

/**
 * Total layout shift not caused by input from `act` until `done` (what the
 * act brings about) has happened and two frames have been drawn since:
 * by then any shift it caused has been recorded, and is read even if not
 * yet delivered to the observer.
 */
async function shiftDuring(page: Page, act: () => Promise<void>, done: () => Promise<unknown>): Promise<number> {
	await page.evaluate(() => {
		type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
		const w = window as unknown as {
			__shift: number;
			__shifts: PerformanceObserver;
			__add(entries: PerformanceEntryList): void;
		};
		w.__shift = 0;
		w.__add = (entries) => {
			for (const e of entries as Shift[]) if (!e.hadRecentInput) w.__shift += e.value;
		};
		w.__shifts = new PerformanceObserver((list) => w.__add(list.getEntries()));
		w.__shifts.observe({ type: 'layout-shift', buffered: false });
	});
	await act();
	await done();
	await page.evaluate(() => new Promise((next) => requestAnimationFrame(() => requestAnimationFrame(next))));
	return page.evaluate(() => {
		const w = window as unknown as {
			__shift: number;
			__shifts: PerformanceObserver;
			__add(entries: PerformanceEntryList): void;
		};
		w.__add(w.__shifts.takeRecords());
		return w.__shift;
	});
}

/** In the page: note where each element the reader can see is, the first time it is seen. */
const notePositions = (page: Page) =>
	page.evaluate(() => {
		const w = window as unknown as { __seen?: Map<Element, [number, number]> };
		const seen = (w.__seen ??= new Map());
		for (const el of document.body?.querySelectorAll('*') ?? []) {
			if (seen.has(el) || !el.checkVisibility()) continue;
			const box = el.getBoundingClientRect();
			if (box.width || box.height) seen.set(el, [box.left + scrollX, box.top + scrollY]);
		}
	});

/** The elements noted that are still on screen somewhere else now, and how many were noted. */
const movedSinceNoted = (page: Page) =>
	page.evaluate(() => {
		const w = window as unknown as { __seen: Map<Element, [number, number]> };
		const moved: string[] = [];
		for (const [el, [x, y]] of w.__seen) {
			if (!el.isConnected || !el.checkVisibility()) continue;
			const box = el.getBoundingClientRect();
			const dx = box.left + scrollX - x,
				dy = box.top + scrollY - y;
			if (Math.abs(dx) > 0.5 || Math.abs(dy) > 0.5)
				moved.push(`${el.outerHTML.slice(0, 80)} by ${dx.toFixed(1)}, ${dy.toFixed(1)}`);
		}
		return { moved, noted: w.__seen.size };
	});

const marker = (page: Page, n: number) => page.locator('.prose p a[role=doc-noteref]').nth(n);
const popoverOpen = (page: Page, id: string) => page.locator(`#${id}`).evaluate((el) => el.matches(':popover-open'));

describe('wide screens (1280 px)', () => {
	it('hovering a marker highlights its claim and note and shows the full card beside it, with nothing moving', async () => {
		const { page } = await session.open(ARTICLE);
		const ref = marker(page, 4);
		await ref.scrollIntoViewIfNeeded();
		const href = (await ref.getAttribute('href'))!;
		const shift = await shiftDuring(
			page,
			() => ref.hover(),
			() => page.locator('#note-preview:popover-open').waitFor(),
		);
		expect(shift).toBe(0);
		expect(await popoverOpen(page, 'note-preview')).toBe(true);
		const claim = await ref.evaluate((a) => a.closest('.marker')!.getAttribute('data-claim'));
		expect(await page.locator(`[id="${claim}"]`).getAttribute('class')).toContain('is-active');
		expect(await page.locator(`[id="${href.slice(1)}"]`).getAttribute('class')).toContain('is-active');
		const preview = page.locator('#note-preview');
		expect(await preview.locator('.note-title').textContent()).toBe(
			await page.locator(`[id="${href.slice(1)}"] .note-title`).textContent(),
		);
		await page.context().close();
	});

	it('the pointer can move from a marker into its preview (to follow its links) without it closing; leaving closes it', async () => {
		const { page } = await session.open(ARTICLE);
		// The page's timers on a clock the test moves: "it stays open" is then a fact after every timer due has run, not a wait.
		await page.clock.install();
		const ref = marker(page, 4);
		await ref.scrollIntoViewIfNeeded();
		await ref.hover();
		await page.clock.runFor(2000);
		expect(await popoverOpen(page, 'note-preview')).toBe(true);
		await page.locator('#note-preview').hover();
		await page.clock.runFor(2000);
		expect(await popoverOpen(page, 'note-preview')).toBe(true);
		await page.mouse.move(5, 5);
		await page.clock.runFor(2000);
		expect(await popoverOpen(page, 'note-preview')).toBe(false);
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
		await expect
			.poll(() => note.locator('details.note-card').evaluate((d) => (d as HTMLDetailsElement).open))
			.toBe(true);
		expect(await note.locator('.quote, .labels').first().isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.classList.contains('note-line'))).toBe(true);
		expect(Math.abs((await page.evaluate(() => scrollY)) - scroll)).toBeLessThan(2);
		await page.context().close();
	});

	it('hovering a note highlights the claims it supports', async () => {
		const { page } = await session.open(ARTICLE);
		const note = page.locator('.prose .notes li.note').nth(1);
		await note.scrollIntoViewIfNeeded();
		const claims = await note
			.locator('a[role=doc-backlink]')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
		await note.hover();
		for (const id of claims)
			await expect.poll(() => page.locator(`[id="${id}"]`).getAttribute('class')).toContain('is-active');
		await page.context().close();
	});

	it('arriving at a claim’s address highlights it and the notes behind it, with or without JavaScript', async () => {
		const { page } = await session.open(ARTICLE);
		const id = (await page.locator('.claim').nth(5).getAttribute('id'))!;
		await page.context().close();
		for (const javaScriptEnabled of [true, false]) {
			const arrival = await session.open(`${ARTICLE}#${id}`, { javaScriptEnabled });
			const background = await arrival.page
				.locator(`[id="${id}"]`)
				.evaluate((el) => getComputedStyle(el).backgroundColor);
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
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(`${session.base}${ARTICLE}${hash}`);
		expect(await page.locator('#citation-status').textContent()).toBe('Link to the claim copied.');
		await page.context().close();
	});
});

describe('a corrected claim', () => {
	it('an old link still lands on the claim and lights it up, with or without JavaScript', async () => {
		for (const javaScriptEnabled of [true, false]) {
			const { page } = await session.open('/alpha/#c-the-envoy-repeated-the-qa6s0i', { javaScriptEnabled });
			const claim = page.locator('[id="c-the-envoy-repeated-the-5hyvvn"]');
			expect(await claim.evaluate((el) => getComputedStyle(el).backgroundColor), `JS ${javaScriptEnabled}`).not.toBe(
				'rgba(0, 0, 0, 0)',
			);
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
		const source = await page
			.locator(`[id="${(await ref.getAttribute('href'))!.slice(1)}"]`)
			.getAttribute('data-source');
		await ref.tap();
		await expect.poll(() => popoverOpen(page, 'note-sheet')).toBe(true);
		expect(await page.locator('#note-sheet .note-title').getAttribute('href')).toBe(
			await page.locator(`[data-source="${source}"] .note-title`).first().getAttribute('href'),
		);
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
		await expect
			.poll(() => notes.locator('details.note-card[open]').count())
			.toBe(await notes.locator('details.note-card').count());
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
		expect(
			await page
				.locator('a.note-title')
				.first()
				.evaluate((a) => getComputedStyle(a, '::after').content),
		).toContain('https://');
		await page.context().close();
	});

	it('prints a figure whole: its image (lazy on screen), caption, credit and the credit’s note, never split across pages', async () => {
		const { page } = await session.open('/beta/', { viewport: { width: 390, height: 844 } });
		await page.emulateMedia({ media: 'print' });
		const figure = page.locator('.prose figure.figure');
		expect(await figure.evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
		for (const part of ['img', 'figcaption .caption', 'figcaption .credit'])
			expect(await figure.locator(part).isVisible(), part).toBe(true);
		const [image, column] = await Promise.all([
			figure.locator('img').boundingBox(),
			page.locator('.prose').boundingBox(),
		]);
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
	it('nothing already on screen moves while a slow connection delivers the page in parts, at 390, 820 and 1280 px', async () => {
		// The page's HTML in parts, as a slow phone gets it: the header up to the search box
		// (before the header's items had the box's height, the row grew when it arrived), then
		// 16 KB at a time. After each part, where every element the reader can see is; at the end,
		// where it is now. Positions, not the layout-shift entries Chromium happens to report:
		// those depend on which frames a busy machine paints, and count a collapsed space that
		// gains a box (a whitespace text node at a part's end) as a move, though nothing moves.
		const html = readFileSync(join(FIXTURE_DIST, ARTICLE, 'index.html'), 'utf8');
		const first = html.indexOf('<div class="site-search">');
		expect(first).toBeGreaterThan(0);
		// Each later part ends where an element does, about 16 KB on.
		const parts = [html.slice(0, first) + ' '.repeat(4096)]; // padding past the parser's first chunk, so Chromium paints what it has
		const end = /<\/(?:p|li|ol|ul|div|section|figure|h2|h3|header|nav)>/g;
		for (let at = first; at < html.length;) {
			end.lastIndex = at + 16384;
			const cut = end.exec(html);
			const to = cut ? cut.index + cut[0].length : html.length;
			parts.push(html.slice(at, to));
			at = to;
		}
		const files = siteHandler(FIXTURE_DIST);
		let next: (() => void) | undefined;
		let ask = new Promise<void>((done) => (next = done));
		const server = createServer(async (req, res) => {
			if (req.url !== ARTICLE) return files(req, res);
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			for (const part of parts) {
				await ask;
				ask = new Promise<void>((done) => (next = done));
				res.write(part);
			}
			res.end();
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const { port } = server.address() as AddressInfo;
		/** Once the parser has taken in what has arrived (as many elements two frames running). */
		const note = async () => {
			const count = () =>
				page.evaluate(
					() =>
						new Promise<number>((done) =>
							requestAnimationFrame(() => requestAnimationFrame(() => done(document.getElementsByTagName('*').length))),
						),
				);
			for (let last = -1, now = await count(); now !== last; last = now, now = await count());
			await notePositions(page);
		};
		let page!: Page;
		try {
			for (const width of [390, 820, 1280]) {
				const context = await session.browser.newContext({ viewport: { width, height: 844 } });
				page = await context.newPage();
				const loaded = page.goto(`http://127.0.0.1:${port}${ARTICLE}`, { waitUntil: 'load' });
				next!();
				await page.locator('.site-name').waitFor();
				for (let part = 1; part < parts.length; part++) {
					await note();
					next!();
				}
				await loaded;
				await note();
				const { moved, noted } = await movedSinceNoted(page);
				// It saw the page: the header's items and the article's notes among them.
				expect(noted, `${width} px`).toBeGreaterThan(300);
				expect(moved, `${width} px`).toEqual([]);
				await context.close();
			}
		} finally {
			for (let i = 0; i <= parts.length; i++) next?.();
			server.close();
		}
	});

	it('nothing on screen moves when the page’s scripts run, at 390 and 1280 px', async () => {
		// The scripts held back until the page has been read and laid out, as on a slow phone
		// where they arrive last; then where each element the reader saw is, once they have run.
		for (const width of [390, 1280]) {
			const context = await session.browser.newContext({ viewport: { width, height: 844 } });
			const page = await context.newPage();
			let release = () => {};
			const held = new Promise<void>((done) => (release = done));
			const ran: string[] = [];
			await page.route(/\/_astro\/.*\.js$/, async (route) => {
				await held;
				await route.continue();
			});
			page.on('requestfinished', (request) => {
				if (/\/_astro\/.*\.js$/.test(request.url())) ran.push(new URL(request.url()).pathname);
			});
			const loaded = page.goto(session.base + ARTICLE, { waitUntil: 'load' });
			await page.waitForFunction(() => document.readyState !== 'loading');
			await notePositions(page);
			const scripts = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLScriptElement>('script[type=module][src]')].map(
					(script) => new URL(script.src).pathname,
				),
			);
			expect(scripts.length).toBeGreaterThan(0);
			expect(await page.evaluate(() => document.readyState)).toBe('interactive');
			release();
			// The load event comes after the module scripts have run.
			await loaded;
			expect(ran).toEqual(expect.arrayContaining(scripts));
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			const { moved, noted } = await movedSinceNoted(page);
			expect(noted, `${width} px`).toBeGreaterThan(300);
			expect(moved, `${width} px`).toEqual([]);
			await context.close();
		}
	});
});
