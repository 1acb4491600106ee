/**
 * Every built page of both sites: valid HTML (html-validate, recommended
 * rules), every internal link and fragment resolving, the deploy headers
 * scoring A+, and the publishing metadata (JSON-LD, feed, sitemap) parsing
 * with the fields readers' tools need.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/server/headers-file.ts';
import { brokenLinks } from '../support/note-structure.ts';
import { score } from '../support/observatory.ts';
import { FIXTURE_DIST, SITE_DIST } from '../support/paths.ts';
import { readSite, siteFiles, type Page } from '../support/site-files.ts';

const SITES = [
	['real site', SITE_DIST],
	['fixture site', FIXTURE_DIST],
] as const;

const sites = new Map<string, Map<string, Page>>();
beforeAll(() => {
	for (const [name, dist] of SITES) sites.set(name, readSite(dist));
});

describe.each(SITES)('%s', (name, dist) => {
	it('is valid HTML on every page (html-validate, recommended rules)', async () => {
		const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
		const problems: string[] = [];
		for (const page of sites.get(name)!.values()) {
			const report = await validator.validateString(page.html, page.path);
			for (const result of report.results) for (const m of result.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
		}
		expect(problems).toEqual([]);
	});

	it('has no internal link or fragment that points nowhere, on any page', () => {
		expect(brokenLinks(sites.get(name)!, siteFiles(dist))).toEqual([]);
	});

	it('gives the 404 page no canonical address, and every other page its own', () => {
		for (const page of sites.get(name)!.values()) {
			const canonical = page.root.querySelector('link[rel=canonical]')?.getAttribute('href');
			if (page.path === '/404') expect(canonical).toBeUndefined();
			else expect(new URL(canonical!).pathname, page.path).toBe(page.path);
		}
	});

	it('deploys with headers that score A+ on the Observatory rules, for pages and for hashed files', () => {
		const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
		for (const page of sites.get(name)!.values()) {
			const result = score(headersFor(rules, page.path), page.html);
			expect(result.grade, page.path).toBe('A+');
		}
		const csp = headersFor(rules, '/').get('content-security-policy')!;
		expect(csp).not.toContain('unsafe-inline');
		expect(csp).toContain("'wasm-unsafe-eval'");
		expect(csp).toContain("frame-ancestors 'none'");
		for (const page of sites.get(name)!.values()) {
			const meta = page.root.querySelector('meta[http-equiv=content-security-policy]')!.getAttribute('content')!;
			for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(csp, page.path).toContain(hash);
		}
	});
});

describe('publishing metadata (fixture site)', () => {
	const article = () => sites.get('fixture site')!.get('/alpha/')!;

	it('describes each explainer as a NewsArticle with its sources as citations, safely serialised', () => {
		const script = article().root.querySelector('script[type="application/ld+json"]')!;
		const data = JSON.parse(script.text);
		expect(data).toMatchObject({
			'@type': 'NewsArticle',
			headline: 'Alpha explainer',
			datePublished: '2025-01-02',
			dateModified: '2025-01-02',
			publisher: { '@type': 'Organization', name: 'Sourced' },
			url: 'https://sourced.example/alpha/',
		});
		expect(data.citation).toEqual(
			expect.arrayContaining([{ '@type': 'CreativeWork', url: 'https://example.org/wire-one', name: 'Envoy says the leader agreed to protections', publisher: { '@type': 'Organization', name: 'Wire Service' }, datePublished: '2025-08-17' }]),
		);
		expect(data.correction[0]).toMatchObject({ '@type': 'CorrectionComment', datePublished: '2025-01-03' });
		expect(script.innerHTML).not.toMatch(/<\/|<!--/);
	});

	it('has Open Graph and Twitter card metadata', () => {
		const meta = (key: string) => article().root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
		expect([meta('og:type'), meta('og:title'), meta('og:url'), meta('twitter:card'), meta('article:published_time')]).toEqual(['article', 'Alpha explainer', 'https://sourced.example/alpha/', 'summary', '2025-01-02']);
	});

	it('publishes a feed of explainers, linked from every page', () => {
		const feed = readFileSync(join(FIXTURE_DIST, 'rss.xml'), 'utf8');
		const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => ({
			title: /<title>(.*?)<\/title>/.exec(m[1]!)?.[1],
			link: /<link>(.*?)<\/link>/.exec(m[1]!)?.[1],
			date: /<pubDate>(.*?)<\/pubDate>/.exec(m[1]!)?.[1],
		}));
		expect(items).toEqual([
			{ title: 'Beta explainer', link: 'https://sourced.example/beta/', date: 'Wed, 05 Mar 2025 00:00:00 GMT' },
			{ title: 'Alpha explainer', link: 'https://sourced.example/alpha/', date: 'Thu, 02 Jan 2025 00:00:00 GMT' },
			{ title: 'Gamma explainer', link: 'https://sourced.example/gamma/', date: 'Tue, 05 Nov 2024 00:00:00 GMT' },
		]);
		for (const page of sites.get('fixture site')!.values()) expect(page.root.querySelector('link[rel=alternate][type="application/rss+xml"]')?.getAttribute('href'), page.path).toBe('/rss.xml');
	});

	it('lists every page in the sitemap, at the configured site address', () => {
		const index = readFileSync(join(FIXTURE_DIST, 'sitemap-index.xml'), 'utf8');
		const sitemaps = [...index.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		const urls = sitemaps.flatMap((path) => [...readFileSync(join(FIXTURE_DIST, path), 'utf8').matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]!));
		expect(urls.every((u) => u.startsWith('https://sourced.example/'))).toBe(true);
		const paths = new Set(urls.map((u) => new URL(u).pathname));
		for (const path of ['/', '/alpha/', '/beta/', '/sources/wire-one/', '/people/jane-envoy/', '/events/capital-summit/', '/timeline/', '/corrections/']) expect(paths, path).toContain(path);
		expect(paths).not.toContain('/404/');
	});
});
