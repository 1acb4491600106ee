/**
 * What MDX makes of an article's images, compiled by the processor the
 * build configures, with the claims plugins: an accepted image becomes an
 * `import` Astro optimises; a refused one leaves no trace in the module, so
 * nothing is imported, run or read for it.
 */
import { resolve } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/data/sources.ts';
import { claimsPlugins } from '../../src/markdown/pipeline.ts';
import { FIXTURE_ARTICLE, FIXTURE_IMAGES, FIXTURE_SOURCES } from '../support/render.ts';

async function compile(body: string): Promise<{ code: string; problems: string[] }> {
	const sources = loadSources(FIXTURE_SOURCES);
	let problems: string[] = [];
	const keepProblems = () => (_tree: unknown, file: VFile) => {
		problems = file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
	};
	const remarkPlugins = [
		remarkGfm,
		...claimsPlugins({ sources: () => sources, contentRoot: FIXTURE_IMAGES }),
		keepProblems,
	];
	const processor = unified({ gfm: false, smartypants: false, remarkPlugins: remarkPlugins as never });
	const renderer = await processor.createMdxRenderer!(
		{ syntaxHighlight: false } as never,
		{ srcDir: new URL('file:///site/src/'), sourcemap: false } as never,
	);
	const { code } = await renderer.process(body, resolve(FIXTURE_ARTICLE), { title: 'Title', published: '2025-01-01' });
	return { code, problems };
}

/** The module specifiers the compiled article imports. */
function imports(code: string): string[] {
	return [...code.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

describe('compiled article images', () => {
	it('imports an accepted image, from a Markdown image and from <Figure>', async () => {
		const { code, problems } = await compile(
			'A harbour [!note].\n\n![The harbour](./images/a.jpg)\n\n<Figure src="./a.jpg" alt="A harbour" credit="Us" />\n',
		);
		expect(problems).toEqual([]);
		expect(imports(code)).toEqual(expect.arrayContaining(['./images/a.jpg', './a.jpg']));
	});

	it('checks every definition a reference-style image may be compiled from: the first of a name, as MDX takes it, and any later one', async () => {
		const first = await compile('A harbour [!note].\n\n![A harbour][h]\n\n[h]: ./a.jpg\n');
		expect(first.problems).toEqual([]);
		expect(imports(first.code).filter((specifier) => specifier.startsWith('.'))).toEqual(['./a.jpg']);
		// The first is the one compiled, but the later one would be if the first left the tree (in a refused block).
		const later = await compile('A harbour [!note].\n\n![A harbour][h]\n\n[h]: ./a.jpg\n[h]: ./chart.js\n');
		expect(later.problems).toEqual(['6:1 image-format']);
		expect(imports(later.code).filter((specifier) => specifier.startsWith('.'))).toEqual([]);
		const second = await compile('A harbour [!note].\n\n![A harbour][h]\n\n[h]: ./chart.js\n[H]: ./a.jpg\n');
		expect(second.problems).toEqual(['3:1 image-format']);
		expect(imports(second.code).filter((specifier) => specifier.startsWith('.'))).toEqual([]);
	});

	it.each([
		['a <Figure> of a script', '<Figure src="./chart.js" alt="A chart" credit="Us" />', '1:9 image-format'],
		['a <Figure> of a bare module', '<Figure src="fs" alt="A chart" credit="Us" />', '1:9 image-address'],
		[
			'a <Figure> reading the environment',
			'<Figure src="../../../../../../proc/self/environ?raw" alt="A chart" credit="Us" />',
			'1:9 image-address',
		],
		['a Markdown image of a script', 'A chart [!note].\n\n![A chart](./chart.js)', '3:1 image-format'],
		[
			'a Markdown image of a project module',
			'A chart [!note].\n\n![A chart](../../../../src/server/serve.ts)',
			'3:1 image-format',
		],
		['a reference-style image of a script', 'A chart [!note].\n\n![A chart][c]\n\n[c]: ./chart.js', '3:1 image-format'],
		[
			'a Markdown image with a broken escape',
			'A chart [!note].\n\n![A chart](./images/%E0%A4%A.png)',
			'3:1 image-address',
		],
		['a Markdown image of an SVG', 'A map [!note].\n\n![A map](./images/map.svg)', '3:1 image-format'],
	])('imports nothing for %s', async (_name, body, problem) => {
		const { code, problems } = await compile(body);
		expect(problems).toEqual([problem]);
		expect(imports(code).filter((specifier) => !/^astro[/:]|^@astrojs\//.test(specifier))).toEqual([]);
		// The address stays only in the problem's own message (the frontmatter's `problems`), never in code.
		expect(code.replace(/^\s*"reason": ".*$/gm, '')).not.toMatch(/chart\.js|environ|serve\.ts|map\.svg|%E0/);
	});
});
