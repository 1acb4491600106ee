/**
 * The Content-Security-Policy enforced, as a deployed site sends it (the
 * local server sends the headers of the build's `_headers`): every kind of
 * page loads, search, citations and the sheet work, and nothing is
 * blocked, because nothing inline runs that the build did not hash.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSession } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

const ARTICLE = '/epsilon/';
const session = useSession(FIXTURE_DIST);

/** Collects `securitypolicyviolation` events from the moment the page starts. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const w = window as unknown as { __violations: string[] };
		w.__violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
		);
	});
	return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** The host of the image violationsSoFar() has the page block: its console error is not the page's. */
const LAST = 'last-violation.invalid';

/**
 * Every violation of the page up to now. A violation is reported by an
 * event queued when the load or script is blocked, each after the one
 * before: so the page is made to commit one more of its own (an image from
 * another host, which the policy blocks before any request), and once that
 * one's report has come, every earlier report has too.
 */
async function violationsSoFar(page: Page, violations: () => Promise<string[]>): Promise<string[]> {
	await page.evaluate((host) => {
		const img = document.createElement('img');
		img.src = `https://${host}/x.png`;
		document.body.append(img);
	}, LAST);
	await expect.poll(async () => (await violations()).some((v) => v.includes(LAST))).toBe(true);
	return (await violations()).filter((v) => !v.includes(LAST));
}

describe('with the Content-Security-Policy enforced', () => {
	it('the page carries its own meta policy (Astro’s), and the server adds frame-ancestors', async () => {
		const response = await fetch(`${session.base}${ARTICLE}`);
		expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expect(response.headers.get('strict-transport-security')).toContain('max-age=63072000');
		expect(await response.text()).toMatch(
			/<meta http-equiv="content-security-policy" content="default-src 'none';[^"]* script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
		);
	});

	it('sends files that are never pages a policy under which nothing in them runs', async () => {
		const page = await (await fetch(`${session.base}/alpha/`)).text();
		const bundled = /<script type="module" src="([^"]+)"/.exec(page)![1]!;
		for (const path of [bundled, '/social/alpha.png', '/favicon.svg']) {
			const response = await fetch(`${session.base}${path}`);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('content-security-policy'), path).toMatch(/^default-src 'none';.*\bsandbox$/);
		}
	});

	it('an explainer whose standfirst quotes a script (fixture) loads with no violation, and the script never runs', async () => {
		const context = await session.browser.newContext();
		const page = await context.newPage();
		const violations = await watch(page);
		const dialogs: string[] = [];
		page.on('dialog', (d: import('playwright-core').Dialog) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await page.goto(`${session.base}/gamma/`, { waitUntil: 'load' });
		// Our own inline script ran, allowed by its hash.
		expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
		expect(await page.locator('meta[name=description]').getAttribute('content')).toContain('<script>alert(1)</script>');
		expect(await violationsSoFar(page, violations)).toEqual([]);
		expect(dialogs).toEqual([]);
		await context.close();
	});

	it.each([
		'/',
		'/a-z/',
		'/sources/',
		'/sources/coast-wire-quill/',
		'/people/mara-quill/',
		'/timeline/',
		'/corrections/',
		'/topics/',
		'/search/?q=Quill',
		'/no-such-page/',
	])('%s loads with no violation', async (path) => {
		const context = await session.browser.newContext();
		const page = await context.newPage();
		const violations = await watch(page);
		const errors: string[] = [];
		page.on(
			'console',
			(m) => m.type() === 'error' && !/404/.test(m.text()) && !m.text().includes(LAST) && errors.push(m.text()),
		);
		await page.goto(session.base + path);
		if (path.startsWith('/search/')) await page.locator('.search-result').first().waitFor();
		expect(await violationsSoFar(page, violations)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('search, previews, cards, highlighting and the sheet all work with no violation', async () => {
		for (const width of [1280, 390]) {
			const context = await session.browser.newContext({ viewport: { width, height: 844 }, hasTouch: width < 768 });
			const page = await context.newPage();
			const violations = await watch(page);
			await page.goto(`${session.base}${ARTICLE}?highlight=Quill#p-`);
			const ref = page.locator('.prose p a[role=doc-noteref]').nth(3);
			if (width < 768) {
				await ref.tap();
				await page.locator('#note-sheet').waitFor({ state: 'visible' });
				await page.keyboard.press('Escape');
			} else {
				await ref.hover();
				await page.locator('#note-preview:popover-open').waitFor();
				await ref.click();
			}
			await page.locator('[data-search-trigger]').click();
			await page.locator('#search-dialog-input').fill('additional sailings');
			await page.locator('#search-dialog .search-result').first().waitFor();
			await page.locator('#search-dialog .search-result a').first().click();
			await page.waitForLoadState('load');
			expect(await violationsSoFar(page, violations), `${width} px`).toEqual([]);
			await context.close();
		}
	});

	it('blocks what an injected script or style would do', async () => {
		const context = await session.browser.newContext();
		const page = await context.newPage();
		const violations = await watch(page);
		await page.goto(session.base + ARTICLE);
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__ran = 1';
			document.body.append(s);
			const div = document.createElement('div');
			div.innerHTML = '<img src="https://evil.example/x.png"><p style="color:red">x</p>';
			document.body.append(div);
		});
		// Each of the three is reported; the script's report means it was blocked, not run.
		await expect
			.poll(async () => (await violations()).map((v) => v.split(' ')[0]))
			.toEqual(expect.arrayContaining(['script-src-elem', 'img-src', 'style-src-attr']));
		expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
		await context.close();
	});

	it('an author page loads, and its bio’s source card opens, with no violation', async () => {
		const context = await session.browser.newContext({ viewport: { width: 1280, height: 844 } });
		const page = await context.newPage();
		const violations = await watch(page);
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && !m.text().includes(LAST) && errors.push(m.text()));
		await page.goto(`${session.base}/authors/ruth-reporter/`);
		await page.locator('.entity-description a[role=doc-noteref]').first().click();
		await page.locator('.entity-description details[open]').first().waitFor();
		expect(await violationsSoFar(page, violations)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('an explainer with a figure and a Markdown image loads both from this site, with no violation', async () => {
		const context = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		const violations = await watch(page);
		await page.goto(`${session.base}/beta/`);
		const images = page.locator('.prose img');
		expect(await images.count()).toBe(2);
		for (const image of await images.all()) {
			// Lazy: each loads when it comes near the window.
			await image.scrollIntoViewIfNeeded();
			await expect
				.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
				.toBe(true);
		}
		expect(await violationsSoFar(page, violations)).toEqual([]);
		await context.close();
	});
});
