/**
 * axe-core on pages of a served build, at each width of AXE_MATRIX, light
 * then dark: one test per page and width, one after the other, so each
 * stays a few seconds of work however busy the machine, instead of many
 * pages racing one timeout. The browser suites that call it split the
 * pages between them, so that they run side by side.
 */
import { describe, expect, it } from 'vitest';
import { AXE_MATRIX, violations } from './axe.ts';
import type { Session } from './browser.ts';

export function axeOnPages(session: Session, pages: readonly string[]): void {
	describe.for(pages)('%s', (path) => {
		it.for(AXE_MATRIX)('at $width px has no violations', async ({ width, light, dark }) => {
			const { page } = await session.open(path, { viewport: { width, height: 900 } });
			if (path.startsWith('/search/')) await page.locator('.search-results[aria-busy=false]').waitFor();
			expect(await violations(page, light), `${path} at ${width} px, light`).toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await violations(page, dark), `${path} at ${width} px, dark`).toEqual([]);
			await page.context().close();
		});
	});
}
