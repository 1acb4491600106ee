/** Entity pages, events and the A–Z index: on the fixture site, and what holds for any entity on the real one. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { sitesBuilt } from '../support/builds.ts';
import { noteProblems } from '../support/note-structure.ts';
import { FIXTURE_CONTENT, FIXTURE_DIST, SITE_DIST } from '../support/paths.ts';
import { readSite, type Page } from '../support/site-files.ts';

await sitesBuilt('real');

let fixture: Map<string, Page>;
let site: Map<string, Page>;
beforeAll(() => {
	fixture = readSite(FIXTURE_DIST);
	site = readSite(SITE_DIST);
});
const text = (el: { text: string } | null | undefined) => el?.text.replace(/\s+/g, ' ').trim() ?? '';

describe('entity pages (fixture)', () => {
	it('has a page per entity under its kind', () => {
		for (const path of [
			'/people/jane-envoy/',
			'/places/zanzibar/',
			'/terms/article-nine/',
			'/organisations/wire-service/',
			'/events/capital-summit/',
		])
			expect(fixture.has(path), path).toBe(true);
	});

	it('shows name, role with its date, the sourced description and the other spellings as a sentence', () => {
		const page = fixture.get('/people/jane-envoy/')!;
		expect(text(page.root.querySelector('h1'))).toBe('Jane Envoy');
		expect(text(page.root.querySelector('.role'))).toBe('Special envoy (as of 17 August 2025)');
		expect(text(page.root.querySelector('.entity-description .claim'))).toContain('The envoy in the fixture explainer');
		expect(page.root.querySelector('.entity-description li.note')!.getAttribute('data-source')).toBe('wire-one');
		expect(noteProblems(page)).toEqual([]);
		expect(text(page.root.querySelector('.aliases'))).toBe('Also written “Envoy” or “Jáne Énvoy”.');
		expect(page.root.querySelector('.related a')!.getAttribute('href')).toBe('/places/zanzibar/');
		expect(text(fixture.get('/events/capital-summit/')!.root.querySelector('.role'))).toBe('18 Aug 2025, 09:00 GMT');
	});

	it('lists the paragraphs that mention the entity by any name, grouped by explainer, linked to the paragraph', () => {
		const links = (path: string) =>
			fixture
				.get(path)!
				.root.querySelectorAll('.mention-list a')
				.map((a) => a.getAttribute('href')!);
		const alpha = fixture.get('/alpha/')!;
		const idsWith = (word: RegExp) =>
			alpha.root
				.querySelectorAll('.prose p[id^="p-"]')
				.filter((p) => word.test(p.text))
				.map((p) => `/alpha/#${p.id}`);
		// Grouped by explainer, newest first: beta's one paragraph, then alpha's first two.
		const beta = fixture
			.get('/beta/')!
			.root.querySelectorAll('.prose p[id^="p-"]')
			.filter((p) => /envoy/i.test(p.text))
			.map((p) => `/beta/#${p.id}`);
		expect(beta).toHaveLength(1);
		expect(links('/people/jane-envoy/')).toEqual([...beta, ...idsWith(/envoy/i).slice(0, 2)]);
		const more = idsWith(/envoy/i).length - 2;
		expect(text(fixture.get('/people/jane-envoy/')!.root.querySelector('.mention-groups .more'))).toBe(
			`${more} more paragraph${more === 1 ? '' : 's'} in this explainer`,
		);
		expect(links('/places/zanzibar/')).toEqual(idsWith(/Zanzibar/));
		const marks = fixture
			.get('/people/jane-envoy/')!
			.root.querySelectorAll('.mention-list mark')
			.map((m) => m.text.toLowerCase());
		expect(new Set(marks)).toEqual(new Set(['envoy']));
	});

	it('A–Z lists every entry, with each alias pointing to its entry', () => {
		const az = fixture.get('/a-z/')!;
		expect(az.root.querySelectorAll('.az-list li:not(.az-alias) a').map((a) => a.text)).toEqual([
			'Article 9',
			'Capital summit',
			'Clause 12',
			'Coast Wire',
			'Crew walkout',
			'Jane Envoy',
			'Hallow talks',
			'Northsound Ferry Company',
			'Port Hallow',
			'Mara Quill',
			'Wire Service',
			'Zanzibar',
		]);
		const unguja = az.root.querySelectorAll('.az-alias').find((li) => li.text.startsWith('Unguja'))!;
		expect(unguja.querySelector('a')!.getAttribute('href')).toBe('/places/zanzibar/');
		expect(az.root.querySelectorAll('.letters a').map((a) => a.text)).toEqual([
			'A',
			'C',
			'E',
			'F',
			'H',
			'J',
			'L',
			'M',
			'N',
			'P',
			'Q',
			'S',
			'U',
			'W',
			'Z',
		]);
	});
});

describe('entities of the real site', () => {
	it('wires every entity page’s notes', () => {
		for (const [path, page] of site)
			if (/^\/(people|organisations|places|terms|events)\//.test(path)) expect(noteProblems(page), path).toEqual([]);
	});
});

describe('entities (fixture)', () => {
	it('quote only words that appear verbatim in the fixture’s research notes', () => {
		const dir = join(FIXTURE_CONTENT, 'research');
		const notes = readdirSync(dir)
			.map((f) => readFileSync(join(dir, f), 'utf8').replace(/\s+/g, ' '))
			.join('\n');
		const quotes = readdirSync(join(FIXTURE_CONTENT, 'entities')).flatMap((f) => {
			const description = String(
				(parse(readFileSync(join(FIXTURE_CONTENT, 'entities', f), 'utf8')) as { description: string }).description,
			);
			return [...description.matchAll(/@[a-z0-9-]+, "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
		});
		expect(quotes.length).toBeGreaterThan(5);
		expect(quotes.filter((q) => !notes.includes(q.replace(/\s+/g, ' ')))).toEqual([]);
	});
});
