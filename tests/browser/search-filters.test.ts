/**
 * Narrowing a search: by topic and by month, and newest first, from the
 * keyboard, with the state in the /search/ page's address so a filtered
 * search can be shared and reloaded. On the fixture site, whose explainers
 * have topics and dates of their own.
 */
import { describe, expect, it } from 'vitest';
import { useSession } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

const session = useSession(FIXTURE_DIST);

describe('search filters and order', () => {
	it('narrows by topic from the address, keeps the choice in the address, and shows only that topic’s explainers', async () => {
		const { page } = await session.open('/search/?q=treaty&topic=Treaties');
		const results = page.locator('.search-page .search-result a.search-link');
		await results.first().waitFor();
		expect(await page.locator('.search-page select[name=topic]').inputValue()).toBe('Treaties');
		await expect
			.poll(
				async () =>
					new Set(await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
						.size,
			)
			.toBe(1);
		expect(await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toContain(
			'/beta/',
		);
		// Clearing the topic, from the keyboard, widens the results and the address says so.
		await page.locator('.search-page select[name=topic]').focus();
		await page.keyboard.press('Home');
		await expect.poll(() => new URL(page.url()).searchParams.get('topic')).toBeNull();
		await expect
			.poll(async () =>
				(await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).includes(
					'/alpha/',
				),
			)
			.toBe(true);
		expect(new URL(page.url()).searchParams.get('q')).toBe('treaty');
		await page.context().close();
	});

	it('orders newest first, keeps sort=newest in the address, and a reload gives the same list', async () => {
		const { page } = await session.open('/search/?q=treaty');
		const results = page.locator('.search-page .search-result a.search-link');
		await results.first().waitFor();
		await page.locator('.search-page select[name=order]').selectOption('newest');
		await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('newest');
		const explainers = async () => [
			...new Set(
				(await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).filter(
					(p) => ['/alpha/', '/beta/', '/gamma/'].includes(p),
				),
			),
		];
		await expect.poll(explainers).toEqual(['/beta/', '/alpha/']);
		await page.reload();
		await results.first().waitFor();
		expect(await page.locator('.search-page select[name=order]').inputValue()).toBe('newest');
		await expect.poll(explainers).toEqual(['/beta/', '/alpha/']);
		await page.context().close();
	});

	it('filters by the month an explainer was published', async () => {
		const { page } = await session.open('/search/?q=treaty&month=2025-01');
		const results = page.locator('.search-page .search-result a.search-link');
		await results.first().waitFor();
		await expect
			.poll(async () => [
				...new Set(await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))),
			])
			.toEqual(['/alpha/']);
		await page.context().close();
	});
});
