/** Entity pages and the A–Z index, on the fixture site and the real one. */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIST, SITE_DIST } from '../support/paths.ts';
import { readSite, type Page } from '../support/site-files.ts';
import { citationProblems } from '../support/citations.ts';

let fixture: Map<string, Page>;
let site: Map<string, Page>;
beforeAll(() => {
	fixture = readSite(FIXTURE_DIST);
	site = readSite(SITE_DIST);
});

describe('entity pages (fixture)', () => {
	it('has a page per entity under its kind', () => {
		for (const path of ['/people/jane-envoy/', '/places/zanzibar/', '/terms/article-nine/', '/organisations/wire-service/']) expect(fixture.has(path), path).toBe(true);
	});

	it('shows name, role with its date, sourced description and aliases', () => {
		const page = fixture.get('/people/jane-envoy/')!;
		expect(page.root.querySelector('h1')!.text).toBe('Jane Envoy');
		expect(page.root.querySelector('.role')!.text).toBe('Special envoy (as of 17 August 2025)');
		expect(page.root.querySelector('.entity-description .claim')!.text).toContain('The envoy in the fixture explainer');
		expect(page.root.querySelector('.entity-description li.note')!.getAttribute('data-source')).toBe('wire-one');
		expect(citationProblems(page)).toEqual([]);
		expect(page.root.querySelector('.aliases')!.text).toContain('Jáne Énvoy');
		expect(page.root.querySelector('.related a')!.getAttribute('href')).toBe('/places/zanzibar/');
	});

	it('lists every paragraph that mentions the entity, by any name, linked to the paragraph', () => {
		const links = (path: string) => fixture.get(path)!.root.querySelectorAll('.mentions a').map((a) => a.getAttribute('href')!);
		const alpha = fixture.get('/alpha/')!;
		const idsWith = (word: RegExp) => alpha.root.querySelectorAll('.article-body p[id]').filter((p) => word.test(p.text)).map((p) => `/alpha/#${p.id}`);
		expect(links('/people/jane-envoy/')).toEqual(idsWith(/envoy/i));
		expect(links('/places/zanzibar/')).toEqual(idsWith(/Zanzibar/));
		expect(links('/terms/article-nine/')).toEqual(idsWith(/attack on one/));
		const marks = fixture.get('/people/jane-envoy/')!.root.querySelectorAll('.mentions mark').map((m) => m.text.toLowerCase());
		expect(marks.length).toBeGreaterThan(0);
		expect(new Set(marks)).toEqual(new Set(['envoy']));
	});

	it('A–Z lists every entity and points each alias to its entry', () => {
		const az = fixture.get('/a-z/')!;
		const entries = az.root.querySelectorAll('.az-list li:not(.az-alias) a').map((a) => a.text);
		expect(entries).toEqual(['Article 9', 'Jane Envoy', 'Wire Service', 'Zanzibar']);
		const unguja = az.root.querySelectorAll('.az-alias').find((li) => li.text.startsWith('Unguja'))!;
		expect(unguja.querySelector('a')!.getAttribute('href')).toBe('/places/zanzibar/');
		expect(az.root.querySelectorAll('.letters a').map((a) => a.text)).toEqual(['A', 'E', 'J', 'U', 'W', 'Z']);
	});
});

describe('entities of the first explainer', () => {
	const required = ['Donald Trump', 'Vladimir Putin', 'Volodymyr Zelensky', 'Steve Witkoff', 'Marco Rubio', 'Ursula von der Leyen', 'Giorgia Meloni', 'Emmanuel Macron', 'Friedrich Merz', 'Keir Starmer', 'Alexander Stubb', 'Mark Rutte', 'Matt Whitaker', 'Sergei Lavrov', 'Mikhail Ulyanov', 'NATO', 'European Union', 'Coalition of the willing', 'Article 5', 'Alaska', 'Anchorage', 'Joint Base Elmendorf-Richardson', 'White House meeting'];

	it('has a page for everyone and everything the article names', () => {
		const names = site.get('/a-z/')!.root.querySelectorAll('.az-list li:not(.az-alias) a').map((a) => a.text);
		for (const name of required) expect(names, name).toContain(name);
	});

	it('finds each entity mentioned in the explainer, and each page resolves', () => {
		for (const [path, page] of site) {
			if (!/^\/(people|organisations|places|terms)\//.test(path)) continue;
			expect(citationProblems(page), path).toEqual([]);
		}
		const witkoff = site.get('/people/steve-witkoff/')!;
		expect(witkoff.root.querySelectorAll('.mentions li').length).toBeGreaterThan(5);
	});

	it('quotes only words that appear verbatim in the dossier', () => {
		const dossier = readFileSync('content/dossier/sources.md', 'utf8').replace(/\s+/g, ' ');
		const quotes = readdirSync('content/entities').flatMap((f) => {
			const description = /^description: ([\s\S]*?)\n[a-z]+:|^description: ([\s\S]*)$/m.exec(readFileSync(`content/entities/${f}`, 'utf8'));
			return [...(description?.[1] ?? description?.[2] ?? '').matchAll(/@[a-z0-9-]+, "(.*?)"(?=\s*[;\]])/g)].map((m) => m[1]!.replace(/''/g, "'"));
		});
		expect(quotes.length).toBeGreaterThan(40);
		expect(quotes.filter((q) => !dossier.includes(q.replace(/\s+/g, ' ')))).toEqual([]);
	});
});
