/**
 * The article body is content, not code: what an author may write, and the
 * positioned error for everything else (no script reaches a reader, no
 * expression runs on the build machine).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLOWED_BLOCKS } from '../../src/markdown/content-policy.ts';
import { problems, render } from '../support/render.ts';
import { TEMPLATE_ID_PATTERN, TEMPLATE_IDS } from '../../src/site.ts';

describe('content policy', () => {
	const cases: [string, string, string[]][] = [
		['an import', "import { readFileSync } from 'node:fs'\n\nText [!note].", ['1:1 mdx-esm']],
		['an export', 'export const x = 1\n\nText [!note].', ['1:1 mdx-esm']],
		['an expression printing the build machine’s home', 'Home is {process.env.HOME} [!note].', ['1:9 mdx-expression']],
		['an expression that would throw at render', 'Oops {alert(1)} [!note].', ['1:6 mdx-expression']],
		['a script element', '<script>alert(1)</script>\n\nText [!note].', ['1:1 mdx-component']],
		['an image with an event handler', 'Look <img src="x" onerror="alert(1)" /> here [!note].', ['1:6 mdx-component']],
		['a raw link to javascript:', 'Click <a href="javascript:alert(1)">here</a> [!note].', ['1:7 mdx-component']],
		['a Markdown link to javascript:', 'Click [here](javascript:alert(1)) [!note].', ['1:7 unsafe-url']],
		['a data: link', 'See [this](data:text/html,hi) [!note].', ['1:5 unsafe-url']],
		['a protocol-relative link', 'See [this](//evil.example/) [!note].', ['1:5 unsafe-url']],
		[
			'an attribute on an allowed block',
			'<KeyPoints class="x">\n\n- A point [!note].\n\n</KeyPoints>',
			['1:12 mdx-attribute'],
		],
		[
			'an event handler on <KeyPoints>',
			'<KeyPoints onclick="alert(1)">\n\n- A point [!note].\n\n</KeyPoints>',
			['1:12 mdx-attribute'],
		],
		[
			'the heading id the adapter sets, written on <KeyPoints>',
			'<KeyPoints headingId="main">\n\n- A point [!note].\n\n</KeyPoints>',
			['1:12 mdx-attribute'],
		],
		[
			'an expression attribute on <Methods>',
			'<Methods title={process.env.HOME}>\n\nWe read it.\n\n</Methods>',
			['1:10 mdx-attribute'],
		],
		[
			'the events list the adapter sets, written on <Timeline />',
			'<Timeline items=\'[{"event":"x","passage":"y"}]\' />',
			['1:11 mdx-attribute'],
		],
		['a spread on <Timeline />', '<Timeline {...props} />', ['1:11 mdx-attribute']],
		[
			'an event handler on <Figure>',
			'<Figure src="./a.jpg" alt="A harbour" credit="Us" onload="alert(1)" />',
			['1:51 mdx-attribute'],
		],
		[
			'an expression on <Figure>',
			'<Figure src={secret} alt="A harbour" credit="Us" />',
			['1:1 mdx-attribute', '1:9 mdx-attribute'],
		],
		['a <Figure> without alt text', '<Figure src="./a.jpg" credit="Us" />', ['1:1 image-alt']],
		['a <Figure> with empty alt text', '<Figure src="./a.jpg" alt=" " credit="Us" />', ['1:1 image-alt']],
		['a <Figure> without a credit', '<Figure src="./a.jpg" alt="A harbour" />', ['1:1 figure-credit']],
		['a remote <Figure>', '<Figure src="https://x.example/a.jpg" alt="A harbour" credit="Us" />', ['1:9 remote-image']],
		[
			'a protocol-relative <Figure>',
			'<Figure src="//x.example/a.jpg" alt="A harbour" credit="Us" />',
			['1:9 remote-image'],
		],
		[
			'the credit HTML the adapter sets, written on <Figure>',
			'<Figure src="./a.jpg" alt="A harbour" credit="Us" creditHtml="<img src=x onerror=alert(1)>" />',
			['1:51 mdx-attribute'],
		],
		['a remote Markdown image', 'See ![A harbour](https://x.example/a.jpg) [!note].', ['1:5 remote-image']],
		['a Markdown image without alt text', 'See ![](./a.jpg) [!note].', ['1:5 image-alt']],
		['a <Figure> of a script', '<Figure src="./chart.js" alt="A chart" credit="Us" />', ['1:9 image-format']],
		['a <Figure> of a module by bare name', '<Figure alt="A chart" credit="Us"\n  src="fs" />', ['2:3 image-address']],
		[
			'a <Figure> reading the environment as text',
			'<Figure src="../../../../../../proc/self/environ?raw" alt="A chart" credit="Us" />',
			['1:9 image-address'],
		],
		[
			'a second `src` on <Figure>, after an image',
			'<Figure src="./a.jpg" src="./chart.js" alt="A chart" credit="Us" />',
			['1:23 mdx-attribute'],
		],
		[
			'a second `src` on <Figure>, after a script',
			'<Figure src="./chart.js" src="./a.jpg" alt="A chart" credit="Us" />',
			['1:9 image-format', '1:26 mdx-attribute'],
		],
		['a <Figure> of an SVG', '<Figure src="./images/map.svg" alt="A map" credit="Us" />', ['1:9 image-format']],
		['a Markdown image of a script', 'See ![A chart](./chart.js) [!note].', ['1:5 image-format']],
		[
			'a Markdown image outside the content folder',
			'See ![A chart](../../../../package.json.png) [!note].',
			['1:5 image-outside-content'],
		],
		[
			'a missing image, at its own line',
			'One [!note].\n\nTwo [!note].\n\nThree [!note].\n\nFour [!note].\n\n![A map](./images/nope.png)',
			['9:1 image-missing'],
		],
		['a Markdown image with a malformed escape', 'See ![A map](./images/%zz.png) [!note].', ['1:5 image-address']],
		['a reference-style image of a script', 'See ![A chart][c] [!note].\n\n[c]: ./chart.js', ['1:5 image-format']],
		[
			'a remote reference-style image',
			'See ![A harbour][h] [!note].\n\n[h]: https://x.example/a.jpg',
			['1:5 remote-image'],
		],
		['a reference-style image without alt text', 'See ![][h] [!note].\n\n[h]: ./images/a.jpg', ['1:5 image-alt']],
		[
			'a second definition of an image’s name, to a script, behind a first one in a refused block',
			'<Aside>\n\n[r]: ./images/a.jpg\n\n</Aside>\n\n![A harbour][r]\n\n[r]: ../../../../outside/notes.md?raw',
			['1:1 mdx-component', '9:1 image-address'],
		],
		['an unknown component', '<Chart />\n\nText [!note].', ['1:1 mdx-component']],
		['an unclosed tag', 'A <b sentence [!note].', ['1:15 mdx-syntax']],
		['an unclosed brace, at the brace', 'A {sentence [!note].', ['1:3 mdx-syntax']],
		[
			'an iframe and a style element',
			'<iframe src="https://x.example/" />\n\n<style>{"p{}"}</style>',
			['1:1 mdx-component', '3:1 mdx-component'],
		],
	];
	it.each(cases)('rejects %s', async (_name, markdown, expected) => {
		expect(await problems(markdown)).toEqual(expected);
	});

	it('places an unclosed block where it opens, not at 1:1', async () => {
		const { diagnostics } = await render('Intro [!note].\n\n<KeyPoints onClick="alert(1)">\n\n- A point [!note].\n');
		expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['3:1 mdx-syntax']);
		expect(diagnostics[0]!.reason).toMatch(
			/^Expected a closing tag for `<KeyPoints>`, expected each component closed by its own closing tag/,
		);
	});

	it('reports raw HTML and leaves it out of the page, even when the render goes on', async () => {
		const { html, diagnostics } = await render('Text <b onclick="x()">bold</b> [!note].\n\n<div>block</div>');
		expect(diagnostics.map((d) => d.ruleId)).toContain('mdx-component');
		expect(html).not.toMatch(/<b |<div>|onclick/);
	});

	it('allows a local <Figure> with alt text and a credit, and hands the component its caption, credit and image', async () => {
		const { html, diagnostics } = await render(
			'<Figure src="./images/a.jpg" alt="A harbour at dusk" caption="The harbour." credit="Photo: Us" />',
		);
		expect(diagnostics).toEqual([]);
		// The credit as HTML the adapter made: escaped text in `<span class="credit">`.
		expect(html).toMatch(
			/<div data-component="Figure" data-caption="The harbour." data-credithtml="<span class=&#x22;credit&#x22;>Photo: Us<\/span>"><p><img src="\.\/images\/a\.jpg" alt="A harbour at dusk" widths="[^"]+" sizes="[^"]+"><\/p><\/div>/,
		);
	});

	it('reads a citation marker in a <Figure> credit like one in any sentence: a claim, its note after the figure, and its problems at their place', async () => {
		const figure =
			'<Figure src="./images/a.jpg" alt="A harbour at dusk" credit="Photo: Jane Roe / Example Agency [@ap-one]" />';
		const { html, diagnostics, claims } = await render(`A harbour [!note].\n\n${figure}\n`);
		expect(diagnostics).toEqual([]);
		const claim = claims.claims.find((c) => c.text === 'Photo: Jane Roe / Example Agency');
		expect(claim?.sources.map((s) => s.id)).toEqual(['ap-one']);
		const credit = /data-credithtml="([^"]*)"/.exec(html)![1]!.replaceAll('&#x22;', '"');
		expect(credit).toContain(
			`<span class="claim" id="${claim!.id}">Photo: Jane Roe / Example Agency</span><sup class="marker"`,
		);
		const ref = /href="#([^"]+)" role="doc-noteref"/.exec(credit)![1]!;
		// The notes follow the figure, as they follow a paragraph.
		expect(html).toMatch(
			new RegExp(`</div>\\s*<div class="notes" role="note">.*<li class="note" id="${ref}" data-source="ap-one"`, 's'),
		);
		expect(await problems(figure.replace('[@ap-one]', '[@ap-none]'))).toEqual(['1:96 unknown-source']);
		expect(await problems(figure.replace('[@ap-one]', '[@ap-one'))).toEqual(['1:95 marker-unclosed']);
	});

	it('keeps a paragraph with a Markdown image as a tree, so Astro imports and sizes the image; an image alone needs no marker', async () => {
		const { html, diagnostics } = await render('A harbour [!note].\n\n![The harbour at dusk](./images/a.jpg)');
		expect(diagnostics).toEqual([]);
		expect(html).toMatch(/<img src="\.\/images\/a\.jpg" alt="The harbour at dusk" widths="[^"]+" sizes="[^"]+">/);
	});

	it('leaves a refused image out of the page, so MDX imports nothing for it', async () => {
		for (const text of [
			'See ![A chart](./chart.js) [!note].',
			'See ![A chart][c] [!note].\n\n[c]: ./chart.js',
			'<Aside>\n\n[c]: ./images/a.jpg\n\n</Aside>\n\n![A chart][c]\n\n[c]: ./chart.js',
			'<Figure src="./chart.js?raw" alt="A chart" credit="Us" />',
			'<Figure src="./chart.js" src="./a.jpg" alt="A chart" credit="Us" />',
			'<Figure src="./a.jpg" src="./chart.js" alt="A chart" credit="Us" />',
		]) {
			const { html, diagnostics } = await render(text);
			expect(diagnostics.length).toBeGreaterThan(0);
			expect(html).not.toMatch(/<img|chart\.js/);
		}
		// The figure keeps its credit and caption; only its image is gone.
		const { html } = await render('<Figure src="./chart.js" alt="A chart" caption="A caption." credit="Us" />');
		expect(html).toMatch(
			/<div data-component="Figure" data-caption="A caption." data-credithtml="[^"]*Us[^"]*"><\/div>/,
		);
	});

	it('allows Markdown links, paths, fragments and mail', async () => {
		expect(
			await problems(
				'See [a](https://example.org/), [b](/sources/), [c](#p-x), [d](mailto:desk@example.org) and [e](../x/) [!note].',
			),
		).toEqual([]);
	});

	it('hands the allowed components their heading ids and keeps their content in them', async () => {
		const { html, diagnostics, claims } = await render(
			'## Key points\n\nA [!note].\n\n<KeyPoints>\n\n- A point [@ap-one].\n\n</KeyPoints>\n\n<Methods>\n\nWe read it all.\n\n</Methods>',
		);
		expect(diagnostics).toEqual([]);
		// The components render the sections (`src/components/article/`); the ids are unique on the page.
		expect(html).toMatch(
			/<div data-component="KeyPoints" data-headingid="key-points-2"><ul>\s*<li>\s*<p id="p-a-point/,
		);
		expect(html).toMatch(/<div data-component="Methods" data-headingid="how-we-reported-this"><p id="p-we-read-it/);
		expect(claims.headings.map((h) => h.id)).toEqual(['key-points', 'key-points-2', 'how-we-reported-this']);
	});

	it('allows exactly the components in src/components/article/, and the one block the adapter renders itself', () => {
		const files = readdirSync(new URL('../../src/components/article/', import.meta.url)).filter((f) =>
			f.endsWith('.astro'),
		);
		// <ClaimReview> becomes a section of the article's own (src/editorial/claim-review.ts), not a component.
		expect([...files.map((f) => f.replace(/\.astro$/, '')), 'ClaimReview'].sort()).toEqual(
			Object.keys(ALLOWED_BLOCKS).sort(),
		);
	});

	it('never rewrites quotes inside code', async () => {
		const { html } = await render('Use `"straight"` quotes and "curly" ones [!note].');
		expect(html).toContain('<code>"straight"</code> quotes and “curly” ones');
	});

	it('never gives a heading an id the explainer page’s template uses, numbered ones included', async () => {
		const { html } = await render(
			'## Related explainers\n\nA [!note].\n\n## Change 1\n\nB [!note].\n\n## Contents summary\n\nC [!note].\n\n## Change\n\nD [!note].',
			{ reservedIds: TEMPLATE_IDS, reservedIdPattern: TEMPLATE_ID_PATTERN },
		);
		expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1])).toEqual([
			'related-explainers-2',
			'change-1-2',
			'contents-summary-2',
			'change',
		]);
	});

	it('never gives a heading an id of the kind a note or a claim has, which the page makes after the headings', async () => {
		const { html } = await render('Intro [!note].\n\n## P intro ctvstt note\n\nA [!note].\n\n## C-SPAN\n\nB [!note].');
		expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1])).toEqual(['s-p-intro-ctvstt-note', 's-c-span']);
	});

	it('gives headings ids that start with a letter and never collide with the page’s own', async () => {
		const { html } = await render(
			'## 18 August: the meeting\n\nA [!note].\n\n## Main\n\nB [!note].\n\n## Main\n\nC [!note].',
			{ reservedIds: ['main'] },
		);
		expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1])).toEqual([
			's-18-august-the-meeting',
			'main-2',
			'main-3',
		]);
	});
});
