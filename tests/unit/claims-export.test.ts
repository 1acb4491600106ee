/**
 * The claims record goes into a compiled article's `frontmatter` export as
 * one `JSON.parse("…")` string, not an object literal: the page must get
 * the same object as before, and everything else in the frontmatter stays
 * as it was. Compiled by the same MDX processor the build configures.
 */
import { unified } from '@astrojs/markdown-remark';
import type { Node } from 'estree';
import { parseAst } from 'vite';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { recmaClaimsIn, rehypeClaimsOut } from '../../src/integrations/patches/claims-export.ts';

// What remark-claims records, with the characters a JSON string must escape.
const CLAIMS = {
	claims: [
		{
			id: 'c-1',
			paragraph: 'p-1',
			text: 'He said “yes” \\ "no" </script> \u2028 𝄞',
			origins: 2,
			sources: [{ id: 'source-1', support: 'quote', quote: 'yes', at: 12 }],
		},
	],
	passages: [{ id: 'p-1', section: 'Title', text: 'He said', sources: ['source-1'] }],
	sourceOrder: ['source-1'],
	headings: [],
};

function remarkRecord() {
	return (_tree: unknown, file: VFile) => {
		const astro = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro;
		Object.assign(astro.frontmatter, { claims: structuredClone(CLAIMS), problems: [] });
	};
}

async function compile(withPlugins: boolean, path = '/site/content/articles/a.mdx'): Promise<string> {
	const processor = unified({
		gfm: false,
		smartypants: false,
		remarkPlugins: [remarkRecord],
		...(withPlugins ? { rehypePlugins: [rehypeClaimsOut], recmaPlugins: [recmaClaimsIn] } : {}),
	});
	const renderer = await processor.createMdxRenderer!(
		{ syntaxHighlight: false } as never,
		{ srcDir: new URL('file:///site/src/'), sourcemap: false } as never,
	);
	const { code } = await renderer.process('Some text.\n', path, { title: 'Title', published: '2025-01-01' });
	return code;
}

/** The `frontmatter` export's initializer: its source and its value. */
function frontmatterOf(code: string): { source: string; value: unknown } {
	const program = parseAst(code) as unknown as { body: (Node & { start: number; end: number })[] };
	for (const statement of program.body) {
		if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') continue;
		const init = statement.declaration.declarations[0]!.init as Node & { start: number; end: number };
		const source = code.slice(init.start, init.end);
		return { source, value: new Function(`return (${source});`)() };
	}
	throw new Error('no frontmatter export');
}

describe('the claims record in the frontmatter export', () => {
	it('is the same object, written as one JSON string', async () => {
		const before = frontmatterOf(await compile(false));
		const after = frontmatterOf(await compile(true));
		expect(after.value).toStrictEqual(before.value);
		expect((after.value as { claims: unknown }).claims).toStrictEqual(CLAIMS);
		expect(after.source).toMatch(/"claims": JSON\.parse\("/);
		expect(before.source).not.toMatch(/JSON\.parse/);
	});

	it('leaves a file that is not MDX alone', async () => {
		const data = { astro: { frontmatter: { claims: CLAIMS } } };
		rehypeClaimsOut()(undefined, { path: '/site/content/page.md', data } as unknown as VFile);
		expect(data.astro.frontmatter.claims).toBe(CLAIMS);
	});

	it('fails loudly when the compiled frontmatter has no placeholder to fill', () => {
		const program = parseAst('export const frontmatter = { "claims": "something else" };') as never;
		expect(() => recmaClaimsIn()(program, { path: 'a.mdx', data: { claimsJson: '{}' } } as unknown as VFile)).toThrow(
			/a\.mdx: the claims placeholder is missing/,
		);
	});
});
