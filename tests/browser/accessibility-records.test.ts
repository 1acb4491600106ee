/**
 * axe-core on the fixture's record pages (sources, people, events,
 * authors) and search results, at phone, tablet and desktop widths, in
 * both colour schemes (accessibility.test.ts has the other pages).
 */
import { describe } from 'vitest';
import { axeOnPages } from '../support/axe-pages.ts';
import { useSession } from '../support/browser.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

const session = useSession(FIXTURE_DIST);

describe('axe-core at 390, 820 and 1280 px, light and dark (fixture)', () => {
	axeOnPages(session, [
		'/sources/',
		'/sources/coast-wire-quill/',
		'/search/?q=Quill',
		// An explainer's section with several matching paragraphs: one heading, each paragraph a link.
		'/search/?q=company',
		'/people/mara-quill/',
		'/events/hallow-talks/',
		'/authors/',
		'/authors/ruth-reporter/',
	]);
});
