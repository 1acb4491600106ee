/**
 * axe-core on every kind of page at phone, tablet and desktop widths, in
 * both colour schemes, and with each interactive layer open: a note's
 * card, the hover preview, the phone sheet, the search dialog.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSession } from '../support/browser.ts';
import { FIXTURE_DIST, SITE_DIST } from '../support/paths.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLE = '/us-nato-style-security-guarantees-ukraine/';
const PAGES = ['/', ARTICLE, '/sources/', '/sources/ap-bs-2025-08-17/', '/search/?q=Witkoff', '/a-z/', '/people/steve-witkoff/', '/events/alaska-summit/', '/timeline/', '/corrections/', '/404'];

const session = useSession(SITE_DIST);
const fixture = useSession(FIXTURE_DIST);

async function violations(page: Page): Promise<string[]> {
	// Evaluated through DevTools, not as an inline <script>, which the page's CSP rightly refuses.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
		const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
		return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
	});
}

// One page per width, both colour schemes on it; pages checked a few at a time,
// as the browser's work runs in its own processes while the test waits. Six axe
// runs over the explainer take about 45 s alone on two cores, so a page gets 3 min.
describe.concurrent('axe-core at 390, 820 and 1280 px, light and dark', () => {
	it.for(PAGES)('%s has no violations', { timeout: 180_000 }, async (path, { expect }) => {
		for (const width of [390, 820, 1280]) {
			const { page } = await session.open(path, { viewport: { width, height: 900 } });
			if (path.startsWith('/search/')) await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				expect(await violations(page), `${path} at ${width} px, ${colorScheme}`).toEqual([]);
			}
			await page.context().close();
		}
	});
});

describe('axe-core with each layer open', () => {
	it.each(['light', 'dark'] as const)('a note’s card open, and the hover preview, at 1280 px (%s)', async (colorScheme) => {
		const { page } = await session.open(ARTICLE, { colorScheme });
		await page.locator('.prose p a[role=doc-noteref]').nth(2).click();
		const ref = page.locator('.prose p a[role=doc-noteref]').nth(5);
		await ref.scrollIntoViewIfNeeded();
		await ref.hover();
		await page.locator('#note-preview:popover-open').waitFor();
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});

	it.each(['light', 'dark'] as const)('the phone sheet, at 390 px (%s)', async (colorScheme) => {
		const { page } = await session.open(ARTICLE, { viewport: { width: 390, height: 844 }, colorScheme, hasTouch: true, isMobile: true });
		await page.locator('.prose p a[role=doc-noteref]').nth(2).tap();
		await page.locator('#note-sheet').waitFor({ state: 'visible' });
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});

	it.each([390, 1280])('the search dialog with results, at %i px', async (width) => {
		const { page } = await session.open('/', { viewport: { width, height: 900 } });
		await page.locator('[data-search-trigger]').click();
		await page.locator('#search-dialog-input').fill('Witkoff');
		await page.locator('#search-dialog .search-result').first().waitFor({ timeout: 15_000 });
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});
});

describe('axe-core on an explainer with a figure and a Markdown image (fixture)', () => {
	it.each([390, 1280])('has no violations at %i px, light and dark', async (width) => {
		const { page } = await fixture.open('/beta/', { viewport: { width, height: 900 } });
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			expect(await violations(page), `/beta/ at ${width} px, ${colorScheme}`).toEqual([]);
		}
		await page.context().close();
	});
});
