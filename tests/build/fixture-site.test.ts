/**
 * The fixture site (tests/fixtures/site/content), built once: what each
 * kind of page holds, and the wiring between claims, markers, notes and
 * the pages that look across explainers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { markerSource, noteProblems } from '../support/note-structure.ts';
import { FIXTURE_CACHE, FIXTURE_CONTENT, FIXTURE_DIST, FIXTURE_LOG } from '../support/paths.ts';
import { explainerPages, explainerQuotes } from '../support/explainer-quotes.ts';
import { unverifiedQuotes } from '../../src/editorial/verbatim.ts';
import { readSite, type Page } from '../support/site-files.ts';
import { readBuildStamp } from '../../src/server/build-stamp.ts';
import { REVIEW_RATINGS } from '../../src/claims/review.ts';
import { pageWeight } from '../../scripts/page-weight.ts';
import {
	claimReviewProblems,
	claimReviews,
	timelineProblems,
	uncitedKeyPoints,
	uncoveredText,
} from '../support/explainer-checks.ts';

let pages: Map<string, Page>;
const page = (path: string) => {
	const p = pages.get(path);
	if (!p) throw new Error(`no page ${path}; have ${[...pages.keys()].join(', ')}`);
	return p;
};
const text = (el: { text: string } | null | undefined) => el?.text.replace(/\s+/g, ' ').trim() ?? '';
beforeAll(() => {
	pages = readSite(FIXTURE_DIST);
});

describe('an explainer page', () => {
	it('has its headline, standfirst, dates and counts', () => {
		const alpha = page('/alpha/');
		expect(text(alpha.root.querySelector('h1'))).toBe('Alpha explainer');
		expect(text(alpha.root.querySelector('.standfirst'))).toBe('The older fixture explainer.');
		expect(alpha.root.querySelector('.dateline time')!.getAttribute('datetime')).toBe('2025-01-02');
		expect(text(alpha.root.querySelector('.dateline'))).toMatch(/9 sourced claims from 3 sources/);
		expect(text(page('/beta/').root.querySelector('.dateline'))).toContain('Updated 5 March 2025');
	});

	it('says what a checked date was checked against, and says so when quotes were never checked against notes', () => {
		expect(text(page('/alpha/').root.querySelector('.dateline'))).toContain(
			'Checked against the sources’ own pages (research up to 31 August 2025) on 1 September 2025.',
		);
		expect(text(page('/alpha/').root.querySelector('.dateline'))).not.toContain('not checked');
		expect(text(page('/gamma/').root.querySelector('.dateline'))).not.toContain('not checked');
		// Beta gives no checked date: its dateline claims no check (its quotes are held to its notes by the build all the same).
		expect(text(page('/beta/').root.querySelector('.dateline'))).not.toContain('not checked');
		expect(text(page('/beta/').root.querySelector('.dateline'))).not.toContain('Checked against');
	});

	it('wires every marker to a note of its own paragraph, and every note back', () => {
		for (const path of ['/alpha/', '/beta/', '/gamma/', '/epsilon/'])
			expect(noteProblems(page(path)), path).toEqual([]);
	});

	it('lists exactly each paragraph’s sources, in marker order', () => {
		const lists = page('/alpha/')
			.root.querySelectorAll('div.notes')
			.map((a) => a.querySelectorAll('li.note').map((n) => n.getAttribute('data-source') ?? 'ours'));
		expect(lists).toEqual([
			['wire-one'],
			['treaty-three'],
			['wire-one', 'paper-two'],
			['treaty-three', 'wire-one', 'ours'],
			['paper-two'],
			['ours'],
		]);
	});

	it('shows each source as one line (number, outlet, date) that opens its full card', () => {
		const note = page('/alpha/').root.querySelector('.prose > .notes li.note')!;
		expect(text(note.querySelector('summary.note-line'))).toBe('1 Wire Service 17 Aug 2025');
		expect(note.querySelector('cite a')!.getAttribute('href')).toBe('https://example.org/wire-one');
		expect(text(note.querySelector('.note-via'))).toBe('Wire report, as republished by Example Daily');
		expect(note.querySelectorAll('.quote').map(text)).toEqual(['“the leader agreed”', '“gathered”']);
		expect(text(page('/alpha/').root.querySelector('.prose > .notes summary'))).toBe(
			'Sources: 1 Wire Service · 3 Example Times',
		);
	});

	it('names each marker by outlet and date, and numbers each source once per page', () => {
		const refs = page('/alpha/').root.querySelectorAll('.prose > p a[role=doc-noteref]');
		expect(refs.map((a) => a.getAttribute('aria-label'))).toEqual([
			'Source 1: Wire Service, 17 Aug 2025',
			'Source 3: Example Times',
			'Source 1: Wire Service, 17 Aug 2025',
			'Source 2: Treaty Archive',
			'Our analysis',
			'Source 1: Wire Service, 17 Aug 2025',
		]);
	});

	it('offers "open at quote" for every quoted passage, and shows the quote too', () => {
		for (const support of page('/alpha/').root.querySelectorAll('.support')) {
			const quote = support.querySelector('.quote');
			const open = support.querySelector('a.open-at-quote');
			expect(Boolean(open)).toBe(Boolean(quote));
			if (quote && open)
				expect(decodeURIComponent(open.getAttribute('href')!.split('#:~:text=')[1]!)).toBe(
					text(quote).replace(/[“”]/g, ''),
				);
		}
	});

	it('counts independent origins, not outlets: copies of one wire story are one origin, a probable copy too', () => {
		const labels = (path: string) =>
			page(path)
				.root.querySelectorAll('.prose > .notes .labels')
				.map((l) => text(l).replace('Support: ', ''));
		// “Leaders gathered …” cites paper-two without a quote: it supports the claim but does not corroborate it.
		expect(labels('/alpha/')).toContain('Paraphrase No quote: not counted as corroboration One origin');
		expect(labels('/alpha/')).not.toContain('Paraphrase Corroborated: 2 independent origins');
		expect(labels('/gamma/')).toContain('Paraphrase Corroborated: 2 independent origins');
		const beta = labels('/beta/');
		expect(beta).toHaveLength(5);
		expect(beta.slice(1)).toEqual([
			'Paraphrase One origin',
			'Paraphrase One origin',
			'Paraphrase One origin',
			'Paraphrase One origin',
		]);
		expect(text(page('/beta/').root.querySelector('[data-source="probable-copy"] .note-via'))).toBe(
			'Probably from Wire Service (no credit shown), as published by Other Paper',
		);
		expect(text(page('/beta/').root.querySelector('[data-source="wire-copy"] .note-via'))).toBe(
			'Wire Service, carried by Example Daily',
		);
	});

	it('labels our own words, and lists them with the paragraph’s sources', () => {
		const alpha = page('/alpha/');
		expect(alpha.root.querySelectorAll('.note-editorial .note-outlet').map(text)).toEqual(['Our analysis', 'Our note']);
		expect(alpha.html).toContain('<span class="claim" id="c-this-sentence-is-our-');
	});

	it('shows dates for what they are: a “last updated” date and a copy’s timestamp are labelled', () => {
		expect(text(page('/beta/').root.querySelector('[data-source="probable-copy"] .note-line time'))).toBe(
			'updated 19 Aug 2025',
		);
	});

	it('wraps the claim, not just the marker, and gives every paragraph an id and a search title', () => {
		const alpha = page('/alpha/');
		const claims = alpha.root.querySelectorAll('.claim').map(text);
		expect(claims).toContain('An attack on one is an attack on all');
		expect(claims).toContain('The envoy repeated the claim on television');
		for (const p of alpha.root
			.querySelectorAll('.prose p')
			.filter((p) => !p.closest('.notes, .how-we-reported-this'))) {
			expect(p.id).toMatch(/^p-/);
			expect(p.getAttribute('data-pagefind-title')).toBeTruthy();
		}
	});

	it('shows key points first, then the timeline of the events it mentions, linked to their paragraph', () => {
		const prose = page('/alpha/').root.querySelector('.prose')!;
		expect(
			prose.childNodes
				.filter((n) => 'tagName' in n)
				.map((n) => (n as unknown as { getAttribute(a: string): string | undefined }).getAttribute('class')),
		).toEqual(expect.arrayContaining(['key-points', 'timeline']));
		expect(text(prose.querySelector('.key-points h2'))).toBe('Key points');
		const item = prose.querySelector('.timeline li')!;
		expect(text(item)).toBe('18 Aug 2025, 09:00 GMT Capital summit');
		const target = page('/alpha/').root.getElementById(item.querySelector('a')!.getAttribute('href')!.slice(1))!;
		expect(text(target)).toContain('capital summit');
	});

	it('logs its corrections, and an old link to a corrected claim lands on it', () => {
		const alpha = page('/alpha/');
		expect(text(alpha.root.querySelector('#change-1'))).toMatch(/^Correction, 3 January 2025: We first said/);
		const alias = alpha.root.getElementById('c-the-envoy-repeated-the-qa6s0i')!;
		expect(alias.getAttribute('class')).toBe('claim-alias');
		expect(alias.nextElementSibling!.id).toBe('c-the-envoy-repeated-the-5hyvvn');
	});

	it('keeps the methods note, which needs no markers, at the end of the body', () => {
		expect(text(page('/alpha/').root.querySelector('.how-we-reported-this'))).toContain('This note needs no markers.');
	});
});

describe('a full-length explainer (epsilon: key points, sections, a figure, fact-checks, corrections)', () => {
	const epsilon = () => page('/epsilon/');
	const research = () => readFileSync(join(FIXTURE_CONTENT, 'research/epsilon-desk.md'), 'utf8').replace(/\s+/g, ' ');

	it('has its headline, a short title for tabs, its dates, counts and sections', () => {
		expect(text(epsilon().root.querySelector('h1'))).toBe(
			'Hourly ferries for Northsound’s outer isles: what the minister promised, and what is still unclear',
		);
		expect(text(epsilon().root.querySelector('title'))).toBe('Northsound’s promise of hourly ferries · Sourced');
		expect(text(epsilon().root.querySelector('.dateline'))).toBe(
			'By Sam Stringer. Published 1 October 2024. Updated 4 October 2024. Checked against our research notes (research up to 6 September 2024) on 4 October 2024. 3 corrections and updates. 42 sourced claims from 7 sources.',
		);
		expect(epsilon().root.querySelectorAll('.prose h2').map(text)).toEqual(
			expect.arrayContaining(['What was promised', 'What Clause 12 requires', 'What we don’t know']),
		);
	});

	it('sources every sentence, cites every key point, and keeps its timeline in order and linked', () => {
		expect(uncoveredText(epsilon())).toEqual([]);
		expect(epsilon().root.querySelectorAll('.key-points li > p')).toHaveLength(3);
		expect(uncitedKeyPoints(epsilon())).toEqual([]);
		expect(timelineProblems(epsilon())).toEqual([]);
	});

	it('shows an event whose day is not known as the date of the first report of it', () => {
		const events = epsilon()
			.root.querySelectorAll('.timeline-list li')
			.map((li) => text(li.querySelector('time')) + ' · ' + text(li.querySelector('a')));
		expect(events).toEqual(['3 Sep 2024 · Hallow talks', 'reported by 5 Sep 2024 · Crew walkout']);
	});

	it('logs every change, and keeps both old addresses of a claim corrected twice, one after the other, right before it', () => {
		expect(epsilon().root.querySelectorAll('.changes-list li')).toHaveLength(3);
		expect(text(epsilon().root.querySelector('.changes'))).toMatch(
			/Correction, 2 October 2024: We first wrote that Quill would start/,
		);
		const first = epsilon().root.getElementById('c-quill-said-the-hourly-4k2dq7')!;
		const second = first.nextElementSibling!;
		expect([first.classNames, second.id, second.classNames]).toEqual([
			'claim-alias',
			'c-she-said-she-would-r4m8tz',
			'claim-alias',
		]);
		expect([second.nextElementSibling!.id, second.nextElementSibling!.classNames]).toEqual([
			'c-she-did-not-say-kilxf0',
			'claim',
		]);
	});

	it('says what we do not know, and keeps its methods note at the end', () => {
		expect(epsilon().root.querySelector('#what-we-don-t-know')).not.toBeNull();
		expect(text(epsilon().root.querySelector('.how-we-reported-this'))).toContain('invented for the test fixtures');
	});

	it('publishes its fact-checks of the digest as schema.org ClaimReview: the digest’s own words, rated by name, pointing at the block', () => {
		const reviews = claimReviews(epsilon());
		expect(reviews.map((r) => r.reviewRating.alternateName)).toEqual(['Inaccurate', 'Misattributed']);
		for (const review of reviews) {
			expect(review).toMatchObject({
				'@context': 'https://schema.org',
				'@type': 'ClaimReview',
				itemReviewed: {
					'@type': 'Claim',
					author: { '@type': 'Organization', name: 'NewsDigest' },
					appearance: { '@type': 'CreativeWork', url: 'https://example.org/newsdigest/northsound-ferries' },
				},
				author: { '@type': 'Organization', name: 'Sourced' },
				datePublished: '2024-10-01',
			});
			expect(Object.keys(REVIEW_RATINGS)).toContain(review.reviewRating.alternateName);
			expect(research()).toContain(review.claimReviewed);
			expect(review.reviewBody.length).toBeGreaterThan(10);
		}
		expect(reviews[0]!.claimReviewed).toBe('hourly sailings from October, the minister confirmed');
		expect(claimReviewProblems(epsilon())).toEqual([]);
	});

	it('counts one wire story carried by two outlets as one origin', () => {
		const labels = epsilon()
			.root.querySelectorAll('.notes .support')
			.filter((s) => s.querySelector('.quote')?.text.includes('sailings every hour'))
			.map((s) => text(s.querySelector('.labels')));
		expect(labels.length).toBeGreaterThan(0);
		for (const l of labels) expect(l).not.toContain('Corroborated');
		expect(text(epsilon().root.querySelector('[data-source="island-post-quill"] .note-via'))).toMatch(/Coast Wire/);
	});

	it('weighs at most 30 KB (gzip) before any interaction, 5 KB of it JavaScript, nothing from another host', () => {
		const weight = pageWeight(FIXTURE_DIST, '/epsilon/');
		expect(weight.resources.reduce((n, r) => n + r.gzip, 0)).toBeLessThanOrEqual(30 * 1024);
		expect(
			weight.resources.filter((r) => r.type === 'js').reduce((n, r) => n + r.gzip, 0) + weight.inlineJs,
		).toBeLessThanOrEqual(5 * 1024);
		expect(weight.external).toEqual([]);
	});
});

describe('the fixture’s quotes', () => {
	it('appear verbatim in the fixture’s research notes, in every explainer', () => {
		const quotes = explainerQuotes(pages);
		expect(new Set(quotes.map((q) => q.path))).toEqual(new Set(explainerPages(pages).map((p) => p.path)));
		expect(new Set(quotes.map((q) => q.path))).toContain('/delta/');
		const notes = readdirSync(join(FIXTURE_CONTENT, 'research')).map((name) =>
			readFileSync(join(FIXTURE_CONTENT, 'research', name), 'utf8'),
		);
		const made = unverifiedQuotes(
			quotes.map((q) => q.quote),
			notes,
		);
		expect(quotes.filter((q) => made.includes(q.quote))).toEqual([]);
	});
});

describe('an explainer under embargo', () => {
	it('is built, but listed nowhere until its date: not on the home page, the feed, the sitemap, the search, nor a source page', () => {
		expect(text(page('/delta/').root.querySelector('h1'))).toBe('Delta explainer');
		expect(page('/delta/').root.querySelector('[data-pagefind-body]')).toBeNull();
		const links = [...pages.values()]
			.filter((p) => p.path !== '/delta/')
			.flatMap((p) => p.root.querySelectorAll('a').map((a) => `${p.path} → ${a.getAttribute('href')}`));
		expect(links.filter((l) => l.includes('/delta/'))).toEqual([]);
		expect(readFileSync(join(FIXTURE_DIST, 'rss.xml'), 'utf8')).not.toContain('/delta/');
		expect(readFileSync(join(FIXTURE_DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/delta/');
		expect(readFileSync(join(FIXTURE_DIST, 'sitemap-0.xml'), 'utf8')).toContain('/beta/');
	});
});

describe('pages across explainers', () => {
	it('lists explainers newest first on the home page', () => {
		expect(
			page('/')
				.root.querySelectorAll('.article-list h2 a')
				.map((a) => a.getAttribute('href')),
		).toEqual(['/beta/', '/alpha/', '/gamma/', '/epsilon/']);
	});

	it('gives every source a page listing each claim it supports, with the quote', () => {
		for (const path of ['/alpha/', '/beta/']) {
			for (const claim of page(path).root.querySelectorAll('.claim')) {
				const marker = claim.nextElementSibling;
				for (const link of marker?.querySelectorAll('a[role=doc-noteref]') ?? []) {
					const source = markerSource(page(path), link);
					if (!source) continue;
					const links = page(`/sources/${source}/`)
						.root.querySelectorAll('.citing-claims a')
						.map((a) => a.getAttribute('href'));
					expect(links, `${source} → ${path}#${claim.id}`).toContain(`${path}#${claim.id}`);
				}
			}
		}
		expect(page('/sources/wire-one/').root.querySelectorAll('.quote').map(text)).toContain('“the leader agreed”');
	});

	it('groups sources by origin on the sources index, with counts', () => {
		const index = page('/sources/');
		expect(index.root.querySelectorAll('.outlet-group h2').map(text)).toEqual([
			'Bay Radio 1 source, 5 claims',
			'Coast Wire 2 sources, 11 claims',
			'Example Times 1 source, 2 claims',
			'Harbour Agency 1 source, 1 claim',
			'Harbour Gazette 1 source, 2 claims',
			'NewsDigest 1 source, 4 claims',
			'Northsound Ministry of Transport 1 source, 4 claims',
			'Northsound Statute Book 1 source, 3 claims',
			'Other Paper 1 source, 1 claim',
			'The Harbour Ledger 1 source, 8 claims',
			'Treaty Archive 1 source, 3 claims',
			'Unused Outlet 1 source, 0 claims',
			'Wire Service 2 sources, 7 claims',
		]);
	});

	it('shows a source’s full record, escaping whatever its text holds', () => {
		const paper = page('/sources/paper-two/');
		expect(paper.root.querySelector('.source-record script, .source-record img')).toBeNull();
		expect(text(paper.root.querySelector('.source-fields'))).toContain('<script>');
		expect(text(page('/sources/never-cited/').root.querySelector('main'))).toContain(
			'No explainer cites this source yet.',
		);
		expect(text(page('/sources/probable-copy/').root.querySelector('.source-fields'))).toContain(
			'Last updated 19 August 2025 (no publication date shown).',
		);
	});

	it('lists every correction on /corrections/ and every event on /timeline/', () => {
		expect(text(page('/corrections/').root.querySelector('.changes-list li'))).toMatch(
			/^Correction, 3 January 2025, in Alpha explainer: We first said/,
		);
		expect(page('/timeline/').root.querySelectorAll('.timeline-page .event-name').map(text)).toEqual([
			'Hallow talks',
			'Crew walkout',
			'Capital summit',
		]);
	});

	it('has a search page, a search button on every page, and the no-JavaScript ways to find a name', () => {
		expect(pages.has('/search/')).toBe(true);
		for (const p of pages.values()) {
			expect(p.root.querySelector('button[data-search-trigger].js-only'), p.path).not.toBeNull();
			expect(
				p.root.querySelectorAll('header nav a').map((a) => a.getAttribute('href')),
				p.path,
			).toEqual(expect.arrayContaining(['/a-z/', '/sources/']));
		}
	});

	it('warns about a source nothing cites', () => {
		expect(readFileSync(FIXTURE_LOG, 'utf8')).toMatch(
			/never-cited\.yaml:1:1: warning Source `never-cited` is not cited by any article or entity/,
		);
	});
});

describe('finding your way', () => {
	it('links each topic in the kicker to its page, which lists its explainers newest first', () => {
		expect(
			page('/alpha/')
				.root.querySelectorAll('.kicker a')
				.map((a) => [a.text, a.getAttribute('href')]),
		).toEqual([['Fixtures', '/topics/fixtures/']]);
		expect(
			page('/topics/fixtures/')
				.root.querySelectorAll('.article-list h2 a')
				.map((a) => a.getAttribute('href')),
		).toEqual(['/beta/', '/alpha/']);
		expect(
			page('/topics/')
				.root.querySelectorAll('.topic-list li')
				.map((li) => text(li)),
		).toEqual(['Ferries (1)', 'Fixtures (2)', 'Harbours (1)', 'Treaties (1)']);
		// The explainer under embargo is on no topic page.
		expect(
			[...pages.keys()]
				.filter((p) => p.startsWith('/topics/'))
				.flatMap((p) =>
					page(p)
						.root.querySelectorAll('a')
						.map((a) => a.getAttribute('href')),
				),
		).not.toContain('/delta/');
	});

	it('links each byline to its author’s page, which gives the cited bio and lists their explainers newest first', () => {
		const byline = page('/alpha/').root.querySelector('.dateline a[rel=author]')!;
		expect([byline.text, byline.getAttribute('href')]).toEqual(['Ruth Reporter', '/authors/ruth-reporter/']);
		expect(page('/gamma/').root.querySelector('.dateline a[rel=author]')!.getAttribute('href')).toBe(
			'/authors/fixture-desk/',
		);
		const ruth = page('/authors/ruth-reporter/').root;
		expect(text(ruth.querySelector('h1'))).toBe('Ruth Reporter');
		expect(text(ruth.querySelector('.role'))).toBe('Correspondent');
		// The bio is cited like any sentence: a marker with its note.
		expect(ruth.querySelector('.entity-description a[role=doc-noteref]')).not.toBeNull();
		// Newest first, and the explainer under embargo (delta is hers too) is not listed.
		expect(ruth.querySelectorAll('.article-list h2 a').map((a) => a.getAttribute('href'))).toEqual([
			'/beta/',
			'/alpha/',
		]);
		expect(text(page('/authors/fixture-desk/').root.querySelector('.article-list'))).toContain('Gamma explainer');
		expect(
			page('/authors/')
				.root.querySelectorAll('.topic-list li')
				.map((li) => text(li)),
		).toEqual([
			'Fixture Desk, Newsroom desk (1)',
			'Ruth Reporter, Correspondent (2)',
			'Sam Stringer, Transport reporter (1)',
		]);
	});

	it('names the author in the JSON-LD as a Person with their page and role, and a desk as an Organization', () => {
		const ld = (path: string) => JSON.parse(page(path).root.querySelector('script[type="application/ld+json"]')!.text);
		expect(ld('/alpha/').author).toEqual({
			'@type': 'Person',
			name: 'Ruth Reporter',
			url: 'http://localhost:4321/authors/ruth-reporter/',
			jobTitle: 'Correspondent',
		});
		expect(ld('/gamma/').author).toEqual({
			'@type': 'Organization',
			name: 'Fixture Desk',
			url: 'http://localhost:4321/authors/fixture-desk/',
		});
	});

	it('ends an explainer with the explainers that share its people and sources, saying why', () => {
		const related = page('/alpha/').root.querySelectorAll('.related-explainers li');
		expect(related.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(['/beta/']);
		expect(text(related[0]!)).toBe('Beta explainer Also about Jane Envoy; cites 2 of the same sources.');
		expect(
			page('/beta/')
				.root.querySelectorAll('.related-explainers a')
				.map((a) => a.getAttribute('href')),
		).toContain('/alpha/');
	});

	it('marks each explainer for the search filters (topic, month) and the newest-first order', () => {
		const article = page('/beta/').root.querySelector('article.article')!;
		expect(article.getAttribute('data-pagefind-filter')).toBe('kind:Explainer');
		expect(article.querySelector('.dateline')!.getAttribute('data-pagefind-filter')).toBe('month:2025-03');
		expect(article.getAttribute('data-pagefind-sort')).toBe('date:2025-03-05');
		expect(
			page('/beta/')
				.root.querySelectorAll('.kicker [data-pagefind-filter="topic"]')
				.map((a) => a.text),
		).toEqual(['Fixtures', 'Treaties']);
	});
});

describe('figures and images', () => {
	const images = () => page('/beta/').root.querySelectorAll('.prose img');

	it('renders <Figure> with its image, caption and credit, and a Markdown image the same way', () => {
		const figure = page('/beta/').root.querySelector('.prose figure.figure');
		expect(figure).not.toBeNull();
		expect(figure!.querySelector('img')!.getAttribute('alt')).toBe(
			'A harbour at dusk, drawn in flat colours: a ship at the quay and a low sun',
		);
		expect(text(figure!.querySelector('figcaption .caption'))).toBe('The harbour the fixture explainers describe.');
		expect(text(figure!.querySelector('figcaption .credit .claim'))).toBe('Drawing made for the tests');
		expect(images().map((img) => img.getAttribute('alt'))).toEqual([
			'A harbour at dusk, drawn in flat colours: a ship at the quay and a low sun',
			'The same harbour, as a plain Markdown image',
		]);
	});

	it('reads a marker in the credit like one in any sentence: the credit’s words are a claim, and its note follows the figure', () => {
		const figure = page('/beta/').root.querySelector('.prose figure.figure')!;
		const credit = figure.querySelector('figcaption .credit')!;
		expect(credit.id).toMatch(/^p-/);
		const ref = credit.querySelector('sup.marker a')!;
		const notes = figure.nextElementSibling!;
		expect(notes.classNames).toContain('notes');
		const note = notes.querySelector(`[id="${ref.getAttribute('href')!.slice(1)}"]`);
		expect(text(note)).toMatch(/our note/i);
		expect(note!.querySelector('a[role=doc-backlink]')!.getAttribute('href')).toBe(
			`#${credit.querySelector('.claim')!.id}`,
		);
	});

	it('serves every image optimised from this site, in several widths, sized and lazy', () => {
		for (const img of images()) {
			const src = img.getAttribute('src')!;
			expect(src).toMatch(/^\/_astro\/harbour\.[\w-]+\.webp$/);
			expect(existsSync(join(FIXTURE_DIST, src))).toBe(true);
			const widths = img
				.getAttribute('srcset')!
				.split(', ')
				.map((candidate) => candidate.split(' ')[1]);
			expect(widths.length).toBeGreaterThan(1);
			for (const candidate of img.getAttribute('srcset')!.split(', '))
				expect(existsSync(join(FIXTURE_DIST, candidate.split(' ')[0]!))).toBe(true);
			expect(img.getAttribute('sizes')).toBeTruthy();
			expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '900']);
			expect(img.getAttribute('loading')).toBe('lazy');
		}
	});
});

describe('the finished build', () => {
	it('carries the stamp `npm run preview` waits for, which is never served', () => {
		expect(readBuildStamp(FIXTURE_DIST)).toMatch(/^\d{4}-\d\d-\d\dT.+ [0-9a-f-]{36}$/);
		expect(pages.has('/.build-complete')).toBe(false);
	});

	it('gives no page an id twice, so every fragment link lands in one place', () => {
		const twice = [...pages].flatMap(([path, p]) => {
			const ids = p.root.querySelectorAll('[id]').map((el) => el.id);
			return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].map((id) => `${path}#${id}`);
		});
		expect(twice).toEqual([]);
	});

	it('compiled each article into a module that exports no frontmatter: the pages read it from the content layer', () => {
		// The compiled modules as the compile cache keeps them (src/integrations/patches/article-modules.ts).
		const folder = join(FIXTURE_CACHE, 'articles');
		const modules = readdirSync(folder)
			.filter((name) => name.endsWith('.json'))
			.map((name) => (JSON.parse(readFileSync(join(folder, name), 'utf8')) as { code: string }).code);
		expect(modules.length).toBeGreaterThanOrEqual(5);
		for (const code of modules) expect(code).toContain('export const frontmatter = {};');
		expect(modules.some((code) => code.includes('"description"'))).toBe(false);
	});
});
