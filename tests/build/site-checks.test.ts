/**
 * Every built page of both sites: valid HTML (html-validate, recommended
 * rules), every internal link and fragment resolving, the deploy headers
 * scoring A+, and the publishing metadata (JSON-LD, feed, sitemap,
 * robots.txt, social cards) parsing with the fields readers' tools need.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { headersFor, parseHeadersFile } from '../../src/server/headers-file.ts';
import { INLINE_SCRIPTS, sha256 } from '../../src/security/csp.ts';
import { cardPng } from '../../src/social/card-png.ts';
import { cardTextOf } from '../../src/social/card-text.ts';
import { sitesBuilt } from '../support/builds.ts';
import { brokenLinks } from '../support/note-structure.ts';
import { score } from '../support/observatory.ts';
import {
	FIXTURE_BASE,
	FIXTURE_BASE_DIST,
	FIXTURE_CONTENT,
	FIXTURE_DIST,
	FIXTURE_LOG,
	SITE_DIST,
	SITE_LOG,
} from '../support/paths.ts';
import { readSite, siteFiles, type Page } from '../support/site-files.ts';

await sitesBuilt('real', 'base');

const SITES = [
	['real site', SITE_DIST],
	['fixture site', FIXTURE_DIST],
] as const;

// Read when the file is collected (the global setup has built both sites), so
// the pages can be split into tests.
const sites = new Map<string, Map<string, Page>>(SITES.map(([name, dist]) => [name, readSite(dist)]));
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** The pages in runs of a dozen: each test stays short however busy the machine. */
function batches(pages: Page[], size = 12): { first: string; last: string; pages: Page[] }[] {
	const out = [];
	for (let i = 0; i < pages.length; i += size) {
		const run = pages.slice(i, i + size);
		out.push({ first: run[0]!.path, last: run.at(-1)!.path, pages: run });
	}
	return out;
}

describe.each(SITES)('%s', (name, dist) => {
	it.for(batches([...sites.get(name)!.values()]))(
		'is valid HTML from $first to $last (html-validate, recommended rules)',
		async ({ pages }) => {
			const problems: string[] = [];
			for (const page of pages) {
				const report = await validator.validateString(page.html, page.path);
				for (const result of report.results)
					for (const m of result.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
			}
			expect(problems).toEqual([]);
		},
	);

	it('has every page in one of the html-validate runs above', () => {
		expect(
			batches([...sites.get(name)!.values()])
				.flatMap((b) => b.pages.map((p) => p.path))
				.sort(),
		).toEqual([...sites.get(name)!.keys()].sort());
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

	it('deploys with headers that, with each page’s own meta policy, score A+ on the Observatory rules', () => {
		const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
		for (const page of sites.get(name)!.values()) {
			const result = score(headersFor(rules, page.path), page.html);
			expect(result.grade, page.path).toBe('A+');
		}
		const csp = headersFor(rules, '/').get('content-security-policy')!;
		expect(csp).toContain("frame-ancestors 'none'");
		expect(headersFor(rules, '/_astro/x.js').get('content-security-policy')).toMatch(/^default-src 'none';/);
	});

	it('allows every inline script and style its pages carry by the hash in their meta policy, and nothing else inline', () => {
		const pages = [...sites.get(name)!.values()];
		for (const page of pages) {
			const policy = page.root.querySelector('meta[http-equiv=content-security-policy]')?.getAttribute('content');
			expect(policy, page.path).toMatch(/^default-src 'none';/);
			expect(policy, page.path).not.toContain('unsafe-inline');
			expect(policy, page.path).toContain("'wasm-unsafe-eval'");
			const inline = page.root
				.querySelectorAll('style, script:not([src]):not([type="application/ld+json"])')
				.map((el) => el.innerHTML);
			expect(inline.length, page.path).toBeGreaterThan(0);
			for (const code of inline) expect(policy, `${page.path}: ${code.slice(0, 40)}`).toContain(`'${sha256(code)}'`);
			// The policy comes before anything it allows or blocks in the page.
			expect(
				page.root.querySelector('meta[http-equiv=content-security-policy], script, style')!.tagName,
				page.path,
			).toBe('META');
		}
	});
});

describe('the policy and author text', () => {
	const policies = (name: string) =>
		new Set(
			[...sites.get(name)!.values()].map((page) =>
				page.root.querySelector('meta[http-equiv=content-security-policy]')!.getAttribute('content'),
			),
		);

	it('is one policy for every page of both sites: it comes from the code, whatever the content', () => {
		const all = new Set([...policies('real site'), ...policies('fixture site')]);
		expect(all.size).toBe(1);
		expect([...all][0]).toContain(`'${sha256(INLINE_SCRIPTS[0])}'`);
	});

	// gamma's standfirst quotes markup: `"><meta property="og:image" content="not a URL"><script>alert(1)</script>`.
	const gamma = () => sites.get('fixture site')!.get('/gamma/')!;

	it('carries author text that quotes markup as text, in every meta tag that carries it', () => {
		const description = gamma().root.querySelector('meta[name=description]')!.getAttribute('content');
		expect(description).toContain(
			'"><meta property="og:image" content="not a URL"><script>alert(1)</script> and a rise of > 5%.',
		);
		expect(gamma().root.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(
			'http://localhost:4321/social/gamma.png',
		);
	});

	it('never hashes author text into a policy, in a page or in _headers', () => {
		const authorScript = `'${sha256('alert(1)')}'`;
		expect(readFileSync(join(FIXTURE_DIST, '_headers'), 'utf8')).not.toContain(authorScript);
		expect([...policies('fixture site')].filter((policy) => policy!.includes(authorScript))).toEqual([]);
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
			publisher: {
				'@type': 'Organization',
				name: 'Sourced',
				logo: { '@type': 'ImageObject', url: 'http://localhost:4321/favicon.svg' },
			},
			image: { '@type': 'ImageObject', url: 'http://localhost:4321/social/alpha.png', width: 1200, height: 630 },
			url: 'http://localhost:4321/alpha/',
		});
		expect(data.citation).toEqual(
			expect.arrayContaining([
				{
					'@type': 'CreativeWork',
					url: 'https://example.org/wire-one',
					name: 'Envoy says the leader agreed to protections',
					publisher: { '@type': 'Organization', name: 'Wire Service' },
					datePublished: '2025-08-17',
				},
			]),
		);
		expect(data.correction[0]).toMatchObject({ '@type': 'CorrectionComment', datePublished: '2025-01-03' });
		expect(script.innerHTML).not.toMatch(/<\/|<!--/);
	});

	it('has Open Graph and Twitter card metadata', () => {
		const meta = (key: string) =>
			article().root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
		expect([
			meta('og:type'),
			meta('og:title'),
			meta('og:url'),
			meta('twitter:card'),
			meta('article:published_time'),
		]).toEqual(['article', 'Alpha explainer', 'http://localhost:4321/alpha/', 'summary_large_image', '2025-01-02']);
		expect(meta('og:image')).toBe('http://localhost:4321/social/alpha.png');
		expect(meta('og:image:alt')).toMatch(/^Alpha explainer: /);
	});

	it('publishes a feed of explainers with their full text and sources, linked from every page (read by a real feed parser)', () => {
		const feed = parseFeed(readFileSync(join(FIXTURE_DIST, 'rss.xml'), 'utf8'));
		expect(feed.items.map((i) => ({ title: i.title, url: i.url, published: i.published?.toISOString() }))).toEqual([
			{ title: 'Beta explainer', url: 'http://localhost:4321/beta/', published: '2025-03-05T00:00:00.000Z' },
			{ title: 'Alpha explainer', url: 'http://localhost:4321/alpha/', published: '2025-01-02T00:00:00.000Z' },
			{ title: 'Gamma explainer', url: 'http://localhost:4321/gamma/', published: '2024-11-05T00:00:00.000Z' },
			{
				title: 'Hourly ferries for Northsound’s outer isles: what the minister promised, and what is still unclear',
				url: 'http://localhost:4321/epsilon/',
				published: '2024-10-04T00:00:00.000Z',
			},
		]);
		const alpha = parse(feed.items[1]!.content!);
		const page = article().root;
		// Every paragraph of the page is in the feed, in order, with its sources as numbered links to the originals.
		const pageParagraphs = page.querySelectorAll('.prose p[id]').length;
		expect(alpha.querySelectorAll('p').length).toBeGreaterThanOrEqual(pageParagraphs);
		const refs = alpha.querySelectorAll('p a').filter((a) => /^\[\d+\]$/.test(a.text));
		expect(refs.length).toBeGreaterThan(0);
		expect(refs.map((a) => a.getAttribute('href'))).toContain('https://example.org/wire-one');
		const listed = alpha.querySelectorAll('ol li');
		expect(listed.length).toBe(page.querySelectorAll('.bibliography li').length);
		expect(listed.length).toBeGreaterThan(1);
		expect(listed[0]!.querySelector('a')!.getAttribute('href')).toMatch(/^https:\/\//);
		expect(feed.items[1]!.content).not.toMatch(/<script|<style|<details/);
		for (const p of sites.get('fixture site')!.values())
			expect(
				p.root.querySelector('link[rel=alternate][type="application/rss+xml"]')?.getAttribute('href'),
				p.path,
			).toBe('/rss.xml');
	});

	it('gives every explainer a 1200×630 PNG social card of at most 80 KB, rendered from its own title', () => {
		for (const [, dist] of SITES) {
			for (const page of sites.get(SITES.find(([, d]) => d === dist)![0])!.values()) {
				if (!page.root.querySelector('meta[property="og:type"][content="article"]')) continue;
				const image = page.root.querySelector('meta[property="og:image"]')?.getAttribute('content');
				expect(image, page.path).toBeTruthy();
				const file = join(dist, new URL(image!).pathname);
				const png = readFileSync(file);
				expect(png.subarray(1, 4).toString(), file).toBe('PNG');
				expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1200, 630]);
				expect(png.length, file).toBeLessThanOrEqual(80 * 1024);
			}
		}
	});

	it('renders each explainer’s card from its record: the PNG is the card of its headline, standfirst and topics', async () => {
		const cards = readdirSync(join(FIXTURE_DIST, 'social')).sort();
		expect(cards).toEqual(['alpha.png', 'beta.png', 'delta.png', 'epsilon.png', 'gamma.png']);
		for (const card of cards) {
			const source = readFileSync(join(FIXTURE_CONTENT, 'articles', card.replace(/\.png$/, '.mdx')), 'utf8');
			const record = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)![1]!);
			const expected = await cardPng(cardTextOf({ ...record, topics: record.topics ?? [] }));
			expect(readFileSync(join(FIXTURE_DIST, 'social', card)).equals(expected), card).toBe(true);
		}
	});

	it('names the sitemap in robots.txt, and dates each explainer in the sitemap by its last change', () => {
		const robots = readFileSync(join(FIXTURE_DIST, 'robots.txt'), 'utf8');
		const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
		expect(sitemap).toBe('http://localhost:4321/sitemap-index.xml');
		const urls = readFileSync(join(FIXTURE_DIST, 'sitemap-0.xml'), 'utf8');
		expect(urls).toContain('<loc>http://localhost:4321/alpha/</loc><lastmod>2025-01-02T00:00:00.000Z</lastmod>');
		expect(urls).toContain('<loc>http://localhost:4321/beta/</loc><lastmod>2025-03-05T00:00:00.000Z</lastmod>');
	});

	it('prints no warning on a clean build but the one about SITE_URL, so a real warning is not buried', () => {
		// Rolldown warned once per MDX article about Astro's head-inject directive, the search
		// integration hinted at `astro dev` during a build, and the real site (no authors) had
		// Astro's notice of a missing collection folder.
		// And Astro says when there is no article at all (its glob loader, and each getCollection): the real site
		// once its last explainer is deleted.
		const none = !readdirSync('content/articles').some((name) => name.endsWith('.mdx'));
		const noArticles =
			/\[WARN\] \[(?:explainer-articles\] No files found|content\] The collection "articles" does not exist or is empty)/;
		for (const log of [FIXTURE_LOG, SITE_LOG]) {
			const warnings = readFileSync(log, 'utf8')
				.split('\n')
				.filter((line) => line.includes('[WARN]') && !(log === SITE_LOG && none && noArticles.test(line)));
			expect(warnings, log).toEqual([expect.stringMatching(/\[WARN\] \[explainer:site-address\] SITE_URL is not set/)]);
		}
	});

	it('without SITE_URL, points every address of its own at the local one, never at a made-up host, and says so', () => {
		expect(readFileSync(FIXTURE_LOG, 'utf8')).toMatch(
			/\[WARN\].*SITE_URL is not set: canonical links, the feed, the sitemap, robots\.txt, the JSON-LD and the social cards point at http:\/\/localhost:4321/,
		);
		const own: string[] = [];
		for (const page of sites.get('fixture site')!.values()) {
			for (const el of page.root.querySelectorAll(
				'link[rel=canonical], meta[property="og:url"], meta[property="og:image"]',
			))
				own.push(el.getAttribute('href') ?? el.getAttribute('content')!);
			const ld = page.root.querySelector('script[type="application/ld+json"]');
			if (ld)
				own.push(
					...[...ld.text.matchAll(/"(?:url|mainEntityOfPage)":"(http[^"]+)"/g)]
						.map((m) => m[1]!)
						.filter((u) => !u.startsWith('https://example.org')),
				);
		}
		for (const file of ['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'robots.txt'])
			own.push(
				...[
					...readFileSync(join(FIXTURE_DIST, file), 'utf8').matchAll(
						/(?:<loc>|<link>|<guid[^>]*>|Sitemap: )(http[^<\s]+)/g,
					),
				].map((m) => m[1]!),
			);
		expect(own.length).toBeGreaterThan(20);
		expect(own.filter((u) => !u.startsWith('http://localhost:4321/'))).toEqual([]);
		for (const file of siteFiles(FIXTURE_DIST))
			if (/\.(html|xml|txt|json)$/.test(file))
				expect(readFileSync(join(FIXTURE_DIST, file), 'utf8'), file).not.toContain('sourced.example');
	});

	it('lists every page in the sitemap, at the configured site address', () => {
		const index = readFileSync(join(FIXTURE_DIST, 'sitemap-index.xml'), 'utf8');
		const sitemaps = [...index.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		const urls = sitemaps.flatMap((path) =>
			[...readFileSync(join(FIXTURE_DIST, path), 'utf8').matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]!),
		);
		expect(urls.every((u) => u.startsWith('http://localhost:4321/'))).toBe(true);
		const paths = new Set(urls.map((u) => new URL(u).pathname));
		for (const path of [
			'/',
			'/alpha/',
			'/beta/',
			'/sources/wire-one/',
			'/people/jane-envoy/',
			'/events/capital-summit/',
			'/timeline/',
			'/corrections/',
		])
			expect(paths, path).toContain(path);
		expect(paths).not.toContain('/404/');
	});
});

describe(`the fixture site built for ${FIXTURE_BASE} (SITE_BASE)`, () => {
	const pages = readSite(FIXTURE_BASE_DIST);
	const at = (path: string) => `http://localhost:4321${FIXTURE_BASE}${path.slice(1)}`;

	it('has no internal link or fragment that points nowhere or outside the base, on any page', () => {
		expect(pages.size).toBe(sites.get('fixture site')!.size);
		expect(brokenLinks(pages, siteFiles(FIXTURE_BASE_DIST), FIXTURE_BASE)).toEqual([]);
		// And the same check fails on it without the base: the links really moved.
		expect(brokenLinks(pages, siteFiles(FIXTURE_BASE_DIST)).length).toBeGreaterThan(0);
	});

	it('puts the base in canonical links, social cards, JSON-LD, the feed, the sitemap and robots.txt', () => {
		const alpha = pages.get('/alpha/')!.root;
		expect(alpha.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(at('/alpha/'));
		expect(alpha.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(at('/social/alpha.png'));
		expect(JSON.parse(alpha.querySelector('script[type="application/ld+json"]')!.text)).toMatchObject({
			url: at('/alpha/'),
			image: { url: at('/social/alpha.png') },
			author: { url: at('/authors/ruth-reporter/') },
		});
		expect(alpha.querySelector('.dateline a[rel=author]')!.getAttribute('href')).toBe(
			`${FIXTURE_BASE}authors/ruth-reporter/`,
		);
		const feed = parseFeed(readFileSync(join(FIXTURE_BASE_DIST, 'rss.xml'), 'utf8'));
		expect(feed.url).toBe(at('/'));
		expect(feed.items.map((i) => i.url)).toEqual([at('/beta/'), at('/alpha/'), at('/gamma/'), at('/epsilon/')]);
		const urls = [...readFileSync(join(FIXTURE_BASE_DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>(.*?)<\/loc>/g)].map(
			(m) => m[1]!,
		);
		expect(urls).toContain(at('/alpha/'));
		expect(urls.filter((u) => !u.startsWith(at('/')))).toEqual([]);
		expect(readFileSync(join(FIXTURE_BASE_DIST, 'robots.txt'), 'utf8')).toContain(
			`Sitemap: ${at('/sitemap-index.xml')}`,
		);
	});

	it('writes every _headers pattern under the base, and the pages score A+ with them', () => {
		const text = readFileSync(join(FIXTURE_BASE_DIST, '_headers'), 'utf8');
		const patterns = text.split('\n').filter((l) => l.startsWith('/'));
		expect(patterns.length).toBeGreaterThan(2);
		expect(patterns.filter((p) => !p.startsWith(FIXTURE_BASE))).toEqual([]);
		const rules = parseHeadersFile(text);
		for (const page of pages.values())
			expect(score(headersFor(rules, `${FIXTURE_BASE}${page.path.slice(1)}`), page.html).grade, page.path).toBe('A+');
	});
});
