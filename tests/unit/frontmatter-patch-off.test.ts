/**
 * With the patches off (`EXPLAINER_ACCELERATORS=0`), glob parses each
 * article's frontmatter itself, and would stop at a broken one without a
 * position. So the articles loader checks every article first and stops
 * the content sync with every frontmatter problem at its file, line and
 * column, before glob reads anything. (Patched, the same problems come
 * with the bodies' in one round: tests/build/record-errors.test.ts; that
 * valid articles build the same either way: tests/build/accelerators.test.ts.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { articlesLoader } from '../../src/loaders/articles.ts';
import { ContentError } from '../../src/diagnostics/diagnostic.ts';

const dirs: string[] = [];
const switched = process.env.EXPLAINER_ACCELERATORS;
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	if (switched === undefined) delete process.env.EXPLAINER_ACCELERATORS;
	else process.env.EXPLAINER_ACCELERATORS = switched;
});

/** A content folder whose `articles/` holds `files`. */
function articles(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'frontmatter-off-'));
	dirs.push(root);
	mkdirSync(join(root, 'articles'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'articles', name), text);
	return root;
}

/** Only what the loader reads before it would hand the context to glob. */
function context(root: string): LoaderContext {
	return {
		collection: 'articles',
		config: { root: pathToFileURL(`${root}/`) },
		store: {},
		logger: { warn: () => undefined },
		parseData: (props: { data: unknown }) => Promise.resolve(props.data),
	} as unknown as LoaderContext;
}

describe('the articles loader with the patches off', () => {
	it('stops before glob reads anything, listing every broken frontmatter at its place', async () => {
		const root = articles({
			'alpha.mdx': '---\ntitle: Fine\ndescription: A valid one.\npublished: 2025-01-02\n---\n\nText.\n',
			'beta.mdx': '---\ntitle: "Unclosed\npublished: 2025-01-02\n---\n\nText.\n',
			'gamma.mdx': '---\ntitle: Fine\npublished: not a date\n---\n\nText.\n',
		});
		process.env.EXPLAINER_ACCELERATORS = '0';
		const load = articlesLoader({ base: join(root, 'articles'), pattern: '**/*.mdx' }).load(context(root));
		const error = await load.then(
			() => undefined,
			(e: unknown) => e,
		);
		expect(error).toBeInstanceOf(ContentError);
		const found = (error as ContentError).diagnostics.map((d) => `${d.file.split('/').pop()}:${d.line}:${d.column}`);
		// The unclosed quote where YAML finds it; the missing field and the bad date, both in one file.
		expect(found).toEqual(['beta.mdx:3:22', 'gamma.mdx:2:1', 'gamma.mdx:3:12']);
		expect((error as Error).message).toMatch(/^3 problems in content:\n/);
		expect((error as Error).message).toContain('Invalid YAML: Missing closing "quote');
		expect((error as Error).message).toContain('expected a real date written YYYY-MM-DD');
	});
});
