/**
 * axe-core on every kind of page at phone, tablet and desktop widths, in
 * both colour schemes (which rules run where: tests/support/axe.ts). The
 * interactive layers are checked in accessibility-layers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { AXE_MATRIX, violations } from '../support/axe.ts';
import { useSession } from '../support/browser.ts';
import { explainerPages } from '../support/explainer-quotes.ts';
import { FIXTURE_DIST, SITE_DIST } from '../support/paths.ts';
import { readSite } from '../support/site-files.ts';

/** Every kind of page, on the fixture site. */
const PAGES = [
	'/',
	'/epsilon/',
	'/sources/',
	'/sources/coast-wire-quill/',
	'/search/?q=Quill',
	// An explainer's section with several matching paragraphs: one heading, each paragraph a link.
	'/search/?q=company',
	'/a-z/',
	'/people/mara-quill/',
	'/events/hallow-talks/',
	'/timeline/',
	'/corrections/',
	'/topics/',
	'/topics/ferries/',
	'/authors/',
	'/authors/ruth-reporter/',
	'/404',
];
/** Every explainer of the real site, whatever they are (read when the file is collected, after the global setup's builds). */
const REAL_EXPLAINERS = explainerPages(readSite(SITE_DIST)).map((page) => page.path);

const session = useSession(FIXTURE_DIST);
const real = useSession(SITE_DIST);

// One test per page and width, one after the other: each stays a few seconds
// of work however busy the machine, instead of eleven pages racing one timeout.
describe('axe-core at 390, 820 and 1280 px, light and dark (fixture)', () => {
	describe.for(PAGES)('%s', (path) => {
		it.for(AXE_MATRIX)('at $width px has no violations', async ({ width, light, dark }) => {
			const { page } = await session.open(path, { viewport: { width, height: 900 } });
			if (path.startsWith('/search/')) await page.locator('.search-results[aria-busy=false]').waitFor();
			expect(await violations(page, light), `${path} at ${width} px, light`).toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await violations(page, dark), `${path} at ${width} px, dark`).toEqual([]);
			await page.context().close();
		});
	});
});

describe('axe-core on every explainer of the real site', () => {
	describe.for(REAL_EXPLAINERS)('%s', (path) => {
		it.for(AXE_MATRIX)('at $width px has no violations', async ({ width, light, dark }) => {
			const { page } = await real.open(path, { viewport: { width, height: 900 } });
			expect(await violations(page, light), `${path} at ${width} px, light`).toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await violations(page, dark), `${path} at ${width} px, dark`).toEqual([]);
			await page.context().close();
		});
	});
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
