/**
 * Our typographic punctuation: what authors type becomes what a reader
 * expects, and on real prose it agrees with SmartyPants (which Astro uses
 * by default, and which it replaces) character for character.
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { remarkCitationSyntax } from '../../src/markdown/pipeline.ts';
import { remarkPunctuation } from '../../src/markdown/remark-punctuation.ts';
import { smartPunctuation } from '../../src/text/smart-punctuation.ts';
import { render } from '../support/render.ts';

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
	])('%s → %s', (typed, expected) => {
		expect(smartPunctuation(typed)).toBe(expected);
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

	it.each(['tests/fixtures/site/content/articles/epsilon.mdx', 'tests/fixtures/site/content/articles/alpha.mdx'])(
		'agrees with remark-smartypants on every paragraph and heading of %s',
		(path) => {
			const text = readFileSync(path, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
			const base = unified().use(remarkParse).use(remarkMdx).use(remarkCitationSyntax);
			const ours = base().use(remarkPunctuation);
			const theirs = base().use(remarkSmartypants);
			const paragraphs = (processor: typeof ours | typeof theirs) => {
				const tree = processor.runSync(processor.parse(text)) as Root;
				const out: string[] = [];
				visit(tree, ['paragraph', 'heading'], (node) => {
					out.push(toString(node));
				});
				return out;
			};
			const a = paragraphs(ours);
			const b = paragraphs(theirs);
			expect(a.length).toBeGreaterThan(5);
			expect(a).toEqual(b);
		},
	);
});
