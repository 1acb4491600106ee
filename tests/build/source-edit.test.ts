/**
 * A source record corrected: the pages citing it show the correction, and
 * no article is compiled again, since an article's compile reads only its
 * own text and ledger (its notes are made by its page). Two real builds of
 * one copy of the fixture, the second a rebuild over the first's cache,
 * with one article edited too: that one, and only that one, is compiled.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../scripts/build-site.ts';
import { oneBuildAtATime } from '../support/build-lock.ts';
import { variant } from '../support/content-variant.ts';
import { BUILD_ROOT, FIXTURE_TODAY } from '../support/paths.ts';

const content = variant('source-edit', []);
const out = join(BUILD_ROOT, 'built-source-edit');
const cache = join(BUILD_ROOT, 'cache-source-edit');
const build = () =>
	oneBuildAtATime(() => buildSite(content, out, { cache, incremental: true, env: { EXPLAINER_TODAY: FIXTURE_TODAY } }));
/** The compiled articles the cache holds (patches/article-modules.ts): a compile writes new ones. */
const compiled = () => new Set(readdirSync(join(cache, 'articles')));

function edit(file: string, from: string, to: string): void {
	const path = join(content, file);
	const text = readFileSync(path, 'utf8');
	if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
	writeFileSync(path, text.replace(from, to));
}

let first: BuildResult;
let rebuilt: BuildResult;
let before: Set<string>;
let after: Set<string>;
beforeAll(async () => {
	first = await build();
	before = compiled();
	edit('sources/wire-one.yaml', 'outlet: "Wire Service"', 'outlet: "Renamed Wire"');
	edit('articles/gamma.mdx', 'The harbour reopened on Tuesday', 'The harbour reopened late on Tuesday');
	rebuilt = await build();
	after = compiled();
}, 600_000);

describe('a source record corrected', () => {
	it('compiles no article again: only the one article edited beside it', () => {
		expect(first.code, first.output).toBe(0);
		expect(rebuilt.code, rebuilt.output).toBe(0);
		const added = [...after].filter((name) => !before.has(name));
		const dropped = [...before].filter((name) => !after.has(name));
		// One compiled article is a module and its two string files (patches/module-strings.ts).
		expect(added).toHaveLength(3);
		expect(dropped).toHaveLength(3);
		expect(after.size).toBe(before.size);
	});

	it('shows the correction in the notes and markers of every article citing it', () => {
		for (const slug of ['alpha', 'beta']) {
			const page = parse(readFileSync(join(out, slug, 'index.html'), 'utf8'));
			const note = page.querySelector('li.note[data-source="wire-one"] .note-outlet')!;
			expect(note.text).toBe('Renamed Wire');
			const marker = page.querySelector(`a[href="#${page.querySelector('li.note[data-source="wire-one"]')!.id}"]`)!;
			expect(marker.getAttribute('aria-label')).toMatch(/^Source \d+: Renamed Wire/);
		}
	});
});
