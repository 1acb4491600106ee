/**
 * Every sentence that states something needs a source; the exemptions are
 * narrow and deliberate, and each is tested both ways here: a question
 * that asks (not one that asserts), code blocks only when the article
 * opts in, link titles as part of their sentence, table cells only with a
 * source next to the table, headings only with cited text under them.
 */
import { describe, expect, it } from 'vitest';
import { problems } from '../support/render.ts';

describe('what needs a source', () => {
	it('the file of the report: a tag question, a code block and a link title each fail at their place', async () => {
		const file =
			'Putin agreed to withdraw all troops by Friday, did he not?\n\n```\nPutin resigned on Sunday.\n```\n\nSee [](https://example.org "Putin resigned on Sunday") now.\n';
		expect(await problems(file)).toEqual(['1:1 uncited-sentence', '3:1 uncited-code', '7:1 uncited-sentence']);
	});

	it('a question that only asks needs none', async () => {
		expect(await problems('Did Putin agree to withdraw? Who would check it? The envoy said so [@ap-one].')).toEqual([]);
	});

	it('code blocks need none when the article says its code blocks hold no claims', async () => {
		const code = 'Run this [!note]:\n\n```sh\nnpm run build\n```\n';
		expect(await problems(code)).toEqual(['3:1 uncited-code']);
		expect(await problems(code, { frontmatter: { uncitedCode: true } })).toEqual([]);
	});

	it('a link’s or image’s title is part of its sentence: covered by the sentence’s marker, or uncited', async () => {
		expect(
			await problems(
				'A claim [@ap-one]. [](https://example.org "Putin resigned on Sunday")\n\n![A map](./images/map.png "Troops crossed the border")',
			),
		).toEqual(['1:20 uncited-sentence', '3:1 uncited-sentence']);
		// An image alone with no title states nothing: its alt text describes it.
		expect(await problems('![A map of the region](./images/map.png)')).toEqual([]);
		// A reference-style image is the same image; its definition's title is text a reader sees.
		expect(await problems('![A map of the region][map]\n\n[map]: ./images/map.png')).toEqual([]);
		expect(
			await problems('![A map of the region][map]\n\n[map]: ./images/map.png "Troops crossed the border"'),
		).toEqual(['1:1 uncited-sentence']);
		expect(await problems('See [the report](https://example.org "Putin resigned on Sunday") [@ap-one].')).toEqual([]);
	});

	it('a table that states something needs its source in the paragraph right before or after it; a header row alone needs none', async () => {
		const table = '| Country | Troops |\n| --- | --- |\n| France | 5,000 |\n';
		expect(await problems(`Pledges [!note].\n\n${table}`)).toEqual(['5:1 uncited-table']);
		expect(await problems(`Pledges, by country [@ap-one]:\n\n${table}`)).toEqual([]);
		expect(await problems(`${table}\nSource: the wire [@ap-one].`)).toEqual([]);
		expect(await problems('| Country | Troops |\n| --- | --- |\n')).toEqual([]);
	});

	it('a heading needs cited text under it, in its own section or a subsection', async () => {
		expect(await problems('## Putin resigned on Sunday\n\n## The treaty\n\nIt says so [@ap-one].\n')).toEqual([
			'1:1 uncited-heading',
		]);
		expect(
			await problems('## Background\n\n### The treaty\n\nIt says so [@ap-one].\n\n## Putin resigned on Sunday\n'),
		).toEqual(['7:1 uncited-heading']);
		expect(await problems('## Witkoff says Putin agreed\n\nWitkoff said so [@ap-one].\n')).toEqual([]);
	});
});
