/** axe-core on every kind of page, at phone and desktop widths. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from '../support/browser.ts';
import { SITE_DIST } from '../support/paths.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['/', '/us-nato-style-security-guarantees-ukraine/', '/sources/', '/search/', '/404'];
const WIDTHS = [390, 1280];

let session: Session;
beforeAll(async () => {
	session = await startSession(SITE_DIST);
});
afterAll(async () => {
	await session?.close();
});

describe.each(WIDTHS)('axe-core at %i px', (width) => {
	it.each(PAGES)('%s has no violations', async (path) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page } = await session.open(path, { viewport: { width, height: 900 }, colorScheme });
			await page.addScriptTag({ content: axeSource });
			const violations = await page.evaluate(async () => {
				const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
				const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
				return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
			});
			expect(violations, `${path} ${colorScheme}`).toEqual([]);
			await page.context().close();
		}
	});
});
