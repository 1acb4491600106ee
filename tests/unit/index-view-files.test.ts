/**
 * The copy of the built site that Pagefind reads, kept between builds
 * (src/integrations/index-view-files.ts): after a rebuild it holds exactly
 * the pages that opt in, each as `indexView` shows the page now, and the
 * copies of unchanged pages are not made again.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { updateIndexView } from '../../src/integrations/index-view-files.ts';
import { indexView } from '../../src/search/index-view.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const opting = (words: string) =>
	`<html lang="en"><body><main data-pagefind-body><p id="p-x" data-pagefind-title="X">${words}</p>` +
	`<span class="claim" id="c-y">${words}</span></main></body></html>`;

function write(dir: string, pages: Record<string, string>): void {
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
}

const copies = (view: string) =>
	readdirSync(view, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort();

function folders() {
	const root = mkdtempSync(join(tmpdir(), 'index-view-'));
	made.push(root);
	return { dist: join(root, 'dist'), view: join(root, 'view') };
}

it('copies the pages that opt in, as the index should read them, and says how many', () => {
	const { dist, view } = folders();
	write(dist, { 'a/index.html': opting('Alpha'), 'list/index.html': '<html><body><p id="q">List</p></body></html>' });
	expect(updateIndexView(dist, view, 'v1')).toEqual({ pages: 1, made: 1 });
	expect(copies(view)).toEqual(['a/index.html']);
	expect(readFileSync(join(view, 'a/index.html'), 'utf8')).toBe(indexView(opting('Alpha')));
});

it('after a rebuild, holds each page as it is now: changed, added, gone, no longer opting in', () => {
	const { dist, view } = folders();
	write(dist, {
		'same/index.html': opting('Same'),
		'changed/index.html': opting('Before'),
		'gone/index.html': opting('Gone'),
		'quits/index.html': opting('Quits'),
	});
	expect(updateIndexView(dist, view, 'v1')).toEqual({ pages: 4, made: 4 });
	// What the copy of an unchanged page holds is not looked at again: a marker in it stays.
	writeFileSync(join(view, 'same/index.html'), 'kept');
	rmSync(join(dist, 'gone'), { recursive: true });
	write(dist, {
		'changed/index.html': opting('After'),
		'quits/index.html': '<html><body><p>No longer indexed</p></body></html>',
		'new/index.html': opting('New'),
	});
	expect(updateIndexView(dist, view, 'v1')).toEqual({ pages: 3, made: 2 });
	expect(copies(view)).toEqual(['changed/index.html', 'new/index.html', 'same/index.html']);
	expect(readFileSync(join(view, 'changed/index.html'), 'utf8')).toBe(indexView(opting('After')));
	expect(readFileSync(join(view, 'new/index.html'), 'utf8')).toBe(indexView(opting('New')));
	expect(readFileSync(join(view, 'same/index.html'), 'utf8')).toBe('kept');
});

it('makes a missing copy again, and every copy when the code that shapes them changed', () => {
	const { dist, view } = folders();
	write(dist, { 'a/index.html': opting('Alpha'), 'b/index.html': opting('Beta') });
	updateIndexView(dist, view, 'v1');
	writeFileSync(join(view, 'a/index.html'), 'stale');
	rmSync(join(view, 'b/index.html'));
	updateIndexView(dist, view, 'v1');
	expect(readFileSync(join(view, 'a/index.html'), 'utf8')).toBe('stale');
	expect(existsSync(join(view, 'b/index.html'))).toBe(true);
	updateIndexView(dist, view, 'v2');
	expect(readFileSync(join(view, 'a/index.html'), 'utf8')).toBe(indexView(opting('Alpha')));
});

it('trusts no copy when the last build stopped before saying what it made them from', () => {
	const { dist, view } = folders();
	write(dist, { 'a/index.html': opting('First') });
	updateIndexView(dist, view, 'v1');
	// A build that stopped half-way (its record is removed before any copy is made): its page changed and its
	// copy made; then the page as it was before that build.
	write(dist, { 'a/index.html': opting('Second') });
	const stopped = join(view, 'a/index.html');
	writeFileSync(stopped, indexView(opting('Second')));
	rmSync(join(view, 'made-from.json'));
	write(dist, { 'a/index.html': opting('First') });
	expect(updateIndexView(dist, view, 'v1')).toEqual({ pages: 1, made: 1 });
	expect(readFileSync(stopped, 'utf8')).toBe(indexView(opting('First')));
});
