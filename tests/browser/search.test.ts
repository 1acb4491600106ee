/** Search as a reader uses it: in Chromium, through the site's own search UI, against the built index. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/paths.ts';
import { QUERIES, QUOTE_QUERIES } from '../support/search-queries.ts';

const session = useSession(FIXTURE_DIST);
const ARTICLE = '/epsilon/';
/** A name readers type that the fixture's explainers and an entity page both carry. */
const NAME = 'Quill';

const input = (page: Page) => page.locator('#search-dialog-input');
const links = (page: Page, scope = '#search-dialog') => page.locator(`${scope} .search-result a.search-link`);
const path = (href: string) => {
	const url = new URL(href, 'http://x');
	return url.pathname + url.hash;
};

async function open(page: Page, how: 'click' | 'slash' | 'ctrl-k'): Promise<void> {
	if (how === 'click') await page.locator('[data-search-trigger]').click();
	else if (how === 'slash') await page.keyboard.press('/');
	else await page.keyboard.press('Control+k');
	await input(page).waitFor();
	await expect.poll(() => input(page).evaluate((el) => el === document.activeElement)).toBe(true);
}

/** Type a query and wait until its results (or its empty state) are shown. */
async function query(page: Page, text: string, scope = '#search-dialog'): Promise<void> {
	await page.locator(`${scope} input[type=search]`).fill(text);
	await expect
		.poll(async () => {
			const summary = (await page.locator(`${scope} .search-summary`).textContent()) ?? '';
			const busy = await page.locator(`${scope} .search-results`).getAttribute('aria-busy');
			return (
				summary.includes(`“${text.trim().split(/\s+/).slice(0, 12).join(' ')}”`) &&
				!summary.startsWith('Searching') &&
				busy !== 'true'
			);
		})
		.toBe(true);
}

describe('search', () => {
	it('fetches nothing of search until the reader reaches for it', async () => {
		const { page, requests } = await session.open(ARTICLE);
		await page.mouse.move(10, 500);
		// The move's handlers have run by now; a request they started is sent before one the page makes after them.
		const sentinel = `${session.base}/favicon.svg?after-the-move`;
		await page.evaluate((url) => fetch(url), sentinel);
		await expect.poll(() => requests.includes(sentinel)).toBe(true);
		expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
		expect(await page.locator('head link[rel=preload][href*="/pagefind/"]').count()).toBe(0);
		await page.locator('[data-search-trigger]').hover();
		await expect.poll(() => requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
		expect(requests.some((u) => u.includes('pagefind-worker'))).toBe(false);
		await page.context().close();
	});

	it('asks for Pagefind’s entry file and WebAssembly as the reader reaches for search, and fetches each, and its script, once', async () => {
		const { page, requests, errors } = await session.open(ARTICLE);
		await open(page, 'click');
		await query(page, NAME);
		// Asked for beside the search UI's own script, then used by Pagefind: not fetched a second time.
		const hinted = await page
			.locator('head link[rel=preload][as=fetch][href*="/pagefind/"]')
			.evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname));
		expect(hinted).toEqual(['/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind']);
		for (const file of [...hinted, '/pagefind/pagefind.js'])
			expect(
				requests.filter((u) => new URL(u).pathname === file),
				file,
			).toHaveLength(1);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('lights up the claim a quote supports on arrival, with the query’s words marked', async () => {
		const { page } = await session.open('/');
		await open(page, 'click');
		const first = QUOTE_QUERIES[0]!;
		await query(page, first.query);
		const index = await links(page).evaluateAll((as) => as.findIndex((a) => a.getAttribute('href')!.includes('#p-')));
		await Promise.all([page.waitForURL(/#p-/), links(page).nth(index).click()]);
		await expect.poll(() => page.locator('.claim.search-target').count()).toBeGreaterThan(0);
		expect((await page.locator('mark.search-hit').first().textContent())!.toLowerCase()).toBe(
			first.query.split(' ')[0]!.toLowerCase(),
		);
		await page.context().close();
	});

	it(`finds "${NAME}" and lands on the paragraph with the words marked, the page not moving`, async () => {
		const { page } = await session.open('/');
		await open(page, 'click');
		await query(page, NAME);
		const paragraph = page
			.locator('#search-dialog .search-result', { has: page.locator('.search-kind', { hasText: 'Explainer' }) })
			.first();
		expect(await paragraph.locator('.search-excerpt mark').first().textContent()).toMatch(/quill/i);
		await Promise.all([page.waitForURL(/#p-/), paragraph.locator('a').click()]);
		const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
		const target = page.locator(`[id="${id}"]`);
		await expect.poll(() => target.locator('mark.search-hit').count()).toBeGreaterThan(0);
		expect((await target.locator('mark.search-hit').first().textContent())!.toLowerCase()).toBe('quill');
		expect(await target.getAttribute('class')).toContain('search-target');
		// The marks are in; two rendering updates later the page is where it was, the paragraph on screen.
		const settled = await page.evaluate(() => scrollY);
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		expect(await page.evaluate(() => scrollY)).toBe(settled);
		expect(
			await target.evaluate(
				(el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < innerHeight,
			),
		).toBe(true);
		await page.context().close();
	});

	it('keyboard: / and Ctrl-K open it, arrows move through results, Enter opens one, Esc closes and returns focus', async () => {
		const { page } = await session.open('/sources/');
		await open(page, 'slash');
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('#search-dialog[open]').count()).toBe(0);
		const trigger = page.locator('[data-search-trigger]');
		await trigger.focus();
		await page.keyboard.press('Enter');
		await input(page).waitFor();
		await query(page, NAME);
		await page.keyboard.press('ArrowDown');
		const first = (await links(page).first().getAttribute('href'))!;
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect.poll(() => input(page).evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Escape');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger')))
			.toBe(true);
		await open(page, 'ctrl-k');
		await query(page, NAME);
		await page.keyboard.press('ArrowDown');
		await Promise.all([
			page.waitForURL((url) => url.pathname === new URL(first, session.base).pathname),
			page.keyboard.press('Enter'),
		]);
		await page.context().close();
	});

	it('announces the number of results to screen readers', async () => {
		const { page } = await session.open('/');
		await open(page, 'click');
		await query(page, NAME);
		const status = page.locator('#search-dialog [role=status]');
		expect(await status.textContent()).toMatch(/^\d+ results? for “Quill”$/);
		await page.context().close();
	});

	it('filters by kind and by outlet cited', async () => {
		const { page } = await session.open('/');
		await open(page, 'click');
		await query(page, NAME);
		const kinds = () => page.locator('#search-dialog .search-kind').allTextContents();
		await page.locator('#search-dialog select[name=kind]').selectOption('Person');
		await expect
			.poll(async () => (await kinds()).length > 0 && (await kinds()).every((k) => k === 'Person'))
			.toBe(true);
		await page.locator('#search-dialog select[name=kind]').selectOption('');
		const outlet = await page
			.locator('#search-dialog select[name=outlet] option')
			.evaluateAll((os) =>
				os.map((o) => (o as HTMLOptionElement).value).find((v) => v.startsWith('The Harbour Ledger')),
			);
		await page.locator('#search-dialog select[name=outlet]').selectOption(outlet!);
		await expect
			.poll(
				async () =>
					!(await page.locator('#search-dialog .search-summary').textContent())!.startsWith('Searching') &&
					(await page.locator('#search-dialog .search-results').getAttribute('aria-busy')) === 'false',
			)
			.toBe(true);
		// Every page left cites that outlet: an explainer's note, a source record, an entity's cited description.
		const pages = [
			...new Set(
				(await links(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map(
					(href) => new URL(href, 'http://x').pathname,
				),
			),
		];
		expect(pages.length).toBeGreaterThan(0);
		const citing = await page.evaluate(
			async ([paths, name]) => {
				const cites = async (path: string) => {
					const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
					return [...doc.querySelectorAll('[data-pagefind-filter="outlet"]')].some(
						(el) => el.textContent!.trim() === name,
					);
				};
				return Promise.all(paths.map(cites));
			},
			[pages, outlet!] as const,
		);
		expect(citing).toEqual(pages.map(() => true));
		expect(await kinds()).toContain('Explainer');
		expect(await page.locator('#search-dialog[open]').count()).toBe(1);
		await page.context().close();
	});

	it('shows a query with HTML as text, never runs it, and helps when nothing matches', async () => {
		const { page } = await session.open('/');
		await open(page, 'click');
		const hostile = '<img src=x onerror="window.__pwned=1">';
		await input(page).fill(hostile);
		await expect.poll(() => page.locator('#search-dialog .search-summary').textContent()).toContain('<img');
		expect(await page.locator('#search-dialog img').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		await query(page, 'qwertyzxcv');
		expect(await page.locator('#search-dialog .search-summary').textContent()).toBe('0 results for “qwertyzxcv”');
		const help = page.locator('#search-dialog .search-empty');
		await expect.poll(() => help.isVisible()).toBe(true);
		expect(await help.locator('a[href="/a-z/"]').count()).toBe(1);
		await page.context().close();
	});

	it('answers a 200-word pasted passage at once, with a count and a list that agree', async () => {
		const { page } = await session.open('/');
		await open(page, 'click');
		const words = Array.from({ length: 200 }, (_, i) => ['Quill', 'said', 'ferry', 'agreed', 'sailings'][i % 5]).join(
			' ',
		);
		await query(page, words);
		const summary = (await page.locator('#search-dialog .search-summary').textContent())!;
		const count = Number(/^(\d+) result/.exec(summary)?.[1]);
		if (count > 0) await expect.poll(() => page.locator('#search-dialog .search-result').count()).toBeGreaterThan(0);
		else expect(await page.locator('#search-dialog .search-empty').isVisible()).toBe(true);
		await page.context().close();
	});

	it('the /search/ page runs the query from ?q=', async () => {
		const { page } = await session.open('/search/?q=Clause%20Twelve');
		await page.locator('.search-page .search-result').first().waitFor();
		expect(path((await links(page, '.search-page').first().getAttribute('href'))!)).toBe('/terms/clause-twelve/');
		expect(await page.locator('.search-page input').inputValue()).toBe('Clause Twelve');
		await page.context().close();
	});

	it('without JavaScript there is no search box, only the A–Z index and sources', async () => {
		for (const p of ['/', '/search/']) {
			const { page } = await session.open(p, { javaScriptEnabled: false });
			expect(await page.locator('[data-search-trigger]').isVisible()).toBe(false);
			expect(await page.locator('header a[href="/a-z/"]').isVisible()).toBe(true);
			expect(await page.locator('header a[href="/sources/"]').isVisible()).toBe(true);
			if (p === '/search/') expect(await page.locator('main').textContent()).toContain('Search needs JavaScript');
			await page.context().close();
		}
	});
});

/**
 * The query tables, one test per query on one open dialog (typing a query
 * is cheap; loading a page per query is not): each leads where the table
 * says, and explainer results show the paragraph's own words, never a
 * list of aliases.
 */
describe('search, query by query', () => {
	let page: Page;
	/** Paragraph ids of an explainer, by its words: read from the built page. */
	const paragraphs = (explainer: string) =>
		parse(readFileSync(join(FIXTURE_DIST, explainer, 'index.html'), 'utf8'))
			.querySelectorAll('.prose p[id]')
			.map((p) => ({ id: p.id, text: p.textContent.replace(/\s+/g, ' ') }));
	beforeAll(async () => {
		({ page } = await session.open('/'));
		await page.locator('[data-search-trigger]').click();
		await input(page).waitFor();
	});
	afterAll(() => page.context().close());

	const explainerExcerpts = () =>
		page
			.locator('#search-dialog .search-result')
			.evaluateAll((items) =>
				items
					.filter((li) => li.querySelector('.search-kind')?.textContent === 'Explainer')
					.map((li) => li.querySelector('.search-excerpt')?.textContent ?? ''),
			);

	it.for(QUERIES)('“$query” leads to its entity first, and to the paragraph', async (q) => {
		await query(page, q.query);
		await expect
			.poll(async () => path((await links(page).first().getAttribute('href'))!), { message: q.query })
			.toBe(q.first);
		const hrefs = (await links(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map(path);
		if (q.url) expect(hrefs, q.query).toContain(q.url);
		if (q.paragraph) {
			const explainer = q.explainer ?? ARTICLE;
			const ids = paragraphs(explainer)
				.filter((p) => p.text.includes(q.paragraph!))
				.map((p) => `${explainer}#${p.id}`);
			expect(ids.length, `${q.query}: no paragraph with “${q.paragraph}”`).toBeGreaterThan(0);
			expect(
				hrefs.some((href) => ids.includes(href)),
				q.query,
			).toBe(true);
		}
		for (const excerpt of await explainerExcerpts()) expect(excerpt, q.query).not.toMatch(/\(Also:|Also written/);
	});

	it.for(QUOTE_QUERIES)(
		'the quote words “$query” reach the paragraph they support, in the top three, with the outlet',
		async (q) => {
			await query(page, q.query);
			const top = await links(page).evaluateAll((as) =>
				as.slice(0, 3).map((a) => ({
					href: a.getAttribute('href')!,
					excerpt: a.closest('li')!.querySelector('.search-excerpt')?.textContent ?? '',
				})),
			);
			const explainer = q.explainer ?? ARTICLE;
			const hit = top.find((r) => r.href.startsWith(`${explainer}?`) || r.href.includes(`${explainer}#`));
			expect(hit, q.query).toBeTruthy();
			expect(hit!.excerpt, q.query).toContain(q.outlet);
			for (const excerpt of await explainerExcerpts()) expect(excerpt, q.query).not.toMatch(/\(Also:|Also written/);
		},
	);
});
