// `npm run screenshots`: saves the built article at 390, 820 and 1280 px,
// light and dark, as printed, and with a phone's source sheet open, to
// screenshots/ for a person to look at. Build first (`npm run build`).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const dist = process.env.EXPLAINER_OUT ?? 'dist';
const path = process.argv[2] ?? '/us-nato-style-security-guarantees-ukraine/';
const out = 'screenshots';
mkdirSync(out, { recursive: true });

const server = await serveStatic(dist);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const saved = [];
for (const width of [390, 820, 1280]) {
	for (const colorScheme of ['light', 'dark']) {
		const page = await browser.newPage({ viewport: { width, height: 1100 }, colorScheme });
		await page.goto(server.url + path);
		const file = `${out}/article-${width}-${colorScheme}.png`;
		await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
		saved.push(file);
		await page.close();
	}
}
const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
await phone.goto(server.url + path);
await phone.locator('a[role=doc-noteref]').nth(2).click();
await phone.waitForTimeout(200);
await phone.screenshot({ path: `${out}/article-390-sheet.png` });
saved.push(`${out}/article-390-sheet.png`);
const print = await browser.newPage({ viewport: { width: 800, height: 1100 } });
await print.goto(server.url + path);
await print.emulateMedia({ media: 'print' });
await print.screenshot({ path: `${out}/article-print.png`, fullPage: process.env.FULL === '1' });
await print.pdf({ path: `${out}/article.pdf`, format: 'A4' });
saved.push(`${out}/article-print.png`, `${out}/article.pdf`);
await browser.close();
await server.close();
console.log(`Saved:\n  ${saved.join('\n  ')}`);
