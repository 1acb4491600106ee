/**
 * The edition history on the fixture site (alpha has a claim ledger with
 * two editions: one claim reworded, one removed): each edition's changes
 * as a word diff, the sources behind each, the day's corrections, and
 * every old claim id landing somewhere a reader learns what became of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIST } from '../support/paths.ts';
import { readSite, type Page } from '../support/site-files.ts';

let pages: Map<string, Page>;
const page = (path: string) =>
	pages.get(path) ??
	(() => {
		throw new Error(`no page ${path}`);
	})();
const text = (el: { text: string } | null | undefined) => el?.text.replace(/\s+/g, ' ').trim() ?? '';
beforeAll(() => {
	pages = readSite(FIXTURE_DIST);
});

const REMOVED = 'c-officials-expected-a-deal-ajxn3w';

describe('an explainer’s edition history', () => {
	it('is linked from the dateline and from the corrections, only for an explainer with a ledger', () => {
		expect(page('/alpha/').root.querySelector('.dateline a[href="/alpha/history/"]')).not.toBeNull();
		expect(page('/alpha/').root.querySelector('.changes a[href="/alpha/history/"]')).not.toBeNull();
		expect(page('/beta/').root.querySelector('a[href="/beta/history/"]')).toBeNull();
		expect(pages.has('/beta/history/')).toBe(false);
	});

	it('lists each edition newest first, with the corrections logged that day', () => {
		const history = page('/alpha/history/');
		expect(history.root.querySelectorAll('section.edition h2').map(text)).toEqual([
			'Edition, 3 January 2025',
			'First edition, 2 January 2025',
		]);
		expect(text(history.root.querySelector('.edition .edition-log'))).toBe(
			'Correction: We first said the envoy repeated the claim on radio. It was on television.',
		);
	});

	it('shows a reworded claim’s old words deleted and new words inserted, said in words too, with its source and a link to it now', () => {
		const entry = page('/alpha/history/').root.getElementById('c-the-envoy-repeated-the-5hyvvn')!;
		expect(entry.querySelector('del')!.text).toBe('[deleted: radio]');
		expect(entry.querySelector('ins')!.text).toBe('[inserted: television]');
		expect(text(entry.querySelector('.change-words'))).toBe(
			'The envoy repeated the claim on [deleted: radio][inserted: television]',
		);
		expect(entry.querySelector('.change-sources a')!.getAttribute('href')).toBe('/sources/wire-one/');
		expect(entry.querySelector('.change-what a')!.getAttribute('href')).toBe('/alpha/#c-the-envoy-repeated-the-5hyvvn');
	});

	it('keeps a removed claim’s words, and lands its old id there', () => {
		const entry = page('/alpha/history/').root.getElementById(REMOVED)!;
		expect(text(entry.querySelector('.change-what'))).toBe('Removed');
		expect(text(entry.querySelector('del'))).toBe('[deleted: Officials expected a deal within days]');
		expect(entry.querySelector('.change-sources a')!.getAttribute('href')).toBe('/sources/paper-two/');
	});

	it('lands a removed claim’s old link on the article at the link to its history entry (without JavaScript), and a reworded claim’s old id on the claim', () => {
		const alpha = page('/alpha/');
		const anchor = alpha.root.getElementById(REMOVED)!;
		expect(anchor.classList.contains('claim-retired')).toBe(true);
		expect(anchor.getAttribute('data-history')).toBe(`/alpha/history/#${REMOVED}`);
		expect(anchor.parentNode!.querySelector('a')!.getAttribute('href')).toBe('/alpha/history/');
		const alias = alpha.root.getElementById('c-the-envoy-repeated-the-qa6s0i')!;
		expect(alias.classList.contains('claim-alias')).toBe(true);
		// One anchor per old id, though the ledger and the correction both name it.
		expect(alpha.html.match(/id="c-the-envoy-repeated-the-qa6s0i"/g)).toHaveLength(1);
	});
});
