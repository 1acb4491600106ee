/**
 * The copy of a built site that Pagefind reads: each page that opts in,
 * as `search/index-view` shows it, at the same path. It is kept between
 * builds, in the cache folder, with the digest of each page it was made
 * from: an incremental build copies most pages unchanged from the last
 * one, and their copies are kept as they are, so only the pages that
 * changed are made again. A copy is trusted only beside the digest of the
 * page and of `index-view.ts` itself (its code decides what a copy
 * holds), written once every copy is made. Like Astro's own caches, the
 * folder is one build's at a time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indexView, optsIn } from '../search/index-view.ts';

/** What the copies in a view folder were made from: `index-view.ts`'s digest, and each page's. */
interface Made {
	code: string;
	pages: Record<string, string>;
}

const MADE = 'made-from.json';

const digest = (bytes: Uint8Array | string) => createHash('sha1').update(bytes).digest('base64url');

/** The code that shapes a copy: index-view.ts as it is on disk (in a build, where this module sits too). */
const CODE = (() => {
	try {
		return digest(readFileSync(new URL('../search/index-view.ts', import.meta.url)));
	} catch {
		// Bundled elsewhere: no copy is trusted across runs.
		return `unknown-${Date.now()}-${Math.random()}`;
	}
})();

function lastMade(view: string, code: string): Made['pages'] {
	try {
		const made = JSON.parse(readFileSync(join(view, MADE), 'utf8')) as Made;
		return made.code === code ? made.pages : {};
	} catch {
		return {};
	}
}

/**
 * Brings the folder `view` up to date with the built site in `dir`: a copy for each HTML page that opts in,
 * made again only where the page changed; copies of pages gone, or that no longer opt in, are removed.
 * Returns how many pages opt in (0: none does, and the view is empty) and how many copies were made.
 */
export function updateIndexView(dir: string, view: string, code = CODE): { pages: number; made: number } {
	mkdirSync(view, { recursive: true });
	const before = lastMade(view, code);
	// Until every copy is made, no copy is trusted: a build stopped half-way leaves none to the next.
	rmSync(join(view, MADE), { force: true });
	const pages: Made['pages'] = {};
	let made = 0;
	for (const page of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!page.endsWith('.html')) continue;
		const bytes = readFileSync(join(dir, page));
		if (!optsIn(bytes)) continue;
		const from = (pages[page] = digest(bytes));
		const copy = join(view, page);
		if (before[page] === from && existsSync(copy)) continue;
		mkdirSync(dirname(copy), { recursive: true });
		writeFileSync(copy, indexView(bytes.toString('latin1')), 'latin1');
		made++;
	}
	// Whatever the folder holds that this build did not make (pages gone, a copy an interrupted build left).
	for (const file of readdirSync(view, { recursive: true, encoding: 'utf8' }))
		if (file.endsWith('.html') && !Object.hasOwn(pages, file)) rmSync(join(view, file), { force: true });
	writeFileSync(join(view, `${MADE}.new`), JSON.stringify({ code, pages } satisfies Made));
	renameSync(join(view, `${MADE}.new`), join(view, MADE));
	return { pages: Object.keys(pages).length, made };
}
