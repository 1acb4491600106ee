/**
 * What MDX's parser rejects in an article body, as an author writes it
 * by accident: a less-than sign, a brace, a colon… Each is a problem at
 * the author's line and column with what to write instead, collected with
 * the article's other problems, through the same parse guard the build
 * runs first (`src/markdown/parse-guard.ts`). The real build is
 * `tests/build/record-errors.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import {
	MAX_CONTAINERS,
	MAX_DEPTH,
	MAX_MARKERS,
	MAX_TABLE_CELLS,
	MAX_UNDERLINES,
} from '../../src/markdown/parse-guard.ts';
import {
	MAX_BRACKETS,
	MAX_EMPHASIS_MARKS,
	MAX_LAZY_LINES,
	MAX_PIECES_BY_LENGTH,
} from '../../src/markdown/crowded-paragraphs.ts';
import { MAX_CHILDREN, MAX_DEFINITIONS, MAX_FILE_CHARS, MAX_LINES } from '../../src/markdown/file-limits.ts';
import { problems, render } from '../support/render.ts';

const at = async (markdown: string) =>
	(await render(markdown)).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.reason}`);

describe('MDX syntax in running text', () => {
	it('a less-than sign: at the `<`, saying to write `&lt;` or `\\<`', async () => {
		const [found, ...rest] = await at('Intro [!note].\n\nThe limit is <50 kg per person [!note].\n');
		expect(rest).toEqual([]);
		expect(found).toBe(
			'3:14 mdx-syntax Unexpected `<` before `5`: in MDX it starts a component, expected text: write `&lt;` or `\\<` for a less-than sign, e.g. `\\<50 kg`',
		);
		// A `<` before a space is text to MDX, and stays text.
		const spaced = await render('Prices rose by < 5% [!note].\n');
		expect(spaced.diagnostics).toEqual([]);
		expect(spaced.html).toContain('&#x3C; 5%');
	});

	it('a brace: at the `{`, saying to write `\\{`', async () => {
		const [found] = await at('The figure {approx.} was given [!note].\n');
		expect(found).toMatch(
			/^1:12 mdx-syntax Unexpected `\{`: in MDX it starts code.*expected text: write `\\\{` for a literal brace, e\.g\. `\\\{approx\.\}/,
		);
		expect(await problems('An open {brace [!note].\n')).toEqual(['1:9 mdx-syntax']);
	});

	it('a line that starts with `import` or `export`: at the word, saying to start the line otherwise', async () => {
		expect(await at('Intro [!note].\n\nexport controls were tightened [!note].\n')).toEqual([
			'3:1 mdx-syntax Unexpected `export` at the start of a line: in MDX such a line is code, which an article cannot hold, expected text: start the line with another word, or with a capital, e.g. `Export controls`',
		]);
		expect(await problems('Intro [!note].\n\nimport duties rose [!note].\n')).toEqual(['3:1 mdx-syntax']);
		expect(await problems('Intro [!note].\n\nExport controls were tightened [!note].\n')).toEqual([]);
	});

	it('a broken component: at the tag, saying how a component is written or closed', async () => {
		expect(await at('<Figure src="a.png" alt="x" credit=/>\n')).toEqual([
			expect.stringMatching(/^1:36 mdx-syntax .*expected a component written as `<Name attribute="value">`/),
		]);
		expect(await at('<KeyPoints>\n\n- A point [!note].\n\n</Methods>\n')).toEqual([
			expect.stringMatching(
				/^5:1 mdx-syntax Unexpected closing tag `<\/Methods>`.*expected each component closed by its own closing tag/,
			),
		]);
	});

	it('an HTML comment: at the comment, saying MDX has none', async () => {
		expect(await at('Text <!-- for the desk --> here [!note].\n')).toEqual([
			'1:6 mdx-syntax Unexpected HTML comment `<!--`: MDX has none, expected it removed (a note to editors belongs outside the article)',
		]);
	});

	it('never names a file but the article, nor the parser’s stack', async () => {
		const { diagnostics } = await render('A <b sentence [!note].\n\nA {sentence [!note].\n');
		for (const d of diagnostics) {
			expect(d.file).toMatch(/^(?!.*node_modules).*articles\/test\.mdx$/);
			expect(d.reason).not.toMatch(/node_modules|\bat \w+ \(|undefined/);
		}
	});
});

describe('characters the feed could not carry', () => {
	it('a control or invisible character in the text, each where it is; CRLF line ends are fine', async () => {
		expect(await problems('A bell\x07 here [!note].\n\nAn escape \x1b and a separator \u2028 [!note].\n')).toEqual([
			'1:7 mdx-syntax',
			'3:11 mdx-syntax',
			'3:29 mdx-syntax',
		]);
		expect((await at('A bell\x07 here [!note].\n'))[0]).toBe(
			'1:7 mdx-syntax Unexpected control character U+0007 in the text, expected printable text: remove it',
		);
		expect(await problems('One line [!note].\r\n\r\nAnother [!note].\r\n')).toEqual([]);
	});

	it('the same characters written as references, in text, a figure’s attributes, an alt text or a link title', async () => {
		const markdown = [
			'Form feed &#12; in text [!note].',
			'<Figure src="./images/a.jpg" alt="Alt&#27;[31m" caption="Cap &#x7;" credit="Credit [!note]" />',
			'A link [words](https://example.org/x "Title&#x2028;") here, ![an image&#12;](./images/a.jpg) [!note].',
			'Printable references stay: &#8217;, &amp;, &#x2014; and a tab &#9; [!note].',
			'`&#27;` in code is shown as it is written [!note].',
		].join('\n\n');
		expect(await at(markdown)).toEqual([
			'1:11 mdx-syntax Unexpected control character U+000C written as a character reference (`&#…;`), expected printable text: remove the reference',
			'3:38 mdx-syntax Unexpected control character U+001B (escape) written as a character reference (`&#…;`), expected printable text: remove the reference',
			'5:44 mdx-syntax Unexpected invisible character U+2028 (line separator) written as a character reference (`&#…;`), expected printable text: remove the reference',
			'5:71 mdx-syntax Unexpected control character U+000C written as a character reference (`&#…;`), expected printable text: remove the reference',
		]);
		// Written as itself, a character is reported once, by the scan of the file; a reference the parser
		// will not decode (it writes a replacement character) at the reference.
		expect(await problems('A bell\x07 here [!note].\n\nA bell &#7; there [!note].\n')).toEqual([
			'1:7 mdx-syntax',
			'3:8 mdx-syntax',
		]);
	});
});

describe('what the Markdown parser would take minutes over', () => {
	it(`more than ${MAX_CONTAINERS} quote and list markers, each level counted, at the first one past them`, async () => {
		const items = (n: number) => Array.from({ length: n }, (_, i) => `- Item ${i} [!note].`).join('\n');
		expect(await problems(`Intro [!note].\n\n${items(MAX_CONTAINERS)}\n`)).toEqual([]);
		expect(await problems(`Intro [!note].\n\n${items(MAX_CONTAINERS + 1)}\n`)).toEqual([
			`${MAX_CONTAINERS + 3}:1 mdx-syntax`,
		]);
		// Quotes nested 30 deep, each followed by a paragraph: the 2,001st marker is in the 67th quote.
		const quotes = Array.from(
			{ length: 100 },
			(_, i) => `${'> '.repeat(30)}Quote ${i} [!note].\n\nAfter ${i} [!note].`,
		);
		const found = await at(quotes.join('\n\n'));
		expect(found).toEqual([
			`${66 * 4 + 1}:${2 * (MAX_CONTAINERS - 66 * 30) + 1} mdx-syntax Unexpected quote or list marker past the 2,000 a file may have (each \`>\`, \`-\`, \`*\`, \`+\` or \`1.\` that starts a line or a level of one), expected fewer quotes and lists: the Markdown parser slows with the square of their number; split the article`,
		]);
	});
});

describe('what the Markdown parser would take minutes over, headings', () => {
	it(`more than ${MAX_UNDERLINES} lines of \`=\` or \`-\` under text, at the first one past them`, async () => {
		// Headings underlined, each with a paragraph: 3,000 underlined headings alone took 6 s to parse, 6,000 about 50.
		const headings = (n: number) =>
			Array.from({ length: n }, (_, i) => `Heading ${i}\n${i % 2 ? '---' : '==='}\n\nText ${i} [!note].`).join('\n\n');
		expect(await problems(`${headings(MAX_UNDERLINES)}\n`)).toEqual([]);
		expect(await at(`${headings(MAX_UNDERLINES + 1)}\n`)).toEqual([
			`${MAX_UNDERLINES * 5 + 2}:1 mdx-syntax Unexpected line of \`=\` or \`-\` under text past the ${MAX_UNDERLINES} a file may have, expected headings written \`## Heading\`: the Markdown parser slows with the cube of the underlined headings (\`Heading\` over \`===\`)`,
		]);
		// A rule after a blank line underlines nothing, and is not counted.
		expect(await problems(`Text [!note].\n\n${'---\n\nMore [!note].\n\n'.repeat(MAX_UNDERLINES + 1)}`)).toEqual([]);
	});
});

describe('what the Markdown parser would take minutes over, paragraphs', () => {
	// Each of these, at 8,000 of a kind in one paragraph (16–55 KB), took 2–40 s to parse.
	it(`more than ${MAX_EMPHASIS_MARKS} emphasis marks in one paragraph, at the first one past them`, async () => {
		const nested = (pairs: number) => `${'*_'.repeat(pairs)}deep${'_*'.repeat(pairs)} [!note].`;
		expect(await problems(`${'A *word* and _another_ ~~one~~ [!note]. '.repeat(MAX_EMPHASIS_MARKS / 8)}\n`)).toEqual(
			[],
		);
		expect(await at(`Intro [!note].\n\n${'*_'.repeat(4_000)}a${'_*'.repeat(4_000)}\n`)).toEqual([
			`3:${MAX_EMPHASIS_MARKS + 1} mdx-syntax Unexpected \`*\`, \`_\` or \`~\` past the ${MAX_EMPHASIS_MARKS} one paragraph may have (lines without a blank line between them), expected fewer, or a blank line to split the paragraph: the Markdown parser slows with the square of their number in one paragraph`,
		]);
		// Counted over the paragraph's lines, in a heading or a table as well; a blank line starts the count again.
		const lines = `${'**a** '.repeat(50)}[!note].\n`.repeat(3);
		expect(await problems(`Intro [!note].\n\n${lines}`)).toEqual([
			`5:${((MAX_EMPHASIS_MARKS - 400) / 4) * 6 + 1} mdx-syntax`,
		]);
		expect(await problems(`Intro [!note].\n\n${lines.replaceAll('\n', '\n\n')}`)).toEqual([]);
		expect(await problems(`# ${'~'.repeat(MAX_EMPHASIS_MARKS + 1)}\n`)).toEqual([
			`1:${MAX_EMPHASIS_MARKS + 3} mdx-syntax`,
		]);
		expect(await problems(`| a |\n| - |\n${'| ~~b~~ |\n'.repeat(MAX_EMPHASIS_MARKS / 4 + 1)}`)).toEqual([
			`${MAX_EMPHASIS_MARKS / 4 + 3}:3 mdx-syntax`,
		]);
		// List markers and rules are not emphasis.
		const items = Array.from({ length: MAX_EMPHASIS_MARKS + 1 }, (_, i) => `* Item ${i} [!note].`).join('\n');
		expect(await problems(`Intro [!note].\n\n${items}\n\n${nested(10)}\n\n${'* * *\n\n'.repeat(3)}`)).toEqual([]);
	});

	it(`more than ${MAX_BRACKETS} square brackets in one paragraph, citation markers aside, at the first one past them`, async () => {
		expect(await problems(`${'A [link](https://example.org/) [@ap-one]. '.repeat(MAX_BRACKETS / 2)}\n`)).toEqual([]);
		expect(await at(`${'![a '.repeat(4_000)}${'](x)'.repeat(4_000)}\n`)).toEqual([
			`1:${MAX_BRACKETS * 4 + 2} mdx-syntax Unexpected \`[\` or \`]\` past the ${MAX_BRACKETS} one paragraph may have besides its citation markers (lines without a blank line between them), expected fewer, or a blank line to split the paragraph: the Markdown parser slows with the square of their number in one paragraph`,
		]);
		expect(await problems(`Intro [!note].\n\n${'a] '.repeat(MAX_BRACKETS + 1)}[!note].\n`)).toEqual([
			`3:${MAX_BRACKETS * 3 + 2} mdx-syntax`,
		]);
		// A bracket in a marker's quote is counted: only whole markers without one are set aside.
		expect(await problems(`${'Said [@ap-one "a [b] c"]. '.repeat(MAX_BRACKETS / 2 + 1)}\n`)).toEqual([
			expect.stringMatching(/^1:\d+ mdx-syntax$/),
		]);
	});

	it(`more than ${MAX_LAZY_LINES} lines continuing a quote or list item without its marker, at the first one past them`, async () => {
		const lazy = (opening: string, n: number) => `Intro [!note].\n\n${opening}${'More words [!note].\n'.repeat(n)}`;
		expect(await problems(lazy('> A quote [!note].\n', MAX_LAZY_LINES))).toEqual([]);
		expect(await at(lazy('> A quote [!note].\n', 1_000))).toEqual([
			`${4 + MAX_LAZY_LINES}:1 mdx-syntax Unexpected line past the ${MAX_LAZY_LINES} that may continue a quote or list item without its own \`>\` or indentation before a blank line, expected a blank line to end the quote or list: the Markdown parser slows with the square of their number in one paragraph`,
		]);
		expect(await problems(lazy('- An item [!note].\n', MAX_LAZY_LINES + 1))).toEqual([
			`${4 + MAX_LAZY_LINES}:1 mdx-syntax`,
		]);
		// A list item's second paragraph, indented after a blank line, continues it too.
		expect(await problems(lazy('- An item [!note].\n\n  Its second paragraph [!note].\n', MAX_LAZY_LINES + 1))).toEqual(
			[`${6 + MAX_LAZY_LINES}:1 mdx-syntax`],
		);
		// Lines that start with their own marker are not lazy, nor a paragraph's lines outside any quote or list.
		expect(await problems(`Intro [!note].\n\n${'> Quoted line [!note].\n'.repeat(MAX_LAZY_LINES + 1)}`)).toEqual([]);
		expect(await problems(`${'A line of prose [!note].\n'.repeat(MAX_LAZY_LINES * 2)}`)).toEqual([]);
	});
});

describe('what the citation syntax would take minutes over', () => {
	it('markers whose quote never closes, each read once to where an earlier one was refused, not to the paragraph’s end', async () => {
		// The lexer reads `[!a "x]` on to the end of the paragraph (the quote has not closed), and each marker
		// again: 2,500 of them, a line each, took 13 s to parse for 64 KB, 5 s on one line.
		const found = await problems(`Intro [!note].\n\n${'[!a "x] '.repeat(2_500)}${'words '.repeat(6_000)}\n`);
		expect(found).toHaveLength(2_500);
		expect(found[0]).toBe('3:2 marker-unknown-label');
		// The same refusal where the marker is alone, and a marker after a refused one still read.
		expect(await problems('Said [!a "x] and more [@ap-one].\n\nNext [!note].\n')).toEqual(['1:7 marker-unknown-label']);
		expect(await problems('Said [!a "x [@ap-one] here [!note].\n')).toEqual(['1:6 marker-unclosed']);
	});
});

describe('what MDX’s code syntax would take minutes over', () => {
	// MDX reads an expression to a `}` and asks acorn whether it is complete, and if not, reads on to the
	// next `}` and asks again from the `{`: `{'` then 4,000 `}` took 1.6 s, 16,000 in an attribute over a minute.
	const closing = '}'.repeat(32_000);
	const brace = (line: number, column: number) =>
		expect.stringMatching(new RegExp(`^${line}:${column} mdx-syntax Unexpected \`\\{\`: in MDX it starts code`));

	it('a `{` before thousands of `}`, in text, on a line of its own or as an attribute, refused at the `{` before MDX reads it', async () => {
		expect(await at(`Intro [!note].\n\nA {'${closing} b [!note].\n`)).toEqual([
			`3:3 mdx-syntax Unexpected \`{\`: in MDX it starts code, which an article cannot hold, expected text: write \`\\{\` for a literal brace, e.g. \`\\{'${'}'.repeat(22)}\``,
		]);
		expect(await at(`Intro [!note].\n\n{'\n\n${'}\n\n'.repeat(16_000)}`)).toEqual([brace(3, 1)]);
		expect(
			await at(
				`Intro [!note].\n\n<Figure src="./images/map.png" {...x} alt="A map" />\n\n\`\`\`\n${'}\n\n'.repeat(8_000)}\`\`\`\n`,
			),
		).toEqual([
			'3:32 mdx-syntax Unexpected `{`: in MDX it starts code, which an article cannot hold, expected a quoted value, e.g. `alt="A map of the front line"`',
		]);
		expect(await at(`Intro [!note].\n\n<Figure src="./images/map.png" alt={'${closing}} />\n`)).toEqual([
			'3:36 mdx-syntax Unexpected `{`: in MDX it starts code, which an article cannot hold, expected a quoted value, e.g. `alt="A map of the front line"`',
		]);
		// Lines that each open an expression reading to one far `}`: MDX tried each to it and threw the try away
		// (8,000 lines, 56 KB, took 52 s), with a single `}` in the file; and in an attribute.
		// Ten are reported one by one, the rest in one problem.
		const lines = await at(`${'{/* a\n\n'.repeat(8_000)}*/1} x\n`);
		expect(lines).toHaveLength(11);
		expect(lines.slice(0, 2)).toEqual([brace(1, 1), brace(3, 1)]);
		expect(lines[10]).toMatch(
			/^21:1 mdx-syntax Unexpected code: 7,990 more `\{`, `import` or `export` where MDX reads code/,
		);
		expect((await problems(`Intro [!note].\n\n${'<a b={/* x\n\n'.repeat(6_000)}*/1}> x\n`))[0]).toBe('3:6 mdx-syntax');
		// Without acorn each `{` would count until the braces balance, which is as slow: every `{` is read as `{}`.
		const open = await problems(`Intro [!note].\n\n${'{ a\n\n'.repeat(8_000)}${'}'.repeat(8_000)} x\n`);
		expect(open[0]).toBe('3:1 mdx-syntax');
		// A `{` in a quoted value is not the tag's code: the tag's own error is reported.
		expect(await at(`Intro [!note].\n\n<Figure alt="a {b" 1 />\n\n\`\`\`\n${'}\n\n'.repeat(8_000)}\`\`\`\n`)).toEqual([
			expect.stringMatching(/^3:20 mdx-syntax Unexpected character `1`/),
		]);
		// A fence inside a component's attribute is not code: the expression after the component is found.
		expect(await at(`Intro [!note].\n\n<Figure src="./images/map.png" alt="\n\`\`\`" />\n{'${closing}\n`)).toEqual([
			brace(5, 1),
		]);
		// A few, MDX reads itself, and the content policy reports each at its `{`.
		const many = await problems(`Intro [!note].\n\n${'A {a} b [!note].\n\n'.repeat(100)}`);
		expect(many).toHaveLength(100);
		expect(many.slice(0, 2)).toEqual(['3:3 mdx-expression', '5:3 mdx-expression']);
	});

	it('an `import` or `export` line before thousands of blank lines, refused at its start before MDX reads it', async () => {
		// MDX reads such a line to a blank line and asks acorn whether the code is complete, and if not, on to the
		// next blank line, from the start: 4,000 short paragraphs after `export const a = [` (16 KB) took 14 s.
		expect(await at(`export const a = [\n\n${'1,\n\n'.repeat(16_000)}Intro [!note].\n`)).toEqual([
			'1:1 mdx-syntax Unexpected `export` at the start of a line: in MDX such a line is code, which an article cannot hold, expected text: start the line with another word, or with a capital, e.g. `Export const`',
		]);
		// Lines that end in CRLF are lines too (a CR alone is refused as a control character).
		const crlf = `export const a = [\r\n\r\n${'1,\r\n\r\n'.repeat(16_000)}Intro [!note].\r\n`;
		expect(await problems(crlf)).toEqual(['1:1 mdx-syntax']);
		// A byte order mark before the first line does not hide it.
		expect(await at(`\uFEFFexport const a = [\n\n${'1,\n\n'.repeat(16_000)}Intro [!note].\n`)).toEqual([
			expect.stringMatching(/^1:\d mdx-syntax Unexpected `export` at the start of a line/),
		]);
		// MDX's own error, for a few, is at the block's start too, not where acorn stopped.
		expect(await problems('Intro [!note].\n\nimport a from\n\n1,\n\nMore [!note].\n')).toEqual(['3:1 mdx-syntax']);
		// In a code block, or inside a paragraph, it is text, however many blank lines follow.
		const code = `\`\`\`js\nexport const a = [\n${'\n1,\n'.repeat(200)}\`\`\``;
		const { diagnostics } = await render(
			`Intro [!note].\n\n${code}\n\nThe rules on\nexport controls [!note].\n${'\nMore [!note].\n'.repeat(100)}`,
			{
				frontmatter: { uncitedCode: true },
			},
		);
		expect(diagnostics).toEqual([]);
	});

	it('braces in code, in a marker’s quote or escaped are text, however many', async () => {
		const code = '{"a": {"b": {}}}\n'.repeat(300);
		const { html, diagnostics } = await render(
			`Intro \`{a}\` and \\{b\\} [@ap-one, "the {ZNPP} plant"].\n\n\`\`\`json\n${code}\`\`\`\n\nAfter ${'\\}'.repeat(100)} [!note].\n`,
			{ frontmatter: { uncitedCode: true } },
		);
		expect(diagnostics).toEqual([]);
		expect(html).toContain('<code>{a}</code>');
		expect(html).toContain('and {b}');
		expect(html).toContain('{"a": {"b": {}}}');
	});
});

describe('what the render would take minutes over', () => {
	it('many link definitions and paragraphs that use them: each paragraph is rendered with its own definitions only', async () => {
		// Each paragraph rendered with every definition of the article: 3,000 of each, 60 KB, took 18 s here (4 s now).
		const n = 3_000;
		const definitions = Array.from({ length: n }, (_, i) => `[d${i}]: /to/${i}${i % 50 === 49 ? '\n' : ''}`).join('\n');
		const paragraphs = Array.from({ length: n }, (_, i) => `See [d${i}] and [this][d${n - 1 - i}] [!note].`).join(
			'\n\n',
		);
		const { html, diagnostics } = await render(`${definitions}\n\n${paragraphs}\n`);
		expect(diagnostics).toEqual([]);
		expect(html).toContain('See <a href="/to/7">d7</a> and <a href="/to/2992">this</a>');
		// The first definition of a name wins, in a paragraph's links as in CommonMark; a name is matched without case.
		const twice = await render('[A]: /first\n[a]: /second\n\nSee [a] and [x] [!note].\n');
		expect(twice.html).toContain('See <a href="/first">a</a> and [x]');
	});
});

describe('what the Markdown parser would take minutes over, pieces of a paragraph', () => {
	it(`a paragraph's pieces times its length past ${MAX_PIECES_BY_LENGTH.toLocaleString('en-GB')}, at the line past them`, async () => {
		// Each run of plain text between two pieces is joined by cutting the paragraph's list of events:
		// 16,000 `&&\\.` (64 KB, one line) took 6 s to parse, 20,000 `&&` lines 7 s.
		expect(await at(`Intro [!note].\n\n${'&&\\.'.repeat(16_000)}\n`)).toEqual([
			`3:1 mdx-syntax Unexpected line past what the Markdown parser can read in time in one paragraph (lines without a blank line between them): its escapes, \`&\` references, code, tags, emphasis, brackets, addresses and line ends, times its length, are past ${MAX_PIECES_BY_LENGTH.toLocaleString('en-GB')}, expected a blank line to split the paragraph: the parser slows with their number times the length of the paragraph`,
		]);
		// Two pieces a line (its end), and each `&`: the line past the limit is reported.
		const lines = await problems(`Intro [!note].\n\n${'&&\n'.repeat(20_000)}`);
		expect(lines).toEqual([expect.stringMatching(/^\d+:1 mdx-syntax$/)]);
		expect(Number(lines[0]!.split(':')[0])).toBeGreaterThan(3 + 4_000);
	});

	it('a paragraph of cited sentences, a long list, or the same pieces a blank line apart, are not refused', async () => {
		// 3,000 cited sentences in one paragraph (54 KB) are one piece each.
		const claims = Array.from({ length: 3_000 }, (_, i) => `Claim ${i} [!note].`).join(' ');
		expect(await problems(`${claims}\n`)).toEqual([]);
		// A list item starts a paragraph, and the count, again.
		const items = Array.from({ length: 1_900 }, (_, i) => `- Item ${i}, \`said\` & \\. more [!note].`).join('\n');
		expect(await problems(`Intro [!note].\n\n${items}\n`)).toEqual([]);
		expect(await problems(`Intro [!note].\n\n${'&&\\. [!note]\n\n'.repeat(2_500)}`)).toEqual([]);
		// A table's rows are read cell by cell: 5,000 rows of a table are not one paragraph; rows with no
		// delimiter row under the first are.
		const source = 'The table is the agency’s [@ap-one].';
		const rows = '| 2024-01-01 | x \\| y | &amp; |\n'.repeat(5_000);
		expect(await problems(`${source}\n\n| a | b | c |\n| - | :-: | - |\n${rows}\n${source}\n`)).toEqual([]);
		expect(await problems(`${source}\n\n| a | b | c |\n${rows}\n${source}\n`)).toEqual([
			expect.stringMatching(/^\d+:1 mdx-syntax$/),
		]);
	});
});

describe('what would make a page of hundreds of megabytes', () => {
	it(`more than ${MAX_MARKERS} citation markers, at the first one past them`, async () => {
		const claims = (n: number) => Array.from({ length: n }, (_, i) => `Claim ${i} [!note].`).join(' ');
		expect(await problems(`${claims(MAX_MARKERS)}\n`)).toEqual([]);
		const text = `${claims(MAX_MARKERS + 1)}\n`;
		expect(await at(text)).toEqual([
			`1:${text.lastIndexOf('[!') + 1} mdx-syntax Unexpected citation marker past the 3,000 a file may have, expected fewer: each marker adds its sources and quotes to the page, which would weigh many megabytes; split the article`,
		]);
	});

	it(`more than ${MAX_TABLE_CELLS} table cells, each row as wide as its header, at the table past them`, async () => {
		const table = (columns: number, rows: number) =>
			`|${' a |'.repeat(columns)}\n|${'---|'.repeat(columns)}\n${'| b |\n'.repeat(rows)}`;
		const source = 'The table is the agency’s [@ap-one].';
		expect(await problems(`${source}\n\n${table(100, 199)}\n${source}\n`)).toEqual([]);
		// Rows of one cell under a header of 500: 12 KB, 47 s and 4.8 GB to build.
		expect(await problems(`${source}\n\n${table(100, 100)}\n${source}\n\n${table(500, 3_300)}\n${source}\n`)).toEqual([
			`${3 + 102 + 3}:1 mdx-syntax`,
		]);
	});
});

describe('what one file may hold', () => {
	it(`more than ${MAX_FILE_CHARS.toLocaleString('en-GB')} characters or ${MAX_LINES.toLocaleString('en-GB')} lines, at the first past them`, async () => {
		expect(await at(`Intro [!note]. ${'word '.repeat(MAX_FILE_CHARS / 5)}\n`)).toEqual([
			`1:${MAX_FILE_CHARS + 1} mdx-syntax Unexpected text past the 1,000,000 characters a file may have, expected a shorter article: an explainer is a few thousand words; split it into several`,
		]);
		// Exactly as many, the last one ended, are fine.
		expect(await problems(`${'Line [!note].\n'.repeat(MAX_LINES)}`)).not.toContain(`${MAX_LINES + 1}:1 mdx-syntax`);
		// 128,000 short paragraphs (375 KB) took 8 s to parse; a CR or CRLF ends a line too.
		expect(await problems(`Intro [!note].\n\n${'a\n\n'.repeat(64_000)}`)).toEqual([`${MAX_LINES + 1}:1 mdx-syntax`]);
		expect(await problems(`Intro [!note].\r\n\r\n${'a\r\n\r\n'.repeat(64_000)}`)).toEqual([
			`${MAX_LINES + 1}:1 mdx-syntax`,
		]);
	});

	it(`more than ${MAX_DEFINITIONS.toLocaleString('en-GB')} link or footnote definitions, or footnotes, at the first past them`, async () => {
		// Each looks its label up among all before it: 64,000 footnote definitions (516 KB) took 21 s.
		const definitions = (n: number) =>
			Array.from({ length: n }, (_, i) => `[^${i.toString(36)}]: Note ${i}.${i % 100 === 99 ? '\n' : ''}`).join('\n');
		const links = Array.from({ length: MAX_DEFINITIONS + 1 }, (_, i) => `[d${i}]: /to/${i}`).join('\n');
		expect(await at(`Intro [!note].\n\n${links}\n`)).toEqual([
			expect.stringMatching(
				/^3003:\d+ mdx-syntax Unexpected `\]:` past the 3,000 a file may have .*write links inline/,
			),
		]);
		// Footnotes, references and definitions together: each reference adds a link back (30,000 made 10 MB of HTML).
		const found = await at(
			`Intro [!note].\n\n${definitions(MAX_DEFINITIONS / 2)}\n\n${'See [^a] [!note].\n\n'.repeat(1501)}`,
		);
		expect(found).toEqual([
			expect.stringMatching(/^\d+:5 mdx-syntax Unexpected `\[\^` past the 3,000 a file may have \(each footnote/),
		]);
	});

	it(`more than ${MAX_CHILDREN.toLocaleString('en-GB')} blocks in one, at the first past them`, async () => {
		// A walk of the tree finds each child's place by searching its parent's list: 128,000 paragraphs took 20 s.
		expect(await at(`Intro [!note].\n\n${'a\n\n'.repeat(MAX_CHILDREN + 1)}`)).toEqual([
			`${2 * MAX_CHILDREN + 1}:1 mdx-syntax Unexpected block past the 10,000 one article, list, quote or component may hold, expected fewer paragraphs or items in it: split the article`,
		]);
		expect(await problems(`<Methods>\n\n${'a\n\n'.repeat(MAX_CHILDREN + 1)}</Methods>\n`)).toEqual([
			`${2 * MAX_CHILDREN + 3}:1 mdx-syntax`,
		]);
	});
});

describe('what the parser reads but the build could not compile', () => {
	it(`nesting deeper than ${MAX_DEPTH} levels, at the first level too deep`, async () => {
		expect(await problems(`${'> '.repeat(300)}Deep [!note].\n`)).toEqual([`1:${2 * MAX_DEPTH + 1} mdx-syntax`]);
		expect(await problems(`Intro [!note].\n\n${'- '.repeat(300)}Deep [!note].\n`)).toEqual([
			`3:${MAX_DEPTH + 1} mdx-syntax`,
		]);
		expect(await problems(`${'> '.repeat(10)}A quote in a quote [!note].\n`)).toEqual([]);
	});

	it('nesting too deep for the parser to read in time, refused before the parse where the walk of the tree would refuse it', async () => {
		// 2,000 levels on a line, then lines indented under them (a tab is two levels): 10 s to parse each time.
		const line = `Intro [!note].\n\n${'- '.repeat(1_998)}x [!note].\n${`${'\t'.repeat(999)}y\n`.repeat(20)}`;
		expect(await problems(line)).toEqual([`3:${MAX_DEPTH + 1} mdx-syntax`]);
		// A level a line, each indented two columns more: refused at the same list item as before.
		const stairs = Array.from({ length: 400 }, (_, i) => `${' '.repeat(2 * i)}- Item ${i} [!note].`).join('\n');
		expect(await problems(`Intro [!note].\n\n${stairs}\n`)).toEqual([`${3 + 16}:${2 * 16 + 1} mdx-syntax`]);
		// Thematic breaks, and indentation that nests nothing, are no nesting.
		expect(
			await problems(
				`Intro [!note].\n\n${'- '.repeat(40)}\n\n${'* '.repeat(40)}*\r\n\nA line,\n${' '.repeat(60)}and more [!note].\n`,
			),
		).toEqual([]);
	});

	it('an image address with a malformed `%` escape, at the image, with the rest of the article still checked', async () => {
		const markdown =
			'See ![a harbour](./images/%E0%A4%A.png) here [!note].\n\nA claim [@nowhere].\n\n![Another](./50%.png) [!note]\n\n![Third][pic]\n\n[pic]: ./%ZZ.png\n';
		expect(await problems(markdown)).toEqual([
			'1:5 image-address',
			'3:10 unknown-source',
			'5:1 image-address',
			'9:1 unsafe-url',
		]);
		const found = await at(markdown);
		expect(found[0]).toContain(
			'Unexpected `%` in the address `./images/%E0%A4%A.png`: a `%` starts an escape (two hex digits of UTF-8), expected `%25` for a percent sign',
		);
	});
});
