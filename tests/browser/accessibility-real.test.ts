/**
 * axe-core on the real site's home page and every explainer, whatever they
 * are (none, too, when the last is deleted), at phone, tablet and desktop
 * widths, in both colour schemes: what holds for any correct explainer
 * (accessibility.test.ts has the fixture's pages).
 */
import { describe } from 'vitest';
import { sitesBuilt } from '../support/builds.ts';
import { axeOnPages } from '../support/axe-pages.ts';
import { useSession } from '../support/browser.ts';
import { explainerPages } from '../support/explainer-quotes.ts';
import { SITE_DIST } from '../support/paths.ts';
import { readSite } from '../support/site-files.ts';

await sitesBuilt('real');

/** Read when the file is collected, once the real site is built (above). */
const REAL_EXPLAINERS = explainerPages(readSite(SITE_DIST)).map((page) => page.path);

const real = useSession(SITE_DIST);

describe('axe-core on the home page and every explainer of the real site', () => {
	axeOnPages(real, ['/', ...REAL_EXPLAINERS]);
});
