/**
 * The record the articles loader keeps (`src/loaders/`) is parsed without
 * note HTML, apart from the compile; the pages across explainers link to
 * its claim ids and quote its texts, and an explainer's own page makes its
 * notes, contents and edition links from it, so it must say what the
 * compiled article says. Compared here with the in-process renderer, which
 * runs the same plugins to HTML, on the fixture's explainers with their ledgers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/data/sources.ts';
import { readLedger } from '../../src/schema/ledger-file.ts';
import { articleRecord, readClaims, readIndex } from '../../src/loaders/article-record.ts';
import type { ArticleClaims } from '../../src/claims/model.ts';
import { recordArticle } from '../../src/markdown/record-article.ts';
import { renderArticle } from '../../src/markdown/render-article.ts';
import type { RemarkClaimsOptions } from '../../src/markdown/remark-claims.ts';
import { TEMPLATE_IDS } from '../../src/site.ts';

const content = resolve('tests/fixtures/site/content');
const articles = readdirSync(join(content, 'articles')).filter((f) => f.endsWith('.mdx'));
const sources = loadSources(join(content, 'sources'));
const options: RemarkClaimsOptions = {
	sources: () => sources,
	reservedIds: TEMPLATE_IDS,
	contentRoot: content,
	ledger: (path) => readLedger(path).ledger,
};

function read(name: string) {
	const file = join(content, 'articles', name);
	const text = readFileSync(file, 'utf8');
	const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
	return { file, text, frontmatter };
}

/** What the page reads of a record: all of it but the places in the file and the labels it counts again. */
function shown(claims: ArticleClaims): ArticleClaims {
	return {
		...claims,
		claims: claims.claims.map(({ at: _at, statusAt: _statusAt, origins: _origins, differs: _differs, ...claim }) => ({
			...claim,
			sources: claim.sources.map(({ at: _at, ...source }) => source),
		})),
	};
}

describe('the claims record the articles loader keeps', () => {
	it.each(articles)('has the claims, sources, quotes and paragraphs of the compiled %s', (name) => {
		const { file, text, frontmatter } = read(name);
		const compiled = renderArticle(file, text, frontmatter, options);
		const parsed = recordArticle(file, text, frontmatter, options);
		expect(parsed.claims.claims.length).toBeGreaterThan(0);
		expect(parsed.claims).toEqual(compiled.claims);
		expect(parsed.diagnostics).toEqual(compiled.diagnostics);
		// No note HTML is made for the record.
		expect(JSON.stringify(parsed.claims)).not.toContain('<aside');
	});

	it('reads back each claim’s id, text and sources, each citation at its line and column in the file', () => {
		const { file, text, frontmatter } = read('alpha.mdx');
		const { claims } = recordArticle(file, text, frontmatter, options);
		const record = articleRecord(text, claims, [], { ledger: true, inputs: '' });
		const index = readIndex(record);
		expect(index.claims.map((c) => [c.id, c.text])).toEqual(claims.claims.map((c) => [c.id, c.text]));
		expect(index.passages).toEqual(claims.passages.map((p) => ({ id: p.id, section: p.section, text: p.text })));
		const quoted = index.claims.find((c) => c.text === 'Leaders gathered for the capital summit the next day')!;
		const line = text.split('\n').findIndex((l) => l.includes('Leaders gathered')) + 1;
		const at = text.split('\n')[line - 1]!.indexOf('@wire-one, “gathered”') + 1;
		expect(quoted.sources).toEqual([
			{ id: 'paper-two', line, column: text.split('\n')[line - 1]!.indexOf('@paper-two') + 1 },
			{ id: 'wire-one', quote: 'gathered', line, column: at },
		]);
	});

	it.each(articles)('gives the page of %s the claims its compile records, in full', (name) => {
		const { file, text, frontmatter } = read(name);
		// As an article compiles: without the source records (its page counts the labels).
		const { sources: _sources, ...articleOptions } = options;
		const { claims } = recordArticle(file, text, frontmatter, articleOptions);
		const record = articleRecord(text, claims, [], { ledger: true, inputs: '' });
		expect(readClaims(record)).toEqual(shown(claims));
	});

	it('keeps what the fixture does not show: a claim not found in its paragraph, labels, supports, reviews', () => {
		const claims: ArticleClaims = {
			claims: [
				{
					id: 'c-one',
					paragraph: 'p-one',
					text: 'Words   spaced apart',
					at: 3,
					status: 'disputed',
					statusAt: 5,
					sources: [
						{ id: 'wire', support: 'analysis', at: 4 },
						{ id: 'paper', support: 'quote', quote: 'said so', at: 6 },
						{ id: 'agency', support: 'paraphrase', quote: 'a “quote” with \\ and "', at: 7 },
					],
				},
				{ id: 'c-two', paragraph: 'p-one', text: 'Ours', editorial: 'analysis', sources: [] },
				{ id: 'c-three', paragraph: 'p-two', text: 'Noted', at: 9, editorial: 'note', sources: [] },
			],
			passages: [
				{ id: 'p-one', section: 'Title', text: 'Words spaced apart. Ours.', sources: ['wire', 'paper', 'agency'] },
				{ id: 'p-two', section: 'Later', text: 'Noted.', sources: [] },
			],
			sourceOrder: ['wire', 'paper', 'agency'],
			headings: [{ depth: 2, id: 'later', text: 'Later' }],
			reviews: [
				{
					paragraph: 'p-two',
					rating: 'Inaccurate',
					claimReviewed: 'It happened',
					source: 'wire',
					body: 'Noted.',
					published: '2025-01-02',
				},
			],
			removed: ['c-gone', 'c-gone-before'],
		};
		const text = 'A\nB [@wire, analysis; @paper, "said so", quote]\n';
		expect(readClaims(articleRecord(text, claims, [], { ledger: true, inputs: '' }))).toEqual(shown(claims));
	});
});
