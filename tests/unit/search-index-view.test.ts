/**
 * What the build's Pagefind step stores (src/integrations/search-index.ts,
 * src/search/index-view.ts), read back from the fragments the real Pagefind
 * writes: the anchors a result can link to, at the same word positions as
 * Pagefind over the page itself, and no element's text stored twice.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/integrations/search-index.ts';
import { EXCLUDED, LANGUAGE } from '../../src/search/index-scope.ts';
import { indexView } from '../../src/search/index-view.ts';

interface Fragment {
	url: string;
	content: string;
	word_count: number;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
	anchors: { element: string; id: string; text: string; title?: string; location: number }[];
}

/** A paragraph as an explainer renders it: claims, a note with a quote, a heading before it. */
const paragraph = (n: number) =>
	`<h2 id="section-${n}">Section ${n}: the ceasefire</h2>` +
	`<p id="p-para-${n}" data-pagefind-title="Section ${n}: the ceasefire">` +
	`<span class="claim" id="c-first-${n}">Envoys in Zürich agreed a ceasefire on day ${n}</span>` +
	`<sup class="marker" data-claim="c-first-${n}"><a href="#p-para-${n}-s1">1</a></sup>. ` +
	`<span class="claim" id="c-second-${n}">Observers said the “corridor” would open</span>.</p>` +
	`<div class="notes"><ol><li class="note" id="p-para-${n}-s1"><details class="note-card">` +
	`<summary class="note-line"><span class="note-number">1</span> <span class="note-outlet">Civic Herald</span></summary>` +
	`<blockquote class="quote" cite="https://news.example/a?b=1&amp;c>d" id="p-para-${n}-s1q1" data-pagefind-title="Civic Herald">` +
	`<p>“the corridor opens at dawn”</p></blockquote></details></li></ol></div>`;

const page = (body: string) =>
	`<!doctype html><html lang="en-GB"><head><title>T</title></head><body><nav id="top">Menu</nav>${body}</body></html>`;

const explainer = page(
	`<article data-pagefind-body data-pagefind-filter="kind:Explainer"><h1 id="title">Ceasefire talks</h1>` +
		`<details class="how-to-read" id="how-to-read"><summary>How to read</summary></details>` +
		`${paragraph(1)}${paragraph(2)}</article>`,
);

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function site(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'index-view-'));
	dirs.push(dir);
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}

function fragments(bundle: string): Map<string, Fragment> {
	const out = new Map<string, Fragment>();
	for (const file of readdirSync(join(bundle, 'fragment'))) {
		const json = gunzipSync(readFileSync(join(bundle, 'fragment', file))).toString('utf8');
		const fragment = JSON.parse(json.slice(json.indexOf('{'))) as Fragment;
		out.set(fragment.url, fragment);
	}
	return out;
}

/** Pagefind over the pages themselves, with the build's options: what the index held before. */
async function pagefindItself(dir: string): Promise<Map<string, Fragment>> {
	const copy = mkdtempSync(join(tmpdir(), 'index-view-raw-'));
	dirs.push(copy);
	cpSync(dir, copy, { recursive: true, filter: (src) => !src.includes('pagefind') });
	const { index } = await pagefind.createIndex({ excludeSelectors: EXCLUDED, forceLanguage: LANGUAGE });
	try {
		await index!.addDirectory({ path: copy });
		await index!.writeFiles({ outputPath: join(copy, 'pagefind') });
	} finally {
		await pagefind.close();
	}
	return fragments(join(copy, 'pagefind'));
}

/** The anchors a result can lead to: Pagefind's sub-results use those with a title, and headings. */
const linkable = (f: Fragment) =>
	f.anchors
		.filter((a) => a.title || (/^h\d$/.test(a.element) && a.text))
		.map(({ id, title, location }) => ({ id, title, location }));

describe('the search index', () => {
	const pages = {
		'ceasefire/index.html': explainer,
		'topics/index.html': page('<main><h1 id="t">Topics</h1><p id="x">Ceasefire talks</p></main>'),
	};

	it('links to the same paragraphs, quotes and headings, at the same words, as Pagefind over the page itself', async () => {
		const dir = site(pages);
		const { pages: count } = await indexSite(dir);
		const ours = fragments(join(dir, 'pagefind'));
		const itself = await pagefindItself(dir);
		expect(count).toBe(1);
		expect([...ours.keys()]).toEqual(['/ceasefire/']);
		expect([...itself.keys()]).toEqual(['/ceasefire/']);
		const [a, b] = [ours.get('/ceasefire/')!, itself.get('/ceasefire/')!];
		expect(a.content).toBe(b.content);
		expect(a.content).toContain('Envoys in Zürich agreed');
		expect([a.word_count, a.filters, a.meta]).toEqual([b.word_count, b.filters, b.meta]);
		expect(linkable(a)).toEqual(linkable(b));
		expect(linkable(a).map((x) => x.id)).toEqual([
			'title',
			'section-1',
			'p-para-1',
			'p-para-1-s1q1',
			'section-2',
			'p-para-2',
			'p-para-2-s1q1',
		]);
	});

	it('stores no claim, note or paragraph text a second time', async () => {
		const dir = site(pages);
		await indexSite(dir);
		const ours = fragments(join(dir, 'pagefind')).get('/ceasefire/')!;
		const ids = ours.anchors.map((x) => x.id);
		expect(ids.filter((id) => id.startsWith('c-') || /-s\d+$/.test(id) || id === 'how-to-read')).toEqual([]);
		const stored = ours.anchors.filter((x) => !/^h\d$/.test(x.element)).map((x) => x.text);
		expect(stored.every((text) => text === '')).toBe(true);
		// Pagefind over the page itself kept each claim's words twice more (the claim's anchor, the paragraph's).
		const itself = (await pagefindItself(dir)).get('/ceasefire/')!;
		const twice = itself.anchors.filter((x) => x.text.includes('ceasefire on day 1'));
		expect(twice.map((x) => x.id)).toEqual(['p-para-1', 'c-first-1']);
	});

	it('leaves the readers’ pages as they were', async () => {
		const dir = site(pages);
		await indexSite(dir);
		expect(readFileSync(join(dir, 'ceasefire/index.html'), 'utf8')).toBe(explainer);
		expect(readdirSync(dir).sort()).toEqual(['ceasefire', 'pagefind', 'topics']);
	});

	it('indexes every page’s body when no page opts in, as Pagefind does', async () => {
		const dir = site({ 'topics/index.html': pages['topics/index.html'] });
		expect((await indexSite(dir)).pages).toBe(1);
		expect(fragments(join(dir, 'pagefind')).get('/topics/')?.content).toContain('Ceasefire talks');
	});

	it('leaves what it cannot read as it was: words that look like an attribute, a tag with `<` in a value', () => {
		for (const html of [
			'<p>Write id="x" in the tag</p>',
			'<a title="a<b" id="c-x">k</a>',
			`<p>${' id="'.repeat(1000)}</p>`,
		])
			expect(indexView(html)).toBe(html);
	});
});
