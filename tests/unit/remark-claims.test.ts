import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/claims/issues.ts';
import { renderMarkdown } from '../support/render-markdown.ts';

async function failure(markdown: string): Promise<ContentError> {
	const error = await renderMarkdown(markdown).then(
		() => undefined,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(ContentError);
	return error as ContentError;
}

describe('remark-claims output', () => {
	it('wraps the claim, links the marker to its note and the note back to the claim', async () => {
		const { html } = await renderMarkdown('Intro sentence. The envoy said the leader agreed [@ap-one, "exact words"].');
		const claim = /<span class="claim" id="(c-[^"]+)">The envoy said the leader agreed<\/span>/.exec(html);
		expect(claim).not.toBeNull();
		const noteRef = /<a href="#(p-[^"]+-s1)" role="doc-noteref" aria-label="Source 1: Associated Press, 17 Aug 2025"[^>]*>1<\/a>/.exec(html);
		expect(noteRef).not.toBeNull();
		expect(html).toContain(`<li class="note" id="${noteRef![1]}"`);
		expect(html).toContain(`href="#${claim![1]}" role="doc-backlink"`);
		expect(html).toContain('“exact words”');
		expect(html).toContain('<a class="note-title" href="https://example.org/ap-one" rel="noopener">Envoy says leader agreed</a>');
		expect(html).toContain('href="https://example.org/ap-one#:~:text=exact%20words"');
		expect(html).not.toContain('[@');
	});

	it('numbers each source once per page, in order of first citation', async () => {
		const { html, frontmatter } = await renderMarkdown('A [@reuters-two]. B [@ap-one].\n\nC [@ap-one; @reuters-two].');
		expect(frontmatter.sourceOrder).toEqual(['reuters-two', 'ap-one']);
		const labels = [...html.matchAll(/aria-label="Source (\d): (\w+)/g)].map((m) => `${m[1]}${m[2]}`);
		expect(labels).toEqual(['1Reuters', '2Associated', '2Associated', '1Reuters']);
	});

	it('lists each paragraph’s sources in marker order, merging repeats', async () => {
		const { html } = await renderMarkdown('First [@ap-one, "one"]. Second [@reuters-two]. Third [@ap-one, "two"].');
		const aside = html.slice(html.indexOf('<aside'));
		const entries = [...aside.matchAll(/<li class="note" id="[^"]+" value="(\d)"/g)].map((m) => m[1]);
		expect(entries).toEqual(['1', '2']);
		expect(aside.indexOf('“one”')).toBeLessThan(aside.indexOf('“two”'));
		expect(aside.indexOf('“two”')).toBeLessThan(aside.indexOf('Reuters'));
	});

	it('leaves uncited paragraphs without an aside but gives them ids for search', async () => {
		const { html, frontmatter } = await renderMarkdown('## Heading\n\nNo citations here.');
		expect(html).toMatch(/<p id="p-no-citations-here-[0-9a-z]{6}">/);
		expect(frontmatter.paragraphs).toEqual([{ id: expect.stringMatching(/^p-no-citations-here-/), section: 'Heading', text: 'No citations here.', sources: [] }]);
		expect(html).not.toContain('<aside');
	});

	it('records claims for the sources page', async () => {
		const { frontmatter } = await renderMarkdown('One thing happened [@ap-one, "q"].');
		expect(frontmatter.claims).toEqual([
			expect.objectContaining({ text: 'One thing happened', outlets: 1, sources: [{ id: 'ap-one', quote: 'q', support: 'paraphrase' }] }),
		]);
	});

	it('labels support: authored directness and status, derived corroboration', async () => {
		const { html, frontmatter } = await renderMarkdown('Both said so [@ap-one, "a", quote; @reuters-two; !disputed]. Only one said this [@ap-one, analysis].');
		const labels = [...html.matchAll(/<p class="labels">(.*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
		expect(labels).toEqual([
			'Support: Direct quote Corroborated (2 outlets) Disputed',
			'Support: Outlet’s analysis One outlet',
			'Support: Paraphrase Corroborated (2 outlets) Disputed',
		]);
		expect(frontmatter.claims).toEqual([
			expect.objectContaining({ status: 'disputed', outlets: 2 }),
			expect.objectContaining({ outlets: 1, sources: [{ id: 'ap-one', support: 'analysis' }] }),
		]);
	});

	it('marks each marker with the claim it supports', async () => {
		const { html } = await renderMarkdown('First claim [@ap-one]. Second claim [@reuters-two].');
		const claims = [...html.matchAll(/<span class="claim" id="([^"]+)"/g)].map((m) => m[1]);
		const markers = [...html.matchAll(/<sup class="marker" data-claim="([^"]+)"/g)].map((m) => m[1]);
		expect(markers).toEqual(claims);
	});

	it('keeps claim ids when unrelated text changes', async () => {
		const a = await renderMarkdown('Unrelated intro. The claim stays [@ap-one].');
		const b = await renderMarkdown('A different intro entirely.\n\nNew paragraph. The claim stays [@ap-one].');
		const id = (html: string) => /<span class="claim" id="([^"]+)">The claim stays/.exec(html)?.[1];
		expect(id(a.html)).toBeDefined();
		expect(id(a.html)).toBe(id(b.html));
	});

	it('keeps verbatim quotes even after smart punctuation', async () => {
		const { frontmatter } = await renderMarkdown(`He said so [@ap-one, "it's a 'test' -- really..."].`);
		const claims = frontmatter.claims as { sources: { quote: string }[] }[];
		expect(claims[0]!.sources[0]!.quote).toBe(`it's a 'test' -- really...`);
	});

	it('handles a claim that contains emphasis', async () => {
		const { html } = await renderMarkdown('Before. He spoke on *Fox News Sunday* today [@ap-one].');
		expect(html).toMatch(/<span class="claim" id="[^"]+">He spoke on <em>Fox News Sunday<\/em> today<\/span>/);
	});
});

describe('remark-claims errors (file:line:column)', () => {
	it('reports an unknown source with the closest known ids', async () => {
		const error = await failure('Line one.\n\nA claim [@ap-onee].');
		expect(error.issues).toHaveLength(1);
		expect(error.issues[0]).toMatchObject({ file: 'content/articles/test.mdx', line: 3, column: 10, ruleId: 'unknown-source' });
		expect(error.message).toContain('content/articles/test.mdx:3:10');
		expect(error.message).toContain('Unknown source `@ap-onee`');
		expect(error.message).toContain('closest known ids: `ap-one`');
	});

	it('reports every problem in the file at once', async () => {
		const error = await failure('A [@]. B [@a;;].\n\nC [@x, "open].');
		expect(error.issues.map((i) => [i.ruleId, i.line, i.column])).toEqual([
			['marker-empty-id', 1, 4],
			['marker-expected-id', 1, 14],
			['marker-unclosed-quote', 3, 8],
		]);
	});

	it('reports a marker with no claim before it', async () => {
		const error = await failure('[@ap-one] starts the paragraph.');
		expect(error.issues[0]).toMatchObject({ ruleId: 'marker-without-claim', line: 1, column: 1 });
	});

	it('reports a marker inside emphasis', async () => {
		const error = await failure('A claim *in italics [@ap-one]*.');
		expect(error.issues[0]).toMatchObject({ ruleId: 'marker-in-formatting', line: 1, column: 9 });
	});

	it('reports a marker in a heading', async () => {
		const error = await failure('# Title [@ap-one]\n\nText.');
		expect(error.issues[0]).toMatchObject({ ruleId: 'marker-misplaced', line: 1 });
	});
});
