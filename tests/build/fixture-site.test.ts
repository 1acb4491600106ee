import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenFragments, citationProblems, markerSource } from '../support/citations.ts';
import type { BrokenCaseName } from '../support/broken-cases.ts';
import type { BuildResult } from '../support/build-site.ts';
import { BROKEN_RESULTS, FIXTURE_DIST, FIXTURE_LOG } from '../support/paths.ts';
import { readSite, type Page } from '../support/site-files.ts';

let pages: Map<string, Page>;
const page = (path: string) => {
	const p = pages.get(path);
	if (!p) throw new Error(`no page ${path}; have ${[...pages.keys()].join(', ')}`);
	return p;
};
beforeAll(() => {
	pages = readSite(FIXTURE_DIST);
});

describe('fixture site: article pages', () => {
	it('serves each article at /<slug>/ with title, standfirst and dates', () => {
		const alpha = page('/alpha/');
		expect(alpha.root.querySelector('h1')!.text).toBe('Alpha explainer');
		expect(alpha.root.querySelector('.standfirst')!.text).toBe('The older fixture explainer.');
		expect(alpha.root.querySelector('.dateline time')!.getAttribute('datetime')).toBe('2025-01-02');
		expect(page('/beta/').root.querySelector('.dateline')!.text).toContain('Updated 5 March 2025');
	});

	it('links every marker to an entry in its own paragraph’s aside, and back', () => {
		for (const path of ['/alpha/', '/beta/']) expect(citationProblems(page(path))).toEqual([]);
	});

	it('lists exactly the paragraph’s sources, in marker order', () => {
		const asides = page('/alpha/').root.querySelectorAll('.cited > aside');
		const lists = asides.map((a) => a.querySelectorAll('li.note').map((n) => n.getAttribute('data-source')));
		expect(lists).toEqual([['wire-one', 'paper-two'], ['treaty-three', 'wire-one'], ['paper-two']]);
	});

	it('shows outlet, linked headline, date and quote in an entry', () => {
		const first = page('/alpha/').root.querySelector('.cited li.note')!;
		expect(first.querySelector('.note-outlet')!.text).toBe('Wire Service');
		expect(first.querySelector('cite a')!.getAttribute('href')).toBe('https://example.org/wire-one');
		expect(first.querySelector('cite a')!.text).toBe('Envoy says the leader agreed to protections');
		expect(first.querySelector('time')!.getAttribute('datetime')).toBe('2025-08-17');
		expect(first.querySelector('.note-via')!.text).toBe('Wire report, as republished by Example Daily');
		expect(first.querySelectorAll('.quote').map((q) => q.text)).toEqual(['“the leader agreed”', '“gathered”']);
	});

	it('names markers by outlet and date, and numbers each source once per page', () => {
		const refs = page('/alpha/').root.querySelectorAll('a[role=doc-noteref]');
		expect(refs.map((a) => a.getAttribute('aria-label'))).toEqual([
			'Source 1: Wire Service, 17 Aug 2025',
			'Source 2: Example Times',
			'Source 1: Wire Service, 17 Aug 2025',
			'Source 3: Treaty Archive',
			'Source 1: Wire Service, 17 Aug 2025',
			'Source 2: Example Times',
		]);
	});

	it('offers "open at quote" for every quoted passage, and shows the quote too', () => {
		for (const support of page('/alpha/').root.querySelectorAll('.support')) {
			const quote = support.querySelector('.quote');
			const open = support.querySelector('a.open-at-quote');
			expect(Boolean(open)).toBe(Boolean(quote));
			if (quote && open) {
				const words = quote.text.replace(/[“”]/g, '');
				expect(decodeURIComponent(open.getAttribute('href')!.split('#:~:text=')[1]!)).toBe(words);
			}
		}
	});

	it('labels each supported claim: directness, corroboration', () => {
		const labels = page('/alpha/').root.querySelectorAll('.cited')[0]!.querySelectorAll('.labels').map((l) => l.text.replace('Support: ', ''));
		expect(labels).toEqual(['Paraphrase One outlet', 'Paraphrase Corroborated (2 outlets)', 'Paraphrase Corroborated (2 outlets)']);
	});

	it('marks supplied headlines and offers archived copies', () => {
		const html = page('/alpha/').html;
		expect(html).toContain('[The treaty text]');
		expect(html).toContain('href="https://archive.example.org/paper-two"');
	});

	it('wraps the claim, not just the marker', () => {
		const claims = page('/alpha/').root.querySelectorAll('.claim').map((c) => c.text);
		expect(claims).toContain('An attack on one is an attack on all');
		expect(claims).toContain('The envoy repeated the claim on television');
		expect(claims).not.toContain('This sentence has no source.');
	});

	it('has no link whose fragment points nowhere, on any page', () => {
		expect(brokenFragments(pages)).toEqual([]);
	});
});

describe('fixture site: other pages', () => {
	it('lists explainers newest first on the home page', () => {
		expect(page('/').root.querySelectorAll('.article-list h2 a').map((a) => a.getAttribute('href'))).toEqual(['/beta/', '/alpha/']);
	});

	it('links every claim from the sources page, under each source it cites', () => {
		const sources = page('/sources/');
		for (const path of ['/alpha/', '/beta/']) {
			for (const claim of page(path).root.querySelectorAll('.claim')) {
				let next = claim.nextElementSibling;
				const cited = new Set<string>();
				while (next?.classList.contains('marker')) {
					next.querySelectorAll('a').forEach((a) => cited.add(markerSource(page(path), a)!));
					next = next.nextElementSibling;
				}
				for (const id of cited) {
					const record = sources.root.getElementById(id);
					const links = record?.querySelectorAll('.citing-claims a').map((a) => a.getAttribute('href'));
					expect(links, `${id} → ${path}#${claim.id}`).toContain(`${path}#${claim.id}`);
				}
			}
		}
	});

	it('shows the full record of every source, including uncited ones', () => {
		const sources = page('/sources/');
		expect(sources.root.querySelectorAll('li.source-record').map((r) => r.id).sort()).toEqual(['never-cited', 'paper-two', 'treaty-three', 'wire-one']);
		expect(sources.root.getElementById('paper-two')!.querySelector('script, img')).toBeNull();
		expect(sources.root.getElementById('paper-two')!.text).toContain('<script>');
		expect(sources.root.getElementById('never-cited')!.text).toContain('Cited for 0 claims');
		expect(sources.root.getElementById('wire-one')!.text).toContain('Wire report, as republished by Example Daily');
	});

	it('has a search page, and on every page a search button plus the no-JavaScript ways to find a name', () => {
		expect(pages.has('/search/')).toBe(true);
		for (const p of pages.values()) {
			expect(p.root.querySelector('button[data-search-trigger].js-only'), p.path).not.toBeNull();
			const nav = p.root.querySelectorAll('header nav a').map((a) => a.getAttribute('href'));
			expect(nav, p.path).toEqual(expect.arrayContaining(['/a-z/', '/sources/']));
		}
	});

	it('gives every paragraph an id to land on from search', () => {
		const paragraphs = page('/alpha/').root.querySelectorAll('.article-body p').filter((p) => !p.closest('.notes'));
		expect(paragraphs.length).toBeGreaterThanOrEqual(4);
		for (const p of paragraphs) expect(p.id).toMatch(/^p-/);
	});

	it('warns about a source nothing cites', () => {
		expect(readFileSync(FIXTURE_LOG, 'utf8')).toMatch(/never-cited\.yaml:1:1: warning Source `never-cited` is not cited by any article/);
	});
});

describe('fixture site: author mistakes fail the build', () => {
	const broken = () => JSON.parse(readFileSync(BROKEN_RESULTS, 'utf8')) as Record<BrokenCaseName, BuildResult>;
	const cases: [BrokenCaseName, RegExp][] = [
		['unknown-source', /articles\/alpha\.mdx:8:129: error Unknown source `@paper-too`.*closest known ids: `paper-two`/],
		['malformed-marker', /articles\/beta\.mdx:8:54: error Unexpected `;` after `;`, expected `@` and a source id/],
		['missing-title', /sources\/paper-two\.yaml:1:1: error Missing required field `title`/],
		['invalid-url', /sources\/wire-one\.yaml:3:6: error Invalid `url` \(got `example\.org\/wire-one`\): expected an absolute http\(s\) URL/],
		['invalid-date', /sources\/wire-one\.yaml:4:12: error Invalid `published` \(got `2025-13-01`\): expected a real date written YYYY-MM-DD/],
		['missing-frontmatter', /articles\/beta\.mdx:2:1: error Missing required field `description`/],
		['duplicate-alias', /entities\/zanzibar\.yaml:3:11: error Duplicate alias `Unguja`: entity `jane-envoy` already uses it/],
		['unknown-entity', /entities\/jane-envoy\.yaml:9:11: error Unknown entity `zanzibarr` in `related`/],
		['entity-unknown-source', /entities\/zanzibar\.yaml:4:57: error Unknown source `@paper-2`.*closest known ids: `paper-two`/],
		['entity-invalid-kind', /entities\/wire-service\.yaml:2:7: error Invalid `kind` \(got `company`\).*person.*organisation.*place.*term/],
	];
	it.each(cases)('%s: exits non-zero with file:line:column and the fix', (name, message) => {
		const result = broken()[name];
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(message);
	});
});
