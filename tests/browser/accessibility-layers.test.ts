/**
 * axe-core with each interactive layer open: a note's card with the hover
 * preview, the phone sheet, the search dialog. The full rule set runs in
 * the light scheme; the dark scheme, which changes only colours, gets the
 * colour rules (tests/support/axe.ts).
 */
import { describe, expect, it } from 'vitest';
import { ALL_RULES, COLOUR_RULES, violations } from '../support/axe.ts';
import { useSession } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

const ARTICLE = '/epsilon/';
const RULES = { light: ALL_RULES, dark: COLOUR_RULES } as const;

const session = useSession(FIXTURE_DIST);

describe('axe-core with each layer open', () => {
	it.each(['light', 'dark'] as const)(
		'a note’s card open, and the hover preview, at 1280 px (%s)',
		async (colorScheme) => {
			const { page } = await session.open(ARTICLE, { colorScheme });
			await page.locator('.prose p a[role=doc-noteref]').nth(2).click();
			const ref = page.locator('.prose p a[role=doc-noteref]').nth(5);
			await ref.scrollIntoViewIfNeeded();
			await ref.hover();
			await page.locator('#note-preview:popover-open').waitFor();
			expect(await violations(page, RULES[colorScheme])).toEqual([]);
			await page.context().close();
		},
	);

	it.each(['light', 'dark'] as const)('the phone sheet, at 390 px (%s)', async (colorScheme) => {
		const { page } = await session.open(ARTICLE, {
			viewport: { width: 390, height: 844 },
			colorScheme,
			hasTouch: true,
			isMobile: true,
		});
		await page.locator('.prose p a[role=doc-noteref]').nth(2).tap();
		await page.locator('#note-sheet').waitFor({ state: 'visible' });
		expect(await violations(page, RULES[colorScheme])).toEqual([]);
		await page.context().close();
	});

	it.each([390, 1280])('the search dialog with results, at %i px', async (width) => {
		const { page } = await session.open('/', { viewport: { width, height: 900 } });
		await page.locator('[data-search-trigger]').click();
		await page.locator('#search-dialog-input').fill('Quill');
		await page.locator('#search-dialog .search-result').first().waitFor();
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});
});
