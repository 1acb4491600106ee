/**
 * The sitemap's dates and exclusions come from each built page's head:
 * what the page says is what the sitemap says.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { expect, it } from 'vitest';
import { listingOf, listingOfFile, sitemapPages } from '../../src/integrations/sitemap-pages.ts';

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

it('reads the meta elements around the styles and scripts of a head, and none from their text', () => {
	const quoted = '<meta name="robots" content="noindex">';
	const head = [
		`<style>/* ${quoted} */ p { color: red }</style>`,
		`<script type="application/ld+json">{"x": "${quoted.replace(/"/g, '\\"')}"}</script>`,
		'<meta property="article:modified_time" content="2025-03-05">',
		`<STYLE media="print">a::after { content: "</styles>" }</STYLE >`,
		'<meta property="article:published_time" content="2025-01-02">',
	].join('');
	expect(listingOf(page(head))).toEqual({ noindex: false, lastChange: '2025-03-05' });
	expect(listingOf(page(`<style>p{}</style>${quoted}`)).noindex).toBe(true);
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

it('reads a page up to the end of its head, wherever that falls in the file', () => {
	const out = mkdtempSync(join(tmpdir(), 'sitemap-head-'));
	const at = (name: string, html: string) => {
		writeFileSync(join(out, name), html);
		return listingOfFile(join(out, name));
	};
	const body = '<body><meta name="robots" content="noindex"><p>x</p></body></html>';
	expect(at('short.html', page('<meta name="robots" content="noindex">')).noindex).toBe(true);
	// Only the head counts: a meta element after it is not read.
	expect(at('body.html', `<!DOCTYPE html><html><head><title>T</title></head>${body}`).noindex).toBe(false);
	// A head longer than what is read at a time (inline styles): `</head>` across two reads, just before and just
	// after the first read's end, and in a third read; a character of two bytes across a read's end.
	const read = 64 * 1024;
	for (const headEnd of [read - 3, read, read - 7, 2 * read + 2]) {
		const open = '<!DOCTYPE html><html><head><style>a';
		const close = '</style><meta name="robots" content="noindex">';
		const fill = headEnd - Buffer.byteLength(open + close);
		const head = `${open}${'é'.repeat(fill >> 1)}${'a'.repeat(fill & 1)}${close}</head>`;
		expect(Buffer.from(head).indexOf('</head>')).toBe(headEnd);
		expect(at(`long-${headEnd}.html`, head + body).noindex).toBe(true);
	}
	// A style's end (`</style` and the character after it) across two reads, at each place it can be cut.
	for (let cut = 0; cut <= 8; cut++) {
		const open = '<!DOCTYPE html><html><head><style>';
		const head = `${open}${'a'.repeat(read - cut - open.length)}</style\n><meta name="robots" content="noindex"></head>`;
		expect(head.indexOf('</style'), String(cut)).toBe(read - cut);
		expect(at(`style-${cut}.html`, head + body).noindex, String(cut)).toBe(true);
	}
	// No head end: the whole file.
	expect(
		at('open.html', `<!DOCTYPE html><p>${'x'.repeat(70 * 1024)}</p><meta name="robots" content="noindex">`).noindex,
	).toBe(true);
});

it('keeps an embargoed page out, whatever an author’s headline or standfirst in the head says', () => {
	// Astro escapes only `&` and `"` in an attribute value: an author's text reaches the head with `<` and `>`.
	const out = mkdtempSync(join(tmpdir(), 'sitemap-hostile-'));
	for (const [n, text] of ['</head><body>', '<style>', '<script>', '<!--', '<title>', '</html>'].entries()) {
		const head =
			`<meta name="description" content="A standfirst ${text} that goes on">` +
			`<meta property="og:title" content='${text}'><style>p{}</style>` +
			'<meta name="robots" content="noindex"><meta property="article:published_time" content="2026-06-01">';
		const expected = { noindex: true, lastChange: '2026-06-01' };
		expect(listingOf(page(head)), text).toEqual(expected);
		writeFileSync(join(out, `${n}.html`), page(head));
		expect(listingOfFile(join(out, `${n}.html`)), text).toEqual(expected);
	}
});

it('finds in any head what a browser’s parser finds there, whatever an author wrote into it', () => {
	// Astro escapes `&` and `"` in an attribute value, and `&`, `<`, `>`, `"`, `'` in text.
	const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	const escaped = (text: string) =>
		text
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&#39;');
	const piece = fc.constantFrom(
		...'<>/"\'&!-= a'.split(''),
		'head',
		'style',
		'script',
		'body',
		'title',
		'meta',
		'<!--',
		'-->',
		'</',
		'noscript',
		'textarea',
		'robots',
		'noindex',
	);
	const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
	const out = mkdtempSync(join(tmpdir(), 'sitemap-fuzz-'));
	fc.assert(
		fc.property(text, text, fc.boolean(), (title, standfirst, embargoed) => {
			const html =
				`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escaped(title)}</title>` +
				`<meta name="description" content="${attribute(standfirst)}"><meta property="og:title" content="${attribute(title)}">` +
				`<style>p::after{content:"</styles>"}</style>${embargoed ? '<meta name="robots" content="noindex">' : ''}` +
				`<meta property="article:published_time" content="2026-01-02"></head><body><p>${escaped(standfirst)}</p></body></html>`;
			const expected = { noindex: embargoed, lastChange: '2026-01-02' };
			// What parse5's tree builder (a browser's algorithm) puts in the head.
			type Element = DefaultTreeAdapterTypes.Element;
			const child = (node: { childNodes: DefaultTreeAdapterTypes.ChildNode[] }, name: string) =>
				node.childNodes.find((n) => n.nodeName === name) as Element;
			const metas = child(child(parse(html), 'html'), 'head')
				.childNodes.filter((n): n is Element => n.nodeName === 'meta')
				.map((n) => Object.fromEntries(n.attrs.map((a) => [a.name, a.value])));
			expect(metas.some((m) => m.name === 'robots' && m.content === 'noindex')).toBe(embargoed);
			expect(listingOf(html)).toEqual(expected);
			writeFileSync(join(out, 'page.html'), html);
			expect(listingOfFile(join(out, 'page.html'))).toEqual(expected);
		}),
		{ numRuns: 300 },
	);
});
