/**
 * Reading that flows, measured in Chromium on the fixture site's explainers
 * (a short one and a full-length one): the text column is not interrupted by blank stretches or
 * by source lists (wide screens keep notes in the margin, level with their
 * paragraph; phones keep one line after it), with and without JavaScript,
 * and the first screen reaches the text.
 */
import { describe, expect, it } from 'vitest';
import { useSession } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/paths.ts';
import { measureFlow, measureNotes } from '../support/reading-flow.ts';

const ARTICLE = '/epsilon/';
const LIMITS = { 1280: 0.1, 820: 0.1, 390: 0.15 } as const;

describe.each([
	['full-length explainer', FIXTURE_DIST, ARTICLE],
	['short explainer', FIXTURE_DIST, '/alpha/'],
] as const)('%s', (_name, dist, path) => {
	const session = useSession(dist);

	it.each([1280, 820, 390] as const)(
		'at %i px, with and without JavaScript, blank stretches stay under the limit',
		async (width) => {
			for (const javaScriptEnabled of [true, false]) {
				const { page } = await session.open(path, { viewport: { width, height: 900 }, javaScriptEnabled });
				const flow = await measureFlow(page);
				expect(flow.blank, `${width} px, JS ${javaScriptEnabled}: ${JSON.stringify(flow.widest)}`).toBeLessThanOrEqual(
					LIMITS[width],
				);
				await page.context().close();
			}
		},
	);

	it.each([1280, 1024, 820, 768, 390] as const)(
		'at %i px, nothing is cut off at the right edge: every note and the text fit the window',
		async (width) => {
			const { page } = await session.open(path, { viewport: { width, height: 900 } });
			const outside = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('.prose > *, .prose .notes, .prose .note-line')]
					.filter((el) => el.offsetParent !== null && el.getBoundingClientRect().right > innerWidth + 0.5)
					.map((el) => `${el.className || el.tagName}: right ${Math.round(el.getBoundingClientRect().right)}`),
			);
			expect(outside.slice(0, 5), `${width} px`).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			await page.context().close();
		},
	);

	it('at 1280 px, notes sit in the margin, start at or below their paragraph, mostly level with it, and never overlap', async () => {
		const { page } = await session.open(path, { viewport: { width: 1280, height: 900 } });
		const notes = await measureNotes(page);
		expect(notes.offsets.length).toBeGreaterThan(0);
		expect(notes.offsets.filter((o) => o < -1)).toEqual([]);
		expect(notes.offsets.filter((o) => o <= 240).length / notes.offsets.length).toBeGreaterThanOrEqual(0.8);
		expect(notes.overlaps).toBe(0);
		expect(notes.inColumn).toBe(0);
		await page.context().close();
	});
});

describe('the first screen', () => {
	const session = useSession(FIXTURE_DIST);

	it.each([
		[1280, 800],
		[390, 844],
	])('at %i×%i reaches the first paragraph of the body', async (width, height) => {
		const { page } = await session.open(ARTICLE, { viewport: { width, height } });
		const top = await page
			.locator('.prose p')
			.first()
			.evaluate((p) => p.getBoundingClientRect().top);
		expect(top).toBeLessThan(height - 40);
		await page.context().close();
	});
});

describe('phones without JavaScript', () => {
	const session = useSession(FIXTURE_DIST);

	it('a reader can reveal the first paragraph’s supporting quote', async () => {
		const { page } = await session.open(ARTICLE, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
		const notes = page.locator('.prose div.notes').first();
		const note = notes.locator('li.note', { has: page.locator('.quote') }).first();
		const quote = note.locator('.quote').first();
		expect(await quote.isVisible()).toBe(false);
		await notes.locator('summary').first().click();
		await note.locator('summary.note-line').click();
		expect(await quote.isVisible()).toBe(true);
		expect(await quote.textContent()).toMatch(/^“.+”$/);
		await page.context().close();
	});
});
