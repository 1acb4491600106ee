/**
 * The articles loader keeps each article's claims record in the content
 * store between builds, and glob skips a file whose text is unchanged. An
 * edit to the claim ledger alone changes the article's claim ids all the
 * same: the next build (same cache, no `--force`, as `npm run build` runs)
 * must parse the article again, so the pages across explainers link to
 * the claim's new id, not to one the article no longer has.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../scripts/build-site.ts';
import { oneBuildAtATime } from '../support/build-lock.ts';
import { BUILD_ROOT, FIXTURE_TODAY } from '../support/paths.ts';
import { variant } from '../support/content-variant.ts';

const OLD = 'c-a-treaty-text-sets-ptc5t9';
const NEW = 'c-a-treaty-text-sets-zzzzzz';
const out = join(BUILD_ROOT, 'built-ledger-rebuild');
const cache = join(BUILD_ROOT, 'cache-ledger-rebuild');
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

let first: BuildResult;
let second: BuildResult;
let before: string;
beforeAll(async () => {
	const dir = variant('ledger-rebuild', []);
	rmSync(cache, { recursive: true, force: true });
	const env = { EXPLAINER_TODAY: FIXTURE_TODAY };
	const build = () => oneBuildAtATime(() => buildSite(dir, out, { cache, incremental: true, env }));
	first = await build();
	before = page('sources/treaty-three');
	const ledger = join(dir, 'articles/alpha.claims.json');
	const text = readFileSync(ledger, 'utf8');
	if (!text.includes(OLD)) throw new Error(`alpha.claims.json does not contain ${OLD}`);
	writeFileSync(ledger, text.replace(OLD, NEW));
	second = await build();
}, 600_000); // it may wait for another file's builds (build-lock.ts)

describe('a rebuild after an edit to a claim ledger alone', () => {
	it('links the source page to the claim by the id the ledger gives it now', () => {
		expect(first.code, first.output).toBe(0);
		expect(before).toContain(`alpha/#${OLD}`);
		expect(second.code, second.output).toBe(0);
		const source = page('sources/treaty-three');
		expect(source).toContain(`alpha/#${NEW}`);
		expect(source).not.toContain(OLD);
		expect(page('alpha')).toContain(`id="${NEW}"`);
	});
});
