/**
 * The claims adapter on an article body as the site renders it: what a
 * reader gets (claims, markers, notes, labels), and what an author gets
 * for each mistake (rule, line, column).
 */
import { describe, expect, it } from 'vitest';
import { claimId } from '../../src/claims/ids.ts';
import { diagnosticsOf, MESSAGE_SOURCE } from '../../src/diagnostics/vfile-messages.ts';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { loadSources } from '../../src/data/sources.ts';
import { claimsPlugins } from '../../src/markdown/pipeline.ts';
import { FIXTURE_ARTICLE, FIXTURE_SOURCES, problems, render } from '../support/render.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('claims, markers and notes', () => {
	it('wraps the claim, links the marker to its note and the note back to the claim', async () => {
		const { html } = await render('Intro [!note]. The envoy said the leader agreed [@ap-one, "exact words"].');
		const claim = /<span class="claim" id="(c-[^"]+)">The envoy said the leader agreed<\/span>/.exec(html);
		expect(claim).not.toBeNull();
		const ref =
			/<a href="#(p-[^"]+-s1)" role="doc-noteref" aria-label="Source 1: Associated Press, 17 Aug 2025">1<\/a>/.exec(
				html,
			);
		expect(ref).not.toBeNull();
		expect(html).toContain(`<li class="note" id="${ref![1]}"`);
		expect(html).toContain(`href="#${claim![1]}" role="doc-backlink"`);
		expect(html).toContain('“exact words”');
		expect(html).toContain(
			'<a class="note-title" href="https://example.org/ap-one" rel="noopener">Envoy says leader agreed</a>',
		);
		expect(html).toContain('href="https://example.org/ap-one#:~:text=exact%20words"');
		expect(html).not.toContain('[@');
	});

	it('puts the notes in a one-line summary that opens, each source in a line that opens its card', async () => {
		const { html } = await render('A claim [@ap-one, "q"; !disputed]. Another [@reuters-two].');
		expect(text(/<details class="notes-fold"><summary>(.*?)<\/summary>/.exec(html)![1]!)).toBe(
			'Sources: 1 Associated Press, disputed · 2 Reuters',
		);
		const lines = [...html.matchAll(/<summary class="note-line">(.*?)<\/summary>/g)].map((m) => text(m[1]!));
		expect(lines).toEqual(['1 Associated Press 17 Aug 2025 Disputed', '2 Reuters']);
	});

	it('numbers each source once per page, in order of first citation', async () => {
		const { html, claims } = await render('A [@reuters-two]. B [@ap-one].\n\nC [@ap-one; @reuters-two].');
		expect(claims.sourceOrder).toEqual(['reuters-two', 'ap-one']);
		const labels = [...html.matchAll(/aria-label="Source (\d): (\w+)/g)].map((m) => `${m[1]}${m[2]}`);
		expect(labels).toEqual(['1Reuters', '2Associated', '2Associated', '1Reuters']);
	});

	it('merges adjacent markers into one group, one link per source: "2,1" not "2 2 1"', async () => {
		const { html } = await render('A claim [@ap-one][@ap-one] [@reuters-two].');
		expect([...html.matchAll(/<sup class="marker"/g)]).toHaveLength(1);
		expect(text(/<sup class="marker"[^>]*>(.*?)<\/sup>/.exec(html)![1]!)).toBe('1,2');
	});

	it('keeps no space before a marker or after it before punctuation', async () => {
		const { html } = await render('A claim   [@ap-one], then more [@reuters-two].');
		expect(html).toMatch(
			/A claim<\/span><sup class="marker"[^]*?<\/sup>, <span class="claim" id="[^"]+">then more<\/span><sup/,
		);
	});

	it('lists each paragraph’s sources in marker order, merging repeats', async () => {
		const { html } = await render('First [@ap-one, "one"]. Second [@reuters-two]. Third [@ap-one, "two"].');
		const aside = html.slice(html.indexOf('<div class="notes"'));
		expect([...aside.matchAll(/<li class="note" id="[^"]+-s(\d)"/g)].map((m) => m[1])).toEqual(['1', '2']);
		expect(aside.indexOf('“one”')).toBeLessThan(aside.indexOf('“two”'));
		expect(aside.indexOf('“two”')).toBeLessThan(aside.indexOf('data-source="reuters-two"'));
	});

	it('gives every paragraph an id and its section as the search title; no notes without citations', async () => {
		const { html, claims } = await render('## Heading\n\nIs this a question without a source?');
		expect(html).toMatch(/<p id="p-is-this-a-[0-9a-z]{6}" data-pagefind-title="Heading">/);
		expect(claims.passages).toEqual([
			{
				id: expect.stringMatching(/^p-is-this-a-/),
				section: 'Heading',
				text: 'Is this a question without a source?',
				sources: [],
			},
		]);
		expect(html).not.toContain('class="notes"');
	});

	it('keeps list items as paragraphs with their notes beside them, tight lists too', async () => {
		const { html } = await render('- One item [@ap-one].\n- Two item [@reuters-two].');
		expect(html.match(/<li>\s*<p id="p-/g)).toHaveLength(2);
		expect(html).toMatch(/<\/p><div class="notes" role="note">[^]*?<\/div>\s*<\/li>/);
	});

	it('records claims with their sources, quotes and labels', async () => {
		const { claims } = await render('One thing happened [@ap-one, "q"].');
		expect(claims.claims).toEqual([
			expect.objectContaining({
				text: 'One thing happened',
				origins: 1,
				sources: [{ id: 'ap-one', quote: 'q', support: 'paraphrase', at: 20 }],
			}),
		]);
	});

	it('labels support: directness and status as authored, corroboration from independent origins quoted', async () => {
		const { html, claims } = await render(
			'Both said it was so [@ap-one, "it was so", quote; @reuters-two, "so it was"; !disputed]. Only one said this [@ap-one, "this", analysis].',
		);
		const labels = [...html.matchAll(/<p class="labels">(.*?)<\/p>/g)].map((m) => text(m[1]!));
		expect(labels).toEqual([
			'Support: Direct quote Corroborated: 2 independent origins Disputed',
			'Support: Outlet’s analysis One origin',
			'Support: Paraphrase Corroborated: 2 independent origins Disputed',
		]);
		expect(claims.claims.map((c) => [c.status, c.origins])).toEqual([
			['disputed', 2],
			[undefined, 1],
		]);
	});

	it('counts an origin towards corroboration only when its source is quoted for the claim, and says so in the card', async () => {
		const { html, claims } = await render(
			'The envoy, a former banker, said it was so [@ap-one, "it was so"; @reuters-two]. Two outlets said this too [@ap-one; @reuters-two].',
		);
		expect(claims.claims.map((c) => c.origins)).toEqual([1, 0]);
		const labels = [...html.matchAll(/<p class="labels">(.*?)<\/p>/g)].map((m) => text(m[1]!));
		expect(labels).toEqual([
			'Support: Paraphrase One origin',
			'Support: Paraphrase No quote: not counted as corroboration',
			'Support: Paraphrase No quote: not counted as corroboration One origin',
			'Support: Paraphrase No quote: not counted as corroboration',
		]);
		expect(html).not.toContain('Corroborated');
	});

	it('holds a quote label to the words: the claim repeats four words of its quote, or fails there', async () => {
		const ok = await problems(
			'He spoke of “robust security guarantees that I would describe as game-changing” [@ap-one, "robust security guarantees that I would describe as game-changing", quote]. It’s “a road to nowhere” [@ap-one, "it\'s a road to nowhere.", quote]. He said “Yes” [@ap-one, "yes", quote].',
		);
		expect(ok).toEqual([]);
		const source =
			'Intro [!note]. He called them “game-changing” [@ap-one, "robust security guarantees that I would describe as game-changing", quote; !unconfirmed]. He said so [@reuters-two, quote].';
		const { diagnostics } = await render(source);
		expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([
			'1:48 quote-label-unmatched',
			'1:160 quote-label-unmatched',
		]);
		expect(diagnostics[0]!.reason).toMatch(
			/the claim “He called them “game-changing”” repeats no run of 4 words of its quote, expected .*`paraphrase`/,
		);
		expect(diagnostics[1]!.reason).toMatch(/without quoted words/);
	});

	it('labels our own words and lists them beside the paragraph', async () => {
		const { html, claims } = await render('It is our reading [!analysis]. Based on this [@ap-one, "q"; !analysis].');
		expect(claims.claims.map((c) => c.editorial)).toEqual(['analysis', 'analysis']);
		expect(html).toMatch(/aria-label="Our analysis">†<\/a>/);
		expect(text(html)).toContain('† our analysis');
		expect(html).toContain('label-our-analysis');
	});

	it('keeps claim ids when unrelated text changes', async () => {
		const id = (html: string) => /<span class="claim" id="([^"]+)">The claim stays/.exec(html)?.[1];
		const a = await render('Unrelated intro [!note]. The claim stays [@ap-one].');
		const b = await render('A different intro entirely [!note].\n\nNew paragraph [!note]. The claim stays [@ap-one].');
		expect(id(a.html)).toBeDefined();
		expect(id(a.html)).toBe(id(b.html));
	});

	it('keeps quotes verbatim: smart punctuation never touches a marker', async () => {
		const { claims, html } = await render(`He said "so" [@ap-one, "it's a 'test' -- really..."].`);
		expect(claims.claims[0]!.sources[0]!.quote).toBe(`it's a 'test' -- really...`);
		expect(html).toContain('He said “so”');
	});

	it('reads a marker split over lines, LF or CRLF', async () => {
		for (const eol of ['\n', '\r\n']) {
			const { claims, diagnostics } = await render(`A claim [@ap-one,${eol}  "two${eol}  lines"].`);
			expect(diagnostics).toEqual([]);
			expect(claims.claims[0]!.sources[0]!.quote).toBe('two lines');
		}
	});

	it('leaves escaped brackets, code and links alone', async () => {
		const { html, diagnostics } = await render(
			'Write \\[@id] or `[@id]` [!note]. Mention [@someone](https://example.org/) [!note].',
		);
		expect(diagnostics).toEqual([]);
		expect(html).toContain('Write [@id] or <code>[@id]</code>');
		expect(html).toContain('<a href="https://example.org/">@someone</a>');
	});

	it('resolves reference-style links and images against the document’s definitions', async () => {
		const { html, diagnostics } = await render(
			'See [the treaty][nato] and ![a map][map] [!note].\n\n<KeyPoints>\n\n- Also [the treaty][nato] [!note].\n\n</KeyPoints>\n\n[nato]: https://www.nato.int/\n[map]: ./images/map.png',
		);
		expect(diagnostics).toEqual([]);
		// The image stays in the tree, as an inline one does, for Astro to import and size.
		expect(html).toMatch(
			/See <a href="https:\/\/www\.nato\.int\/">the treaty<\/a> and <img src="\.\/images\/map\.png" alt="a map" widths="[^"]+" sizes="[^"]+">/,
		);
		expect(html).toContain('Also <a href="https://www.nato.int/">the treaty</a>');
	});

	it('wraps a claim that contains emphasis', async () => {
		const { html } = await render('Before [!note]. He spoke on *Fox News Sunday* today [@ap-one].');
		expect(html).toMatch(/<span class="claim" id="[^"]+">He spoke on <em>Fox News Sunday<\/em> today<\/span>/);
	});

	it('lands old links on a corrected claim: its retired ids become anchors just before it', async () => {
		const id = claimId('The envoy spoke on television');
		const { html } = await render('The envoy spoke on television [@ap-one].', {
			frontmatter: { corrections: [{ claim: id, was: ['c-the-envoy-spoke-on-0ldid0'] }] },
		});
		expect(html).toContain(
			`<span class="claim-alias" id="c-the-envoy-spoke-on-0ldid0"></span><span class="claim" id="${id}">`,
		);
	});
});

describe('every sentence carries a source', () => {
	it('reports a statement with no marker, at the sentence', async () => {
		expect(await problems('A sourced claim [@ap-one]. An unsourced claim follows.')).toEqual(['1:28 uncited-sentence']);
	});

	it('reports words after the last marker of a sentence', async () => {
		expect(await problems('Witkoff said so [@ap-one], and Russia agreed.')).toEqual(['1:1 uncited-sentence']);
	});

	it('reads a quotation with a full stop inside as part of its sentence, as a reader does', async () => {
		expect(
			await problems('Armstrong said “Houston, Tranquility Base here. The Eagle has landed.” on landing [@ap-one].'),
		).toEqual([]);
		expect(await problems('He said “Houston, Tranquility Base here.” The Eagle has landed [@ap-one].')).toEqual([
			'1:1 uncited-sentence',
		]);
	});

	it('does not take a footnote for a statement of the article’s, but still cites a marker in it', async () => {
		const { diagnostics, claims } = await render(
			'A claim[^1] [@ap-one].\n\n[^1]: Our aside, with no source. A cited one [@reuters-two].',
		);
		expect(diagnostics).toEqual([]);
		expect(claims.claims.map((c) => c.text)).toEqual(['A claim', 'A cited one']);
	});

	it('accepts questions, headings, our own labels and the methods note', async () => {
		expect(
			await problems(
				'## A heading without a source\n\nWhat happened next? It is our view [!analysis].\n\n<Methods>\n\nWe read the sources ourselves.\n\n</Methods>',
			),
		).toEqual([]);
	});
});

describe('mistakes, each at file:line:column with its rule', () => {
	it('reports an unknown source with the closest known ids', async () => {
		const { diagnostics } = await render('Line one [!note].\n\nA claim [@ap-onee].');
		expect(diagnostics).toEqual([
			expect.objectContaining({ file: FIXTURE_ARTICLE, line: 3, column: 10, ruleId: 'unknown-source' }),
		]);
		expect(diagnostics[0]!.reason).toMatch(/Unknown source `@ap-onee`.*closest known ids: `ap-one`/);
	});

	it('reports every problem in the file at once', async () => {
		expect(await problems('A [@]. B [@a;;].\n\nC [@x, "open].')).toEqual([
			'1:4 marker-empty-id',
			'1:14 marker-expected-id',
			'3:8 marker-unclosed-quote',
		]);
	});

	it('reports a stray `]`, a marker with no claim, in formatting, in a heading', async () => {
		expect(await problems('A claim [@ap-one]].')).toEqual(['1:18 marker-stray-bracket']);
		expect(await problems('[@ap-one] starts the paragraph.')).toEqual([
			'1:1 marker-without-claim',
			'1:10 uncited-sentence',
		]);
		expect(await problems('A claim *in italics [@ap-one]* [!note].')).toEqual(['1:21 marker-in-formatting']);
		expect(await problems('# Title [@ap-one]\n\nText [!note].')).toEqual(['1:9 marker-misplaced']);
	});

	it('reports a quote that a `[@` interrupts as unclosed, as the Markdown parser reads it (one lexer for both)', async () => {
		// The parser sees no marker here: `[@` inside a quote means the quote never closed. The grammar agrees.
		expect(await problems('The envoy said it [@ap-one, "she said [@x", quote].')).toEqual([
			'1:29 marker-unclosed-quote',
			'1:42 marker-unexpected',
		]);
	});

	it('reports a quote over the length limit at its opening quote mark', async () => {
		expect(await problems(`Line one [!note].\n\nA claim [@ap-one, "${'word '.repeat(300)}"].`)).toEqual([
			'3:19 marker-quote-too-long',
		]);
	});

	it('reports an unclosed marker where it starts', async () => {
		expect(await problems('A claim [@ap-one and more text.')).toEqual(['1:9 marker-unclosed']);
	});

	it('reports every problem as a message on the file, placed, with its rule and our source, errors marked fatal but not thrown', async () => {
		const sources = loadSources(FIXTURE_SOURCES);
		const processor = unified()
			.use(remarkParse)
			.use(claimsPlugins({ sources: () => sources }));
		const file = new VFile({ value: 'A [@]. B [@nope].\n\nUncited words here.', path: 'content/articles/test.mdx' });
		processor.runSync(processor.parse(file), file);
		expect(file.messages.map((m) => [m.line, m.column, m.ruleId, m.source, m.fatal])).toEqual([
			[1, 4, 'marker-empty-id', MESSAGE_SOURCE, true],
			[1, 11, 'unknown-source', MESSAGE_SOURCE, true],
			[3, 1, 'uncited-sentence', MESSAGE_SOURCE, true],
		]);
		expect(file.messages[1]!.reason).toMatch(/^Unknown source `@nope`/);
		// The one adapter the site and the tests read them through.
		expect(
			diagnosticsOf(file.messages).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`),
		).toEqual([
			'content/articles/test.mdx:1:4 error marker-empty-id',
			'content/articles/test.mdx:1:11 error unknown-source',
			'content/articles/test.mdx:3:1 error uncited-sentence',
		]);
	});
});
