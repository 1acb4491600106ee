/**
 * One copy of the fixture, edited and rebuilt as a newsroom does, over
 * the same cache (rebuilds.builds.ts):
 *
 * - The copy-edit that used to break the site: words added to a sentence
 *   a correction names. With the claim ledger the claim keeps its id, so
 *   the build passes and the old links land. (A correction that names a
 *   claim wrongly is in broken-build.test.ts.)
 * - A source record corrected: the pages citing it show the correction,
 *   and no article is compiled again, since an article's compile reads
 *   only its own text and ledger (its notes are made by its page). One
 *   article is edited too: that one, and only that one, is compiled.
 * - The articles loader keeps each article's claims record in the content
 *   store between builds, and glob skips a file whose text is unchanged.
 *   An edit to the claim ledger alone changes the article's claim ids all
 *   the same: the next build must parse the article again, so the pages
 *   across explainers link to the claim's new id, not to one the article
 *   no longer has.
 * - After the rebuilds, the search index finds the edits, and the copy's
 *   explainer under embargo, whose standfirst holds `</head>` and
 *   `<style>` (which reach the head as written), is still out of the
 *   sitemap.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { openIndex } from '../../scripts/pagefind-node.ts';
import { job } from '../support/builds.ts';
import { allRows, pathOf } from '../support/search-rows.ts';
import { NEW, OLD, OUT, page, type Rebuilds } from './rebuilds.builds.ts';

let builds: Rebuilds;
beforeAll(async () => {
	builds = await job<Rebuilds>('rebuilds');
}, 600_000); // it waits for the builds queued before these (tests/support/build-service.ts)

describe('a copy-edit of a claim a correction names', () => {
	it('builds, and the claim keeps its id, its correction and its old address', () => {
		expect(builds.first.code, builds.first.output).toBe(0);
		const alpha = parse(page('alpha'));
		const claim = alpha.getElementById('c-the-envoy-repeated-the-5hyvvn')!;
		expect(claim.text).toBe('The envoy, officials said, repeated the claim on television');
		expect(alpha.querySelector('.changes a[href="#c-the-envoy-repeated-the-5hyvvn"]')).not.toBeNull();
		expect(alpha.getElementById('c-the-envoy-repeated-the-qa6s0i')!.nextElementSibling!.id).toBe(
			'c-the-envoy-repeated-the-5hyvvn',
		);
	});
});

describe('a source record corrected', () => {
	it('reuses the pages it does not change from the last build, whichever command started each build', () => {
		expect(builds.rebuilt.code, builds.rebuilt.output).toBe(0);
		// Astro's log says `(restored)` for a page copied from the last build, `(+12ms)` for one rendered.
		const restored = (path: string) =>
			new RegExp(`${path.replace(/[.]/g, '\\.')} \\(restored\\)`).test(builds.rebuilt.output);
		// No headline changed, so no card; and epsilon cites neither the source nor gamma.
		for (const slug of ['alpha', 'beta', 'gamma', 'delta', 'epsilon'])
			expect(restored(`/social/${slug}.png`), `/social/${slug}.png`).toBe(true);
		expect(restored('/epsilon/index.html'), '/epsilon/').toBe(true);
		// And the search index reads anew only the pages that changed (src/integrations/index-view-files.ts).
		const [, indexed, changed] = /Pagefind indexed (\d+) pages, (\d+) of them new or changed/.exec(
			builds.rebuilt.output,
		)!;
		expect(Number(changed)).toBeGreaterThan(0);
		expect(Number(changed)).toBeLessThan(Number(indexed) / 2);
	});

	it('compiles no article again: only the one article edited beside it', () => {
		expect(builds.rebuilt.code, builds.rebuilt.output).toBe(0);
		const before = new Set(builds.before);
		const after = new Set(builds.after);
		const added = [...after].filter((name) => !before.has(name));
		const dropped = [...before].filter((name) => !after.has(name));
		// One compiled article is one file (patches/article-modules.ts).
		expect(added).toHaveLength(1);
		expect(dropped).toHaveLength(1);
		expect(after.size).toBe(before.size);
	});

	it('shows the correction in the notes and markers of every article citing it', () => {
		for (const slug of ['alpha', 'beta']) {
			const html = parse(page(slug));
			const note = html.querySelector('li.note[data-source="wire-one"] .note-outlet')!;
			expect(note.text).toBe('Renamed Wire');
			const marker = html.querySelector(`a[href="#${html.querySelector('li.note[data-source="wire-one"]')!.id}"]`)!;
			expect(marker.getAttribute('aria-label')).toMatch(/^Source \d+: Renamed Wire/);
		}
	});
});

describe('a rebuild after an edit to a claim ledger alone', () => {
	it('links the source page to the claim by the id the ledger gives it now', () => {
		expect(builds.sourcePage).toContain(`alpha/#${OLD}`);
		expect(builds.ledgerRebuilt.code, builds.ledgerRebuilt.output).toBe(0);
		const source = page('sources/treaty-three');
		expect(source).toContain(`alpha/#${NEW}`);
		expect(source).not.toContain(OLD);
		expect(page('alpha')).toContain(`id="${NEW}"`);
	});
});

describe('the search index after the rebuilds', () => {
	it('finds the corrected words where they are now, and still the pages the rebuilds left alone', async () => {
		const { pagefind, close } = await openIndex(OUT, 'rebuilds');
		try {
			const at = async (query: string) =>
				(await allRows(pagefind, query)).map((row) => ({ ...row, path: pathOf(row.url) }));
			expect((await at('Renamed')).some((row) => row.path.startsWith('/alpha/'))).toBe(true);
			const gamma = (await at('reopened')).find((row) => row.path.startsWith('/gamma/'));
			expect(gamma?.excerpt).toMatch(/<mark>reopened<\/mark> late on Tuesday/);
			expect((await at('Northsound')).some((row) => row.path.startsWith('/epsilon/'))).toBe(true);
		} finally {
			await close();
		}
	});
});

describe('an explainer under embargo whose standfirst holds tag-like text', () => {
	it('is built, with its text in the head as written, and left out of the sitemap', () => {
		const delta = page('delta');
		expect(delta).toContain('what </head><body> and <style> mean');
		expect(delta).toMatch(/<meta name="robots" content="noindex/);
		expect(readFileSync(join(OUT, 'sitemap-0.xml'), 'utf8')).not.toContain('/delta/');
		expect(readFileSync(join(OUT, 'sitemap-0.xml'), 'utf8')).toContain('/epsilon/');
	});
});
