/**
 * The edition history in Chromium (fixture site): axe-clean at three
 * widths in both schemes, deletions and insertions told apart without
 * colour, and an old link to a removed claim reaching its entry, with
 * JavaScript (on to the history) and without (the article's link to it).
 */
import { describe, expect, it } from 'vitest';
import { AXE_MATRIX, violations } from '../support/axe.ts';
import { useSession } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

const fixture = useSession(FIXTURE_DIST);
const REMOVED = 'c-officials-expected-a-deal-ajxn3w';

describe('axe-core on the edition history (fixture)', () => {
	it.for(AXE_MATRIX)('/alpha/history/ at $width px has no violations', async ({ width, light, dark }) => {
		const { page } = await fixture.open('/alpha/history/', { viewport: { width, height: 900 } });
		expect(await violations(page, light), `at ${width} px, light`).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await violations(page, dark), `at ${width} px, dark`).toEqual([]);
		await page.context().close();
	});
});

describe('the edition history in a browser (fixture)', () => {
	it('strikes deleted words through and underlines inserted ones, so colour is not needed', async () => {
		const { page } = await fixture.open('/alpha/history/');
		const line = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => getComputedStyle(el).textDecorationLine);
		expect(await line('.change-reworded del')).toContain('line-through');
		expect(await line('.change-reworded ins')).toContain('underline');
		await page.context().close();
	});

	it('takes an old link to a removed claim on to its entry in the history, with JavaScript', async () => {
		const { page } = await fixture.open(`/alpha/#${REMOVED}`);
		await page.waitForURL(`**/alpha/history/#${REMOVED}`);
		const entry = page.locator(`[id="${REMOVED}"]`);
		await expect.poll(() => entry.evaluate((el) => el.matches(':target'))).toBe(true);
		expect(await entry.locator('del').textContent()).toBe('[deleted: Officials expected a deal within days]');
		await page.context().close();
	});

	it('stops an old link to a removed claim at the article’s link to the history, lit up, without JavaScript', async () => {
		const { page } = await fixture.open(`/alpha/#${REMOVED}`, { javaScriptEnabled: false });
		expect(new URL(page.url()).pathname).toBe('/alpha/');
		const link = page.locator('.history-link a');
		expect(await link.isVisible()).toBe(true);
		expect(await link.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
		await link.click();
		await page.waitForURL('**/alpha/history/');
		expect(await page.locator('h1').textContent()).toBe('Edition history');
		await page.context().close();
	});
});
