/**
 * An explainer lives at `/<slug>/`; a slug the site uses itself would be
 * shadowed by the built-in page and the article would vanish. The list of
 * reserved slugs must name every top-level route and public file, and a
 * reserved name must fail at the article's first line.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles } from '../../src/data/articles.ts';
import { isReservedSlug, OUTPUT_SLUGS, PAGE_SLUGS } from '../../src/data/reserved-slugs.ts';
import { kindPaths } from '../../src/schema/entity.ts';
import { contentDir } from '../support/content-dir.ts';

const ARTICLE =
	'---\ntitle: "Alpha"\ndescription: "The fixture explainer."\npublished: "2025-01-02"\n---\n\nText [!note].\n';

describe('reserved slugs', () => {
	it('name every top-level route in src/pages/ and every file in public/', () => {
		const pages = readdirSync('src/pages')
			.filter((name) => !name.startsWith('['))
			.map((name) => name.replace(/(\.xml|\.txt)?\.(astro|ts)$/, ''));
		expect([...pages].sort()).toEqual([...PAGE_SLUGS].sort());
		for (const name of readdirSync('public')) expect(isReservedSlug(name.replace(/\.[a-z]+$/, '')), name).toBe(true);
		for (const folder of Object.values(kindPaths)) expect(isReservedSlug(folder), folder).toBe(true);
		expect(OUTPUT_SLUGS).toContain('pagefind');
	});

	it('fail an article named after one, at its first line, with what to do', () => {
		const names = [
			'sources',
			'search',
			'a-z',
			'timeline',
			'corrections',
			'404',
			'index',
			'explainers',
			'rss',
			'pagefind',
			'favicon',
			'sitemap-0',
			'sitemap-index',
			'people',
			'events',
		];
		const root = contentDir(
			Object.fromEntries([...names, 'sources-explained'].map((n) => [`articles/${n}.mdx`, ARTICLE])),
		);
		const found = checkArticles(join(root, 'articles'));
		expect(
			found.map((d) => `${relative(root, join(process.cwd(), d.file))}:${d.line}:${d.column} ${d.ruleId}`).sort(),
		).toEqual(names.map((n) => `articles/${n}.mdx:1:1 reserved-slug`).sort());
		expect(found.find((d) => d.file.endsWith('/sources.mdx'))!.reason).toMatch(
			/^Unexpected article slug `sources`: `\/sources\/` is one of the site’s own pages.*expected another file name, e.g. `sources-explainer\.mdx`/,
		);
	});
});
