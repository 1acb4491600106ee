/**
 * axe-core on every kind of page at phone, tablet and desktop widths, in
 * both colour schemes (which rules run where: tests/support/axe.ts): here
 * the fixture's explainers and lists; its record and search pages in
 * accessibility-records.test.ts, the real site's explainers in
 * accessibility-real.test.ts. The interactive layers are checked in
 * accessibility-layers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { AXE_MATRIX, violations } from '../support/axe.ts';
import { axeOnPages } from '../support/axe-pages.ts';
import { useSession } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

const session = useSession(FIXTURE_DIST);

describe('axe-core at 390, 820 and 1280 px, light and dark (fixture)', () => {
	axeOnPages(session, [
		'/',
		'/epsilon/',
		'/a-z/',
		'/timeline/',
		'/corrections/',
		'/topics/',
		'/topics/ferries/',
		'/404',
	]);
});

describe('axe-core on an explainer with a figure and a Markdown image (fixture)', () => {
	it.for(AXE_MATRIX)('/beta/ at $width px has no violations', async ({ width, light, dark }) => {
		const { page } = await session.open('/beta/', { viewport: { width, height: 900 } });
		await page.locator('.prose figure img').scrollIntoViewIfNeeded();
		expect(await violations(page, light), `/beta/ at ${width} px, light`).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await violations(page, dark), `/beta/ at ${width} px, dark`).toEqual([]);
		await page.context().close();
	});
});
