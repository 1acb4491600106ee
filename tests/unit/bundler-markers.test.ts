/**
 * Text the bundler reads as code wherever it stands (src/text/bundler-markers.ts):
 * `import.meta` (a module holding it and `.env` got the build's environment
 * variables named in it, which a failed build then printed), Vite's and
 * Astro's placeholders (the build stopped with a stack trace) and Rolldown's
 * hash placeholder (published as a chunk's hash). Each is refused where the
 * author wrote it, in a body, a frontmatter, a record or a claim ledger,
 * written as itself, with an escape or a character reference; the body is
 * parsed (and compiled) without them; no problem's text holds one. The real
 * build: tests/build/record-errors.test.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles } from '../../src/data/articles.ts';
import { loadSources } from '../../src/data/sources.ts';
import { diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { readLedger } from '../../src/schema/ledger-file.ts';
import { BUNDLER_MARKER } from '../../src/text/bundler-markers.ts';
import { compile } from '@mdx-js/mdx';
import { articleClaimsOptions } from '../../src/markdown/article-plugins.ts';
import { moduleStrings } from '../../src/markdown/module-strings.ts';
import { recordArticle } from '../../src/markdown/record-article.ts';
import { contentDir } from '../support/content-dir.ts';
import { render } from '../support/render.ts';

const at = (list: { line: number; column: number; ruleId: string }[]) =>
	list.map((d) => `${d.line}:${d.column} ${d.ruleId}`).sort();

const SOURCE =
	'outlet: "Wire Service"\ntitle: "Envoy says the leader agreed"\nurl: "https://example.org/wire-one"\npublished: "2025-08-17"\n';
const ARTICLE =
	'---\ntitle: "Alpha"\ndescription: "The fixture explainer."\npublished: "2025-01-02"\n---\n\nText [!note].\n';

describe('text the bundler reads as code, in an article body', () => {
	it('is refused at each place it is written, and neither the page nor a problem holds it', async () => {
		const body =
			'Intro [!note].\n\n' +
			`We quote \`import.meta.env HOME __astro_import_meta_env${'_'.repeat(60)}\` here [!note].\n\n` +
			'The codes were __VITE_ASSET__abcdefgh__ and `!~{000}~` and __Astro_x [!note].\n';
		const { html, diagnostics } = await render(body);
		expect(at(diagnostics)).toEqual([
			'3:11 bundler-text',
			'3:32 bundler-text',
			'5:16 bundler-text',
			'5:46 bundler-text',
			'5:60 bundler-text',
		]);
		expect(BUNDLER_MARKER.test(html)).toBe(false);
		expect(html).toContain('import-meta.env HOME --astro-import_meta_env');
		expect(diagnostics.every((d) => !BUNDLER_MARKER.test(d.reason))).toBe(true);
	});

	it('is refused written with an escape, a character reference or in an attribute, at the text that holds it', async () => {
		const body =
			'Written import\\.meta and import&#46;meta here [!note].\n\n' +
			'A name: &#95;_vite_x [!note].\n\n' +
			'<Figure src="./images/a.jpg" alt="import.meta.env" credit="Us [!note]" />\n';
		const { html, diagnostics } = await render(body);
		expect(at(diagnostics.filter((d) => d.ruleId === 'bundler-text'))).toEqual([
			'1:1 bundler-text',
			'3:1 bundler-text',
			'5:35 bundler-text',
		]);
		expect(BUNDLER_MARKER.test(html)).toBe(false);
	});

	it('is not in what the body takes from the frontmatter, which `astro dev` may compile before checking it', async () => {
		const { html } = await render('Text before any heading [!note].\n', {
			frontmatter: { title: 'Alpha import.meta.env __vite_x' },
		});
		expect(html).toContain('data-pagefind-title="Alpha import-meta.env --vite-x"');
	});

	it('is refused in an image’s file name written with escapes, which the module’s import would hold decoded', async () => {
		const { diagnostics } = await render('The map [!note]. ![A map](./images/%5F%5FVITE_ASSET%5F%5Fabc%5F%5F.png)\n');
		expect(at(diagnostics)).toEqual(['1:18 bundler-text']);
		expect(diagnostics[0]!.reason).toMatch(/^Unexpected image address .*rename the file/);
	});

	it('is refused where only the pieces of a heading or a paragraph hold it once joined, as the page joins them', async () => {
		const body =
			'## import`.`meta`.`env HOME _`_astro_import_meta_env____`\n\nText under it [!note].\n\n' +
			'The words `__`vite_ joined [!note].\n';
		const { html, diagnostics } = await render(body);
		expect(at(diagnostics)).toEqual(['1:1 bundler-text', '5:1 bundler-text']);
		expect(BUNDLER_MARKER.test(html)).toBe(false);
	});

	it('is refused in the words with which the compiled module exports its content', async () => {
		const { html, diagnostics } = await render(
			'The compiler writes export default function MDXContent here [!note].\n',
		);
		expect(at(diagnostics)).toEqual(['1:21 bundler-text']);
		expect(html).toContain('export-default-function-MDXContent');
	});

	it('is refused in a footnote’s label, from which the page’s ids are made once its case is folded (ı is I)', async () => {
		const body = 'The envoy agreed [!note].[^ımport.meta.env]\n\n[^ımport.meta.env]: A note [!note].\n';
		const { html, diagnostics } = await render(body);
		expect(at(diagnostics.filter((d) => d.ruleId === 'bundler-text'))).toEqual([
			'1:26 bundler-text',
			'3:1 bundler-text',
		]);
		expect(BUNDLER_MARKER.test(html)).toBe(false);
	});

	it('is refused where only a claim’s or a quote’s words hold it, as the record keeps them, and the record holds none', () => {
		const body =
			'\nThe text named import [@wire-one].meta.env and more [@wire-one].\n\n' +
			'The envoy agreed [@wire-one, "agreed import\\.meta here"].\n';
		const { claims, diagnostics } = recordArticle(
			`${process.cwd()}/content/articles/x.mdx`,
			body,
			{},
			articleClaimsOptions(),
		);
		expect(at(diagnostics.filter((d) => d.ruleId === 'bundler-text'))).toEqual(['2:23 bundler-text']);
		// The quote alone, written with escapes, is found too.
		const quoted = recordArticle(
			`${process.cwd()}/content/articles/x.mdx`,
			body.slice(body.indexOf('The envoy')),
			{},
			articleClaimsOptions(),
		);
		expect(at(quoted.diagnostics.filter((d) => d.ruleId === 'bundler-text'))).toEqual(['1:18 bundler-text']);
		expect(BUNDLER_MARKER.test(JSON.stringify(claims))).toBe(false);
	});

	it('stops the compile of a module whose strings would hold it, whatever made them (the last check)', async () => {
		const compiled = compile('Written import.meta here.', { recmaPlugins: [moduleStrings] });
		await expect(compiled).rejects.toThrow(/the bundler reads as code.*by a way the checks do not place/);
		await expect(compile('Written import. meta here.', { recmaPlugins: [moduleStrings] })).resolves.toBeTruthy();
	});

	it('leaves text that only looks like it alone', async () => {
		const { diagnostics } = await render(
			'The import. meta data, a __vitest name, astro_ and the !~ sign before a { brace [!note].\n',
		);
		expect(diagnostics.filter((d) => d.ruleId === 'bundler-text')).toEqual([]);
	});
});

describe('text the bundler reads as code, in a record, a frontmatter or a ledger', () => {
	it('refuses a source whose field holds it, written as itself or as a YAML escape, at the field', () => {
		const root = contentDir({
			'sources/plain.yaml': SOURCE.replace('Envoy says', 'Envoy x__ASTRO_ASSET_IMAGE__abc__x says'),
			'sources/escaped.yaml': SOURCE.replace('"Wire Service"', '"import\\x2Emeta Wire"'),
		});
		const set = loadSources(join(root, 'sources'));
		expect(at(set.diagnostics)).toEqual(['1:10 bundler-text', '2:16 bundler-text']);
		expect(set.sources.size).toBe(0);
		expect(set.diagnostics.every((d) => !BUNDLER_MARKER.test(d.reason))).toBe(true);
	});

	it('refuses an article whose frontmatter holds it, at the field', () => {
		const root = contentDir({ 'articles/alpha.mdx': ARTICLE.replace('"Alpha"', '"Alpha !~{001}~"') });
		expect(at(checkArticles(join(root, 'articles')))).toEqual(['2:15 bundler-text']);
	});

	it('refuses a claim ledger that holds it, and does not use it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
		writeFileSync(
			join(dir, 'x.claims.json'),
			'{"editions": [\n  {"date": "2026-11-28", "claims": [\n    {"id": "c-a-aaaaaa", "text": "A import\\u002emeta claim"}]}\n]}',
		);
		const { ledger, diagnostics } = readLedger(join(dir, 'x.mdx'));
		expect(ledger).toBeUndefined();
		expect(at(diagnostics)).toEqual(['3:37 bundler-text']);
	});

	it('is never in a problem’s text, nor in the name of the file it is about', () => {
		const made = diagnostic({ file: 'content/sources/import.meta.yaml' }, 'invalid-file-name', 'Got `__vite_x` !~{0}~');
		expect(BUNDLER_MARKER.test(`${made.file} ${made.reason}`)).toBe(false);
	});
});
