/**
 * The builds tests/build/ledger-rebuild.test.ts reads: a copy of the
 * fixture built, its claim ledger edited, and built again over the same
 * cache (run by the global setup's build queue).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from '../../scripts/build-site.ts';
import type { Astro } from '../support/build-service.ts';
import { variant } from '../support/content-variant.ts';
import { BUILD_ROOT, FIXTURE_TODAY } from '../support/paths.ts';

export const OLD = 'c-a-treaty-text-sets-ptc5t9';
export const NEW = 'c-a-treaty-text-sets-zzzzzz';
export const OUT = join(BUILD_ROOT, 'built-ledger-rebuild');
const cache = join(BUILD_ROOT, 'cache-ledger-rebuild');
export const page = (path: string) => readFileSync(join(OUT, path, 'index.html'), 'utf8');

export interface LedgerBuilds {
	first: BuildResult;
	/** The source page citing the claim, after the first build. */
	before: string;
	second: BuildResult;
}

export default async function builds(astro: Astro): Promise<LedgerBuilds> {
	const dir = variant('ledger-rebuild', []);
	rmSync(cache, { recursive: true, force: true });
	const build = () => astro(dir, OUT, { cache, incremental: true, env: { EXPLAINER_TODAY: FIXTURE_TODAY } });
	const first = await build();
	const before = page('sources/treaty-three');
	const ledger = join(dir, 'articles/alpha.claims.json');
	const text = readFileSync(ledger, 'utf8');
	if (!text.includes(OLD)) throw new Error(`alpha.claims.json does not contain ${OLD}`);
	writeFileSync(ledger, text.replace(OLD, NEW));
	const second = await build();
	return { first, before, second };
}
