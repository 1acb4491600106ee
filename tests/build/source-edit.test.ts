/**
 * A source record corrected: the pages citing it show the correction, and
 * no article is compiled again, since an article's compile reads only its
 * own text and ledger (its notes are made by its page). Two real builds of
 * one copy of the fixture, the second a rebuild over the first's cache,
 * with one article edited too: that one, and only that one, is compiled.
 * The builds: source-edit.builds.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../scripts/build-site.ts';
import { job } from '../support/builds.ts';
import { OUT as out, type SourceEditBuilds } from './source-edit.builds.ts';

let first: BuildResult;
let rebuilt: BuildResult;
let before: Set<string>;
let after: Set<string>;
beforeAll(async () => {
	const builds = await job<SourceEditBuilds>('source-edit');
	({ first, rebuilt } = builds);
	before = new Set(builds.before);
	after = new Set(builds.after);
}, 600_000); // it waits for the builds queued before these (tests/support/build-service.ts)

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
