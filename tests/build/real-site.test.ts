/**
 * The real explainer, as built from content/: structure, honesty checks
 * against the dossier, and the page-weight budgets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenFragments, citationProblems } from '../support/citations.ts';
import { pageWeight, total } from '../support/page-weight.ts';
import { SITE_DIST } from '../support/paths.ts';
import { readSite, type Page } from '../support/site-files.ts';

const ARTICLE = '/us-nato-style-security-guarantees-ukraine/';
const dossier = readFileSync('content/dossier/sources.md', 'utf8');
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

let pages: Map<string, Page>;
let article: Page;
beforeAll(() => {
	pages = readSite(SITE_DIST);
	article = pages.get(ARTICLE)!;
});

describe('the first explainer', () => {
	it('has a title, standfirst, dates and sections with headings', () => {
		expect(article.root.querySelector('h1')!.text).toContain('Article 5-like');
		expect(article.root.querySelector('.standfirst')!.text.length).toBeGreaterThan(80);
		expect(article.root.querySelectorAll('.article-body h2').length).toBeGreaterThanOrEqual(8);
	});

	it('has a working citation structure', () => {
		expect(citationProblems(article)).toEqual([]);
		expect(brokenFragments(pages)).toEqual([]);
	});

	it('cites something in every paragraph of the body except the list introduction', () => {
		const uncited = article.root
			.querySelectorAll('.article-body p[id]')
			.filter((p) => !p.closest('.cited'))
			.map((p) => p.text);
		expect(uncited).toEqual(['This story first reached us as an aggregator’s summary. Checked against the original reporting, several of its attributions do not hold.']);
	});

	it('quotes only words that appear verbatim in the dossier', () => {
		const quotes = article.root.querySelectorAll('.quote p').map((q) => flat(q.text).replace(/^“|”$/g, ''));
		expect(quotes.length).toBeGreaterThan(40);
		const missing = quotes.filter((q) => !flat(dossier).includes(q));
		expect(missing).toEqual([]);
	});

	it('uses only source URLs the dossier gives', () => {
		const urls = readdirSync('content/sources').flatMap((f) => [...readFileSync(`content/sources/${f}`, 'utf8').matchAll(/https?:\/\/[^"\s]+/g)].map((m) => m[0]));
		expect(urls.filter((u) => !dossier.includes(u))).toEqual([]);
	});

	it('does not repeat the summary’s unsupported China claim as fact', () => {
		const body = article.root.querySelector('.article-body')!.text;
		expect(body).toContain('We found no such article');
		expect(body).not.toMatch(/analysts predict that the US might redirect/);
	});

	it('names the people and terms readers search for', () => {
		const body = article.root.querySelector('.article-body')!.text;
		for (const name of ['Witkoff', 'von der Leyen', 'Article 5', 'Zelensky', 'Meloni', 'Rubio', 'Lavrov', 'Joint Base Elmendorf-Richardson', 'coalition of the willing']) {
			expect(body, name).toContain(name);
		}
	});
});

describe('page weight before any interaction (gzip)', () => {
	const { resources, external, inlineJs } = pageWeight(SITE_DIST, ARTICLE);

	it('stays within 30 KB in all', () => {
		expect(total(resources)).toBeLessThanOrEqual(30 * 1024);
	});

	it('loads at most 5 KB of JavaScript, inline scripts included', () => {
		expect(inlineJs).toBeGreaterThan(0);
		expect(total(resources, 'js') + inlineJs).toBeLessThanOrEqual(5 * 1024);
	});

	it('requests nothing from another host and nothing of Pagefind', () => {
		expect(external).toEqual([]);
		expect(resources.filter((r) => r.url.startsWith('/pagefind/'))).toEqual([]);
		const fetched = article.root.querySelectorAll('script[src], img[src], iframe[src], link[rel~=stylesheet], link[rel~=icon], link[rel~=preload], link[rel~=modulepreload]');
		expect(fetched.map((e) => e.getAttribute('src') ?? e.getAttribute('href')).filter((u) => /^(https?:)?\/\//.test(u!))).toEqual([]);
	});
});
