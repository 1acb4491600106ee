/**
 * Typographic punctuation (remark-smartypants' algorithm, in the site's pipeline:
 * src/markdown/smart-punctuation.ts): what authors type becomes what a reader
 * expects, and the words quoted in a citation marker stay as typed, since they
 * must match the source. The plugin skips the passes that cannot change a text;
 * what it makes is checked against remark-smartypants itself.
 */
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { remarkSmartPunctuation } from '../../src/markdown/smart-punctuation.ts';
import { render } from '../support/render.ts';

/** The paragraph's HTML as the site renders it, markers and notes aside. */
async function typeset(markdown: string): Promise<string> {
	const { html } = await render(markdown, { requireCitations: false });
	return /<p[^>]*>(.*?)<\/p>/s.exec(html)![1]!.replace(/<[^>]+>/g, '');
}

describe('smart punctuation', () => {
	it.each([
		['"Quoted" words', '“Quoted” words'],
		["It's Quill's view", 'It’s Quill’s view'],
		["He said 'no' twice", 'He said ‘no’ twice'],
		['He said, "\'Quoted\' words in a larger quote."', 'He said, “‘Quoted’ words in a larger quote.”'],
		["the '80s and the 1990s", 'the ’80s and the 1990s'],
		['a pause -- then more', 'a pause — then more'],
		['and so... on', 'and so… on'],
		["``quoted'' the old way", '“quoted” the old way'],
		['("in brackets")', '(“in brackets”)'],
		['"Is it?" she asked', '“Is it?” she asked'],
		['5\'11" tall', '5’11” tall'],
	])('%s → %s', async (typed, expected) => {
		expect(await typeset(typed)).toBe(expected);
	});

	it('pairs quotes across emphasis and links, and leaves code and markers alone', async () => {
		const { html } = await render(
			'He called it "*game-changing*" and ["a road"](https://example.com/) -- `"raw"` [@ap-one, "exact \'words\'"].',
			{ requireCitations: false },
		);
		expect(html).toContain(
			'He called it “<em>game-changing</em>” and <a href="https://example.com/">“a road”</a> — <code>"raw"</code>',
		);
		expect(html).toContain("exact 'words'");
	});
});

describe('smart punctuation against remark-smartypants', () => {
	const base = () => unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
	const upstream = base().use(remarkSmartypants);
	const ours = base().use(remarkSmartPunctuation);
	const both = (markdown: string) => ({
		upstream: upstream.runSync(upstream.parse(markdown)),
		ours: ours.runSync(ours.parse(markdown)),
	});

	it('makes the same tree from text rich in what it rewrites', () => {
		// Words, spaces and line breaks between the characters the passes rewrite, in emphasis, links, code,
		// headings, tables and list items, so quotes pair across them and dots and dashes meet at their edges.
		const piece = fc.constantFrom(
			'"',
			"'",
			'`',
			'``',
			"''",
			'-',
			'--',
			'---',
			'.',
			'..',
			'...',
			'. . .',
			' ',
			'\n',
			'\u00a0',
			'word',
			'It',
			's',
			'80s',
			'5',
			'(',
			')',
			',',
			'?',
			'*em*',
			'**strong**',
			'`code`',
			'[link](https://example.com/)',
			'“',
			'’',
		);
		const line = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
		const block = fc.tuple(fc.constantFrom('', '# ', '- ', '> ', '| a | '), line).map(([lead, text]) => lead + text);
		fc.assert(
			fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
				const markdown = blocks.join('\n\n');
				const made = both(markdown);
				expect(made.ours).toEqual(made.upstream);
			}),
			{ numRuns: 1500 },
		);
	});

	it('makes the same tree when nothing is to rewrite, and when only quotes are', () => {
		for (const markdown of ['Plain words, and more: none rewritten.', 'A "quoted" word and an apostrophe\'s place.']) {
			const made = both(markdown);
			expect(made.ours).toEqual(made.upstream);
		}
	});
});

describe('smart punctuation in pieces', () => {
	const base = () => unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

	it('reads the fixture explainers one sentence at a time with the same result as all at once', () => {
		const whole = base().use(remarkSmartPunctuation, { piece: Infinity, most: Infinity });
		const sentences = base().use(remarkSmartPunctuation, { piece: 1, most: Infinity });
		const dir = 'tests/fixtures/site/content/articles';
		const articles = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
		expect(articles.length).toBeGreaterThan(3);
		for (const name of articles) {
			const body = readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
			expect(sentences.runSync(sentences.parse(body)), name).toEqual(whole.runSync(whole.parse(body)));
		}
	});

	it('reads text that is one long sentence in time, and without running out of stack', async () => {
		// parse-latin makes one sentence of these, and its time grows with the square of the sentence's length:
		// `a. ` 120,000 times took 67 s (150,000 here: over the test's minute), and 150,000 words ran it out of stack.
		const { html } = await render(`Intro "x" [!note]. ${'a. '.repeat(150_000)}\n`, { requireCitations: false });
		expect(html).toContain('Intro “x”');
		const words = await render(`Intro "x" [!note]. ${'a '.repeat(150_000)}\n`, { requireCitations: false });
		expect(words.diagnostics).toEqual([]);
	});
});
