/**
 * Every explainer of the real build (content/), checked only for what
 * holds for any correct explainer: markers wired to notes, every sentence
 * sourced, key points cited, a timeline in order, fact-checks matching
 * their blocks, and the weight readers download. What an explainer says
 * is checked by the build against its research notes, and the behaviour of
 * each part on the fixture site (tests/build/fixture-site.test.ts), so
 * adding, correcting or deleting an explainer never turns these tests red.
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/page-weight.ts';
import { sitesBuilt } from '../support/builds.ts';
import { claimReviewProblems, timelineProblems, uncitedKeyPoints, uncoveredText } from '../support/explainer-checks.ts';
import { explainerPages } from '../support/explainer-quotes.ts';
import { noteProblems } from '../support/note-structure.ts';
import { SITE_DIST } from '../support/paths.ts';
import { readSite, type Page } from '../support/site-files.ts';

await sitesBuilt('real');

let explainers: Page[];
beforeAll(() => {
	explainers = explainerPages(readSite(SITE_DIST));
});

describe('every explainer of the real site', () => {
	it('has a page for each article in content/articles/, and none when there is none', () => {
		const articles = readdirSync('content/articles').filter((name) => name.endsWith('.mdx'));
		expect(explainers.map((page) => page.path).sort()).toEqual(
			articles.map((name) => `/${name.replace(/\.mdx$/, '')}/`).sort(),
		);
	});

	it('wires every marker to a note of its own paragraph, and every note back', () => {
		for (const page of explainers) expect(noteProblems(page), page.path).toEqual([]);
	});

	it('covers every sentence of the body with a source or one of our own labels', () => {
		for (const page of explainers) expect(uncoveredText(page), page.path).toEqual([]);
	});

	it('cites every key point, keeps its timeline in date order and linked, and shows each fact-check’s rating', () => {
		for (const page of explainers) {
			expect(uncitedKeyPoints(page), page.path).toEqual([]);
			expect(timelineProblems(page), page.path).toEqual([]);
			expect(claimReviewProblems(page), page.path).toEqual([]);
		}
	});

	it('loads at most 5 KB of JavaScript before any interaction, inline scripts included, nothing of search, nothing from another host', () => {
		for (const page of explainers) {
			const weight = pageWeight(SITE_DIST, page.path);
			const js = weight.resources.filter((r) => r.type === 'js').reduce((n, r) => n + r.gzip, 0) + weight.inlineJs;
			expect(js, page.path).toBeLessThanOrEqual(5 * 1024);
			expect(
				weight.resources.filter((r) => r.url.includes('/pagefind/')),
				page.path,
			).toEqual([]);
			expect(weight.external, page.path).toEqual([]);
		}
	});
});
