/**
 * Sharing an explainer: plain links to each network's compose page and to
 * e-mail, carrying the explainer's canonical address and nothing else,
 * with and without JavaScript; with it, a button that copies the address.
 */
import { describe, expect, it } from 'vitest';
import { useSession } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

const session = useSession(FIXTURE_DIST);

describe('share links', () => {
	it('are plain addresses with the canonical URL, no tracking parameters, and need no script', async () => {
		const { page, requests } = await session.open('/alpha/', { javaScriptEnabled: false });
		const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
		const links = await page
			.locator('nav.share a')
			.evaluateAll((as) => as.map((a) => ({ name: a.textContent, href: a.getAttribute('href')! })));
		expect(links.map((l) => l.name)).toEqual(['Email', 'Bluesky', 'X', 'Facebook', 'LinkedIn', 'WhatsApp']);
		for (const { name, href } of links) {
			const url = new URL(href);
			const values = [...url.searchParams.values()].join(' ');
			expect(values, name).toContain(canonical);
			expect(
				[...url.searchParams.keys()].filter((k) => /^utm_|^ref$|^fbclid$/.test(k)),
				name,
			).toEqual([]);
		}
		expect(await page.locator('nav.share button.copy-link').isVisible()).toBe(false);
		expect(requests.filter((u) => !u.startsWith(session.base))).toEqual([]);
		await page.context().close();
	});

	it('with JavaScript, “Copy link” puts the explainer’s address on the clipboard and says so', async () => {
		const { page } = await session.open('/alpha/', { permissions: ['clipboard-read', 'clipboard-write'] });
		const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
		await page.locator('nav.share button.copy-link').click();
		await expect.poll(() => page.locator('#citation-status').textContent()).toBe('Link to the explainer copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
		await page.context().close();
	});
});
