/** axe-core on every kind of page, at phone and desktop widths. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useSession } from '../support/browser.ts';
import { SITE_DIST } from '../support/paths.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['/', '/us-nato-style-security-guarantees-ukraine/', '/sources/', '/search/?q=Witkoff', '/a-z/', '/people/steve-witkoff/', '/404'];
const WIDTHS = [390, 820, 1280];

const session = useSession(SITE_DIST);

async function violations(page: import('playwright-core').Page): Promise<string[]> {
	await page.addScriptTag({ content: axeSource });
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
		const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
		return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
	});
}

describe('axe-core with the search dialog open', () => {
	it.each([390, 1280])('has no violations at %i px', async (width) => {
		const { page } = await session.open('/', { viewport: { width, height: 900 } });
		await page.locator('[data-search-trigger]').click();
		const input = page.locator('pagefind-modal pagefind-input input');
		await input.waitFor();
		await input.fill('Witkoff');
		await page.locator('pagefind-modal .search-result').first().waitFor({ timeout: 15_000 });
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});
});

describe('axe-core with the phone source sheet open', () => {
	it.each(['light', 'dark'] as const)('has no violations (%s)', async (colorScheme) => {
		const { page } = await session.open('/us-nato-style-security-guarantees-ukraine/', { viewport: { width: 390, height: 844 }, colorScheme, hasTouch: true });
		await page.locator('sup.marker a[role=doc-noteref]').nth(2).tap();
		await page.locator('#note-sheet').waitFor({ state: 'visible' });
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});
});

describe.each(WIDTHS)('axe-core at %i px', (width) => {
	it.each(PAGES)('%s has no violations', async (path) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page } = await session.open(path, { viewport: { width, height: 900 }, colorScheme });
			expect(await violations(page), `${path} ${colorScheme}`).toEqual([]);
			await page.context().close();
		}
	});
});
