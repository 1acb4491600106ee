/**
 * The sitemap's dates and exclusions come from each built page's head:
 * what the page says is what the sitemap says.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { listingOf, sitemapPages } from '../../src/integrations/sitemap-pages.ts';

const page = (head: string) =>
	`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><p>x</p></body></html>`;

it('dates a page by its last change, and leaves out a page that says noindex', () => {
	expect(listingOf(page('<meta property="article:published_time" content="2025-01-02">'))).toEqual({
		noindex: false,
		lastChange: '2025-01-02',
	});
	expect(
		listingOf(
			page(
				'<meta property="article:published_time" content="2025-01-02"><meta property="article:modified_time" content="2025-03-05">',
			),
		).lastChange,
	).toBe('2025-03-05');
	expect(listingOf(page('<meta name="robots" content="noindex">')).noindex).toBe(true);
	expect(listingOf(page('<meta name="robots" content="max-snippet:-1, NoIndex">')).noindex).toBe(true);
	expect(listingOf(page('<meta name="description" content="noindex">'))).toEqual({ noindex: false });
	// Only the head counts: an article may quote a meta element's text in its body.
	expect(listingOf(`${page('')}<p>&lt;meta name="robots" content="noindex"&gt;</p>`).noindex).toBe(false);
});

it('reads each page of a build under its base', () => {
	const out = mkdtempSync(join(tmpdir(), 'sitemap-'));
	mkdirSync(join(out, 'held'));
	writeFileSync(join(out, 'held', 'index.html'), page('<meta name="robots" content="noindex">'));
	mkdirSync(join(out, 'beta'));
	writeFileSync(join(out, 'beta', 'index.html'), page('<meta property="article:published_time" content="2025-03-05">'));
	const { filter, serialize } = sitemapPages(out, '/explainers/');
	expect(filter('https://example.org/explainers/held/')).toBe(false);
	expect(filter('https://example.org/explainers/beta/')).toBe(true);
	expect(serialize({ url: 'https://example.org/explainers/beta/' })).toEqual({
		url: 'https://example.org/explainers/beta/',
		lastmod: '2025-03-05T00:00:00.000Z',
	});
	expect(serialize({ url: 'https://example.org/explainers/' })).toEqual({ url: 'https://example.org/explainers/' });
	// A topic's page is named on disk as its topic is written; a malformed address is only not found.
	mkdirSync(join(out, 'topics', 'україна'), { recursive: true });
	writeFileSync(join(out, 'topics', 'україна', 'index.html'), page('<meta name="robots" content="noindex">'));
	expect(filter(`https://example.org/explainers/topics/${encodeURIComponent('україна')}/`)).toBe(false);
	expect(filter('https://example.org/explainers/topics/%E0%A4%A/')).toBe(true);
});
