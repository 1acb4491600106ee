/**
 * The builds tests/build/rebuilds.test.ts reads: one copy of the fixture,
 * with a sentence a correction names copy-edited, built; then a source
 * record and one article edited, and built again over the same cache;
 * then its claim ledger alone edited, and built again (run by the global
 * setup's build queue). Each rebuild is incremental, as `npm run build` is.
 * The copy also has record-errors.test.ts's awkward but valid records, in
 * articles and records these rebuilds leave alone, and the first build is
 * copied for that suite before the rebuilds change it: one build serves both.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from '../../scripts/build-site.ts';
import type { Astro } from '../support/build-service.ts';
import { variant } from '../support/content-variant.ts';
import { BUILD_ROOT, FIXTURE_TODAY } from '../support/paths.ts';
import { AWKWARD_EDITS, AWKWARD_OUT } from './record-errors.builds.ts';

export const OUT = join(BUILD_ROOT, 'built-rebuilds');
const cache = join(BUILD_ROOT, 'cache-rebuilds');
/** The claim whose id the ledger edit changes. */
export const OLD = 'c-a-treaty-text-sets-ptc5t9';
export const NEW = 'c-a-treaty-text-sets-zzzzzz';
export const page = (path: string) => readFileSync(join(OUT, path, 'index.html'), 'utf8');

export interface Rebuilds {
	/** The copy-edited fixture, with the awkward records (its site copied to AWKWARD_OUT). */
	first: BuildResult;
	/** After a source record and one article were edited, started by another command than the first build. */
	rebuilt: BuildResult;
	/** The compiled articles the cache holds (patches/article-modules.ts) before and after it: a compile writes new ones. */
	before: string[];
	after: string[];
	/** The source page citing the claim, before the ledger edit. */
	sourcePage: string;
	/** After the ledger alone was edited. */
	ledgerRebuilt: BuildResult;
}

export default async function builds(astro: Astro): Promise<Rebuilds> {
	const content = variant('rebuilds', [
		[
			'articles/alpha.mdx',
			'The envoy repeated the claim on *television* [@wire-one]',
			'The envoy, officials said, repeated the claim on *television* [@wire-one]',
		],
		...AWKWARD_EDITS,
		// Under embargo, with tag-like text in the head (rebuilds.test.ts: still out of the sitemap).
		[
			'articles/delta.mdx',
			'description: "The fixture explainer under embargo."',
			'description: "The fixture explainer under embargo: what </head><body> and <style> mean."',
		],
	]);
	// `launcher`: the shell's `$_`, the command that started the build, which differs between a terminal,
	// `npm run build` and a deploy script; a rebuild must reuse the unchanged pages whichever started it.
	const build = (launcher = '/usr/bin/env') =>
		astro(content, OUT, { cache, incremental: true, env: { EXPLAINER_TODAY: FIXTURE_TODAY, _: launcher } });
	const compiled = () => readdirSync(join(cache, 'articles'));
	const edit = (file: string, from: string, to: string) => {
		const path = join(content, file);
		const text = readFileSync(path, 'utf8');
		if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
		writeFileSync(path, text.replace(from, to));
	};
	const first = await build();
	rmSync(AWKWARD_OUT, { recursive: true, force: true });
	cpSync(OUT, AWKWARD_OUT, { recursive: true });
	const before = compiled();
	edit('sources/wire-one.yaml', 'outlet: "Wire Service"', 'outlet: "Renamed Wire"');
	edit('articles/gamma.mdx', 'The harbour reopened on Tuesday', 'The harbour reopened late on Tuesday');
	const rebuilt = await build('/usr/local/bin/deploy-site');
	const after = compiled();
	const sourcePage = page('sources/treaty-three');
	edit('articles/alpha.claims.json', OLD, NEW);
	const ledgerRebuilt = await build();
	return { first, rebuilt, before, after, sourcePage, ledgerRebuilt };
}
