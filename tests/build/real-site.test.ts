/**
 * The real explainer, as built from content/: its structure, its honesty
 * against the dossier (verbatim quotes, addresses as recorded, every
 * sentence sourced), the editorial parts a reader expects, links that
 * survive corrections, and what the page weighs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_RATINGS } from '../../src/editorial/claim-review.ts';
import { pageWeight } from '../../src/tools/page-weight.ts';
import { noteProblems } from '../support/note-structure.ts';
import { SITE_DIST } from '../support/paths.ts';
import { explainerPages, explainerQuotes } from '../support/explainer-quotes.ts';
import { unverifiedQuotes } from '../../src/editorial/verbatim.ts';
import { readSite, type Page } from '../support/site-files.ts';

const ARTICLE = '/us-nato-style-security-guarantees-ukraine/';
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
// The explainer's research notes (the dossier, with the summary it started from at the end). The build
// checks every quote and address against them (not-in-research); these tests read the built page as well.
const dossier = flat(readFileSync('content/research/ukraine-security-guarantees.md', 'utf8'));

let pages: Map<string, Page>;
let article: Page;
beforeAll(() => {
	pages = readSite(SITE_DIST);
	article = pages.get(ARTICLE)!;
});
const text = (selector: string) => flat(article.root.querySelector(selector)?.text ?? '');

describe('the first explainer', () => {
	it('has its headline, a short title for tabs, standfirst, dates and sections', () => {
		expect(text('h1')).toContain('Article 5-like');
		expect(article.root.querySelector('title')!.text.length).toBeLessThanOrEqual(70);
		expect(text('.standfirst').length).toBeGreaterThan(80);
		expect(text('.dateline')).toMatch(/Published 27 November 2026\. Updated 6 December 2026\. Checked against our research notes \(research up to 2 September 2025\) on 6 December 2026\./);
		expect(article.root.querySelectorAll('.prose h2').length).toBeGreaterThanOrEqual(10);
	});

	it('opens with cited key points, then a timeline of the events it mentions, each linked to its paragraph', () => {
		const points = article.root.querySelectorAll('.key-points li > p');
		expect(points.length).toBeGreaterThanOrEqual(3);
		expect(points.length).toBeLessThanOrEqual(5);
		for (const p of points) expect(p.querySelectorAll('a[role=doc-noteref]').length, p.text).toBeGreaterThan(0);
		const events = article.root.querySelectorAll('.timeline-list li');
		expect(events.length).toBeGreaterThanOrEqual(5);
		const dates = events.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
		expect(dates).toEqual([...dates].sort());
		expect(dates[0]).toBe('2025-08-15');
		// Days that are not known show as the date of the first report we read.
		const when = (name: string) => flat(events.find((li) => li.querySelector('a')!.text.includes(name))!.querySelector('time')!.text);
		expect(when('Ulyanov')).toBe('reported by 18 Aug 2025');
		expect(when('Wall Street Journal report')).toBe('reported by 21 Aug 2025');
		expect(when('Alaska summit')).toBe('15 Aug 2025');
		for (const li of events) expect(article.root.getElementById(li.querySelector('a')!.getAttribute('href')!.slice(1)), li.text).not.toBeNull();
	});

	it('says what we do not know, logs its corrections, and explains how it was reported', () => {
		expect(article.root.querySelector('#what-we-don-t-know')).not.toBeNull();
		expect(text('.changes')).toMatch(/Correction, 28 November 2026: /);
		expect(article.root.querySelectorAll('.changes-list li').length).toBeGreaterThanOrEqual(20);
		expect(text('.how-we-reported-this')).toMatch(/copies|copy/);
		expect(text('.how-we-reported-this')).toContain('2 September 2025');
	});

	it('wires every marker to a note of its own paragraph, and every note back', () => {
		expect(noteProblems(article)).toEqual([]);
	});

	it('covers every sentence of the body with a source or one of our own labels', () => {
		const prose = article.root.querySelector('.prose')!;
		const uncovered = prose
			.querySelectorAll('p[id^="p-"]')
			.filter((p) => !p.closest('.how-we-reported-this'))
			.map((p) => {
				const clone = p.clone() as typeof p;
				for (const el of clone.querySelectorAll('.claim, .marker')) el.remove();
				return flat(clone.text).replace(/[\s.,;:’'”“"()—–-]/g, '');
			})
			.filter((rest) => rest !== '' && !rest.endsWith('?'));
		expect(uncovered).toEqual([]);
	});

	it('keeps every claim address of the first edition working: each is a claim, or a corrected claim’s old id', () => {
		const ids = readFileSync('tests/fixtures/claim-ids-first-edition.txt', 'utf8').split('\n').filter(Boolean);
		expect(ids).toHaveLength(60);
		for (const id of ids) {
			const el = article.root.getElementById(id);
			expect(el, id).not.toBeNull();
			if (el!.classList.contains('claim-alias')) {
				// A claim corrected twice has an anchor per old id, one after the other, right before it.
				let next = el!.nextElementSibling;
				while (next?.classList.contains('claim-alias')) next = next.nextElementSibling;
				expect(next?.classList.contains('claim'), id).toBe(true);
			}
		}
	});

	it('quotes only words that appear verbatim in its research notes (the summary’s words in the summary they keep), in every explainer', () => {
		const quotes = explainerQuotes(pages);
		expect(quotes.filter((q) => q.path === ARTICLE).length).toBeGreaterThan(60);
		expect(new Set(quotes.map((q) => q.path)).size).toBe(explainerPages(pages).length);
		const made = unverifiedQuotes(quotes.map((q) => q.quote), [dossier]);
		expect(quotes.filter((q) => made.includes(q.quote))).toEqual([]);
		expect(text('.dateline')).not.toContain('not checked against research notes');
	});

	it('uses only source addresses the dossier gives', () => {
		const urls = readdirSync('content/sources').flatMap((f) => [...readFileSync(`content/sources/${f}`, 'utf8').matchAll(/^(?:url|archive): "([^"]+)"/gm)].map((m) => m[1]!));
		// The dossier writes one address without its scheme; the record adds only `https://` and says so.
		expect(urls.filter((u) => !dossier.includes(u) && !dossier.includes(u.replace(/^https:\/\//, '')))).toEqual([]);
	});

	it('counts one wire story carried by two outlets as one origin', () => {
		const labels = article.root.querySelectorAll('.notes .support').filter((s) => s.querySelector('.quote')?.text.includes('Putin agreed at his Alaska summit')).map((s) => flat(s.querySelector('.labels')!.text));
		expect(labels.length).toBeGreaterThan(0);
		for (const l of labels) expect(l).not.toContain('Corroborated');
		expect(flat(article.root.querySelector('[data-source="scmp-2025-08-17-witkoff"] .note-via')!.text)).toMatch(/^Probably from Associated Press/);
	});

	it('publishes its audit of the first summary as schema.org ClaimReview: one per audited claim, the summary’s own words, rated by name', () => {
		const reviews = article.root
			.querySelectorAll('script[type="application/ld+json"]')
			.map((s) => JSON.parse(s.text) as unknown)
			.find(Array.isArray) as Record<string, any>[];
		const blocks = article.root.querySelectorAll('#what-the-first-summary-got-wrong ~ .claim-review');
		expect(reviews).toHaveLength(9);
		expect(blocks).toHaveLength(9);
		const plain = (s: string) => flat(s).replace(/[’‘]/g, "'");
		reviews.forEach((review, i) => {
			expect(review).toMatchObject({
				'@context': 'https://schema.org',
				'@type': 'ClaimReview',
				itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: 'PressAI' }, appearance: { '@type': 'CreativeWork', url: 'https://pressai.world/news/26106-us-proposes-nato-style-security-guarantees-for-ukraine-after-summits-with-putin' } },
				author: { '@type': 'Organization', name: 'Sourced' },
				reviewRating: { '@type': 'Rating' },
			});
			// Dated by when its rating first appeared (1 December, or 6 December for the ratings changed then), not the first edition.
			expect(['2026-12-01', '2026-12-06']).toContain(review.datePublished);
			expect(Object.keys(REVIEW_RATINGS)).toContain(review.reviewRating.alternateName);
			// The claim reviewed is the summary's own words, which the research notes keep verbatim.
			expect(review.claimReviewed.length).toBeGreaterThan(10);
			expect(plain(dossier)).toContain(plain(review.claimReviewed));
			expect(review.reviewBody.length).toBeGreaterThan(10);
			// It points at the block on the page, whose visible rating is the same.
			const target = article.root.getElementById(new URL(review.url).hash.slice(1));
			expect(target?.parentNode).toBe(blocks[i]);
			expect(flat(blocks[i]!.querySelector('.review-rating strong')!.text)).toBe(review.reviewRating.alternateName);
		});
		expect(reviews.map((r) => r.reviewRating.alternateName)).toEqual(['Inaccurate', 'Misattributed', 'Partly supported', 'Partly supported', 'Attribution not found', 'Attribution not found', 'Attribution not found', 'Unsupported', 'Unsupported']);
	});

	it('does not repeat the summary’s unsupported China claim as fact', () => {
		const body = text('.prose');
		expect(body).toContain('We found no such article');
		expect(body).not.toMatch(/analysts predict that the US might redirect/);
	});
});

describe('the article page’s weight before any interaction (gzip)', () => {
	const weight = () => pageWeight(SITE_DIST, ARTICLE);
	const total = (type?: string) => weight().resources.filter((r) => !type || r.type === type).reduce((n, r) => n + r.gzip, 0);

	it('loads at most 5 KB of JavaScript, inline scripts included, and nothing of search', () => {
		expect(total('js') + weight().inlineJs).toBeLessThanOrEqual(5 * 1024);
		expect(weight().resources.filter((r) => r.url.startsWith('/pagefind/'))).toEqual([]);
	});

	it('requests nothing from another host', () => {
		expect(weight().external).toEqual([]);
	});

	// 45 KB until its second editorial round: the corrections log went from 34 entries to 64 (each shown on the page and
	// repeated in the NewsArticle JSON-LD), and the audit of the first summary is published as ClaimReview JSON-LD too;
	// 56 KB until its third, which logged 24 more changes.
	it('stays within its budget: 64 KB for this explainer, twice a typical one’s length with an 89-entry corrections log and 9 fact-checks (a typical one is under 30 KB: see npm run bench)', () => {
		expect(total()).toBeLessThanOrEqual(64 * 1024);
	});
});
