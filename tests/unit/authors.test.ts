/**
 * Author records as authors write them: a byline that names no record is
 * an error at the `author` field, listing the ids there are; a bio is
 * cited like any sentence, its problems at their place in the YAML; and
 * the JSON-LD names a person with their page and role, or a desk.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles } from '../../src/data/articles.ts';
import { loadAuthors } from '../../src/data/authors.ts';
import { loadSources } from '../../src/data/sources.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { authorJsonLd } from '../../src/editorial/json-ld.ts';
import { contentDir } from '../support/content-dir.ts';

const SOURCE =
	'outlet: "Wire Service"\ntitle: "Envoy says the leader agreed"\nurl: "https://example.org/wire-one"\npublished: "2025-08-17"\n';
const ARTICLE = (author: string) =>
	`---\ntitle: "Alpha"\ndescription: "The fixture explainer."\npublished: "2025-01-02"\nauthor: ${author}\n---\n\nText [!note].\n`;
const RUTH =
	'name: "Ruth Reporter"\nrole: "Correspondent"\nbio: "Ruth covers the envoy [@wire-one, \\"the leader agreed\\"]."\n';
const brief = (root: string, list: Diagnostic[]) =>
	list.map(
		(d) =>
			`${relative(root, d.file.startsWith('/') ? d.file : join(process.cwd(), d.file))}:${d.line}:${d.column} ${d.ruleId}`,
	);

function load(files: Record<string, string>) {
	const root = contentDir({ 'sources/wire-one.yaml': SOURCE, ...files });
	const authors = loadAuthors(join(root, 'authors'), loadSources(join(root, 'sources')));
	return { root, authors, articles: checkArticles(join(root, 'articles'), authors.authors) };
}

describe('author records', () => {
	it('accepts a person with a cited bio and a desk with none, and a byline naming either', () => {
		const { authors, articles } = load({
			'authors/ruth-reporter.yaml': RUTH,
			'authors/news-desk.yaml': 'name: "News Desk"\nkind: desk\nrole: "Newsroom desk"\n',
			'articles/a.mdx': ARTICLE('ruth-reporter'),
			'articles/b.mdx': ARTICLE('news-desk'),
		});
		expect(authors.diagnostics).toEqual([]);
		expect(articles).toEqual([]);
		expect(authors.authors.get('ruth-reporter')).toMatchObject({
			name: 'Ruth Reporter',
			kind: 'person',
			role: 'Correspondent',
		});
		expect(authors.cites.get('ruth-reporter')).toEqual(['wire-one']);
		expect(authors.citations.get('ruth-reporter')?.map((c) => c.quote)).toEqual(['the leader agreed']);
	});

	it('reports a byline naming no record at the field, with the closest ids', () => {
		const { root, articles } = load({ 'authors/ruth-reporter.yaml': RUTH, 'articles/a.mdx': ARTICLE('ruth-reportr') });
		expect(brief(root, articles)).toEqual(['articles/a.mdx:5:9 unknown-author']);
		expect(articles[0]!.reason).toMatch(
			/^Unknown author `ruth-reportr`, expected the id of a file in `[^`]*authors\/`; closest: `ruth-reporter`/,
		);
	});

	it('says how to add the record when there are no authors at all', () => {
		const { articles } = load({ 'articles/a.mdx': ARTICLE('jane-doe') });
		expect(articles.map((d) => d.ruleId)).toEqual(['unknown-author']);
		expect(articles[0]!.reason).toMatch(
			/there are none yet: add `[^`]*authors\/jane-doe\.yaml` with `name` and `role`/,
		);
	});

	it('places problems in a bio at their line and column, and needs a role', () => {
		const { root, authors } = load({
			'authors/uncited.yaml': 'name: "Uncited"\nrole: "Editor"\nbio: "She has edited the desk since 2020."\n',
			'authors/unknown.yaml': 'name: "Unknown"\nrole: "Editor"\nbio: "She edits [@wire-too]."\n',
			'authors/no-role.yaml': 'name: "No Role"\n',
		});
		expect(brief(root, authors.diagnostics)).toEqual([
			'authors/no-role.yaml:1:1 missing-field',
			'authors/uncited.yaml:3:7 uncited-sentence',
			'authors/unknown.yaml:3:18 unknown-source',
		]);
		expect(authors.diagnostics[2]!.reason).toContain('`wire-one`');
	});
});

describe('the byline in JSON-LD', () => {
	it('refuses a name, role or bio longer than a byline and its page can carry', () => {
		const { root, authors } = load({
			'authors/name.yaml': RUTH.replace('Ruth Reporter', 'Ruth '.repeat(30).trim()),
			'authors/role.yaml': RUTH.replace('Correspondent', 'Correspondent '.repeat(20).trim()),
			'authors/bio.yaml': RUTH.replace('Ruth covers the envoy', 'Ruth covers the envoy. '.repeat(100)),
		});
		expect(brief(root, authors.diagnostics)).toEqual([
			'authors/bio.yaml:3:6 invalid-field',
			'authors/name.yaml:1:7 invalid-field',
			'authors/role.yaml:2:7 invalid-field',
		]);
		expect(authors.diagnostics[0]!.reason).toMatch(/expected at most 2000 characters \(a few sentences\), got 23\d\d$/);
	});

	it('is a Person with the address of their page and their role, or an Organization for a desk', () => {
		expect(
			authorJsonLd(
				{ id: 'ruth-reporter', name: 'Ruth Reporter', kind: 'person', role: 'Correspondent' },
				'https://example.org/authors/ruth-reporter/',
			),
		).toEqual({
			'@type': 'Person',
			name: 'Ruth Reporter',
			url: 'https://example.org/authors/ruth-reporter/',
			jobTitle: 'Correspondent',
		});
		expect(
			authorJsonLd(
				{ id: 'news-desk', name: 'News Desk', kind: 'desk', role: 'Newsroom desk' },
				'https://example.org/authors/news-desk/',
			),
		).toEqual({ '@type': 'Organization', name: 'News Desk', url: 'https://example.org/authors/news-desk/' });
	});
});
