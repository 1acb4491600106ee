/** A page's hits under one result: on the fixture's /search/ page, an explainer's matching paragraphs sit under its title. */
import { describe, expect, it } from 'vitest';
import { useSession } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

const session = useSession(FIXTURE_DIST);
const SCOPE = '[data-search-page]';

describe('search results, grouped by page', () => {
	it('lists an explainer once, its matching paragraphs under its title, each a link the arrows reach', async () => {
		const { page } = await session.open('/search/?q=envoy');
		const status = page.locator(`${SCOPE} [role=status]`);
		await expect
			.poll(
				async () =>
					(await status.textContent()) === '6 results for “envoy”' &&
					(await page.locator(`${SCOPE} .search-results`).getAttribute('aria-busy')) === 'false',
			)
			.toBe(true);
		// Each top-level item is one page.
		const pages = await page
			.locator(`${SCOPE} .search-results > li`)
			.evaluateAll((items) =>
				items.map((li) => [
					...new Set(
						[...li.querySelectorAll('a.search-link')].map((a) => new URL((a as HTMLAnchorElement).href).pathname),
					),
				]),
			);
		expect(pages.every((paths) => paths.length === 1)).toBe(true);
		expect(new Set(pages.map((p) => p[0])).size).toBe(pages.length);
		const alpha = page.locator(`${SCOPE} .search-group`, {
			has: page.locator('.search-group-title', { hasText: 'Alpha explainer' }),
		});
		expect(await alpha.locator('.search-group-title').textContent()).toBe('Explainer Alpha explainer');
		const hits = await alpha
			.locator('.search-hits > li.search-result a.search-link')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
		expect(hits.length).toBeGreaterThan(1);
		expect(hits.every((h) => h.startsWith('#p-'))).toBe(true);
		// The section titles the hits, not the explainer again.
		expect(await alpha.locator('.search-context').count()).toBe(0);
		// Arrow keys go through every link, grouped or not, in order.
		const all = await page.locator(`${SCOPE} a.search-link`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		await page.locator(`${SCOPE} input[type=search]`).focus();
		for (const href of all) {
			await page.keyboard.press('ArrowDown');
			expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
		}
		await page.context().close();
	});

	it('shows each section of an explainer once: its other matching paragraphs are links under the same heading', async () => {
		// "company" matches two paragraphs of each of two sections of the ferries explainer.
		const { page } = await session.open('/search/?q=company');
		await expect
			.poll(
				async () =>
					/^\d+ results? for “company”$/.test((await page.locator(`${SCOPE} [role=status]`).textContent()) ?? '') &&
					(await page.locator(`${SCOPE} .search-results`).getAttribute('aria-busy')) === 'false',
			)
			.toBe(true);
		const group = page.locator(`${SCOPE} .search-group`, {
			has: page.locator('.search-group-title', { hasText: 'Hourly ferries' }),
		});
		const sections = await group.locator('.search-hits > li .search-title').allTextContents();
		expect(sections).toContain('The company’s answer');
		expect(new Set(sections).size).toBe(sections.length);
		// Every paragraph found is still a link of its own, under its section's one heading.
		const answer = group.locator('.search-hits > li', {
			has: page.locator('.search-title', { hasText: 'The company’s answer' }),
		});
		const paragraphs = await answer
			.locator('a.search-link')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
		expect(paragraphs.length).toBe(2);
		expect(new Set(paragraphs).size).toBe(2);
		expect(paragraphs.every((h) => h.startsWith('#p-'))).toBe(true);
		expect(await answer.locator('.search-also mark').first().textContent()).toMatch(/company/i);
		const all = await group
			.locator('a.search-link')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
		expect(new Set(all).size).toBe(all.length);
		await page.context().close();
	});
});
