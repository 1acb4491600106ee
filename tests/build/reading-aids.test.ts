/**
 * What readers of the fixture site notice on a page: a long explainer's
 * contents and reading time, a source's page headed by the outlet that was
 * read, a figure's credit apart from its caption.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIST } from '../support/paths.ts';
import { readSite, type Page } from '../support/site-files.ts';

let pages: Map<string, Page>;
const page = (path: string) => pages.get(path)!;
const text = (el: { text: string } | null | undefined) => el?.text.replace(/\s+/g, ' ').trim() ?? '';
beforeAll(() => {
	pages = readSite(FIXTURE_DIST);
});

describe('reading aids', () => {
	it('gives an explainer with sections of its own a contents list and reading time at the top, folded, leading to each section', () => {
		// Delta, the explainer under embargo: built, so its page can be checked, and the one fixture with sections.
		const delta = page('/delta/');
		const nav = delta.root.querySelector('header nav.contents')!;
		expect(text(nav.querySelector('summary'))).toBe('Contents: 3 sections, about 1 minute to read');
		expect(nav.getAttribute('aria-labelledby')).toBe(nav.querySelector('summary')!.id);
		expect(nav.hasAttribute('data-pagefind-ignore')).toBe(true);
		const links = nav.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.text]);
		expect(links).toEqual([
			['#what-the-wire-said', 'What the wire said'],
			['#what-the-paper-said', 'What the paper said'],
			['#what-comes-next', 'What comes next'],
		]);
		for (const [href] of links) expect(delta.root.querySelector(`h2${href}`), href!).not.toBeNull();
	});

	it('gives none to an explainer of one section', () => {
		expect(page('/alpha/').root.querySelector('nav.contents')).toBeNull();
	});

	it('heads a source’s page with the outlet whose page was read, and names the wire it carried', () => {
		const copy = page('/sources/wire-copy/');
		expect(text(copy.root.querySelector('h1'))).toBe('Example Daily');
		expect(text(copy.root.querySelector('h1 + .source-origin'))).toBe('Wire Service, carried by Example Daily.');
		// The outlet filter keeps the name the notes give it.
		expect(text(copy.root.querySelector('[data-pagefind-filter="outlet"]'))).toBe('Wire Service');
		expect(copy.root.querySelector('title')!.text).toMatch(/^Example Daily: /);
		// An outlet's own report says nothing of the kind.
		expect(page('/sources/paper-two/').root.querySelector('.source-origin')).toBeNull();
	});

	it('builds the search vocabulary from what is listed: names, aliases and text, nothing under embargo', () => {
		const { words } = JSON.parse(readFileSync(join(FIXTURE_DIST, 'search/vocabulary.json'), 'utf8')) as {
			words: string[];
		};
		const folded = words.map((w) => w.toLowerCase());
		for (const known of ['Zanzibar', 'Unguja', 'Envoy']) expect(words, known).toContain(known);
		for (const known of ['harbour', 'reopened', 'pilots']) expect(folded, known).toContain(known);
		// Only the explainer under embargo (delta) says these.
		for (const hidden of ['delta', 'embargoed']) expect(folded, hidden).not.toContain(hidden);
	});

	it('sets a figure’s credit apart from its caption', () => {
		const caption = page('/beta/').root.querySelector('figure.figure figcaption')!;
		expect(caption.querySelector('.caption + .credit')).not.toBeNull();
	});
});
