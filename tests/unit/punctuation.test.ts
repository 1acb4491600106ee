/**
 * Typographic punctuation (remark-smartypants, in the site's pipeline):
 * what authors type becomes what a reader expects, and the words quoted in
 * a citation marker stay as typed, since they must match the source.
 */
import { describe, expect, it } from 'vitest';
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
