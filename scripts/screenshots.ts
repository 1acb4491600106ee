/**
 * `npm run screenshots`: the built article as readers see it, at 390, 820
 * and 1280 px, light and dark, with and without JavaScript, full page;
 * the phone sheet and the wide-screen preview open; and printed (PNG and
 * PDF). Saved to `screenshots/` (ignored by git); the one the README shows
 * is copied to `tests/screenshots/`. Build first (`npm run build`).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.ts';
import { serveSite } from '../src/server/static-server.ts';

const dist = process.env.EXPLAINER_OUT ?? 'dist';
const path = process.argv[2] ?? '/us-nato-style-security-guarantees-ukraine/';
const out = 'screenshots';
mkdirSync(out, { recursive: true });

const server = await serveSite(dist);
const browser = await launchChromium();
const saved: string[] = [];
const shot = async (
	name: string,
	options: { width: number; height?: number; dark?: boolean; js?: boolean; full?: boolean },
	act?: (page: import('playwright-core').Page) => Promise<void>,
) => {
	const context = await browser.newContext({
		viewport: { width: options.width, height: options.height ?? 900 },
		colorScheme: options.dark ? 'dark' : 'light',
		javaScriptEnabled: options.js ?? true,
		hasTouch: options.width < 768,
		isMobile: options.width < 768,
	});
	const page = await context.newPage();
	await page.goto(server.url + path);
	if (act) await act(page);
	const file = `${out}/${name}.png`;
	await page.screenshot({ path: file, fullPage: options.full ?? true });
	saved.push(file);
	await context.close();
};
for (const width of [390, 820, 1280]) {
	await shot(`article-${width}`, { width });
	await shot(`article-${width}-dark`, { width, dark: true, full: false });
	await shot(`article-${width}-nojs`, { width, js: false });
}
await shot('article-390-first-screen', { width: 390, height: 844, full: false });
await shot('article-1280-first-screen', { width: 1280, height: 800, full: false });
await shot('article-390-sheet', { width: 390, height: 844, full: false }, async (page) => {
	await page.locator('a[role=doc-noteref]').nth(2).tap();
	await page.waitForTimeout(200);
});
await shot('article-1280-preview', { width: 1280, height: 800, full: false }, async (page) => {
	const marker = page.locator('.prose > p a[role=doc-noteref]').nth(3);
	await marker.scrollIntoViewIfNeeded();
	await marker.hover();
	await page.waitForTimeout(400);
});
const print = await browser.newPage({ viewport: { width: 800, height: 1100 } });
await print.goto(server.url + path);
await print.emulateMedia({ media: 'print' });
await print.screenshot({ path: `${out}/article-print.png`, fullPage: true });
await print.pdf({ path: `${out}/article.pdf`, format: 'A4' });
saved.push(`${out}/article-print.png`, `${out}/article.pdf`);
await browser.close();
await server.close();
if (!process.argv[2]) {
	mkdirSync('tests/screenshots', { recursive: true });
	copyFileSync(`${out}/article-1280-first-screen.png`, 'tests/screenshots/article-1280-first-screen.png');
}
console.log(`Saved:\n  ${saved.join('\n  ')}`);
