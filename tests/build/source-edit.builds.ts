/**
 * The builds tests/build/source-edit.test.ts reads: a copy of the fixture
 * built, a source record and one article edited, and built again over the
 * same cache (run by the global setup's build queue).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from '../../scripts/build-site.ts';
import type { Astro } from '../support/build-service.ts';
import { variant } from '../support/content-variant.ts';
import { BUILD_ROOT, FIXTURE_TODAY } from '../support/paths.ts';

export const OUT = join(BUILD_ROOT, 'built-source-edit');
const cache = join(BUILD_ROOT, 'cache-source-edit');

export interface SourceEditBuilds {
	first: BuildResult;
	rebuilt: BuildResult;
	/** The compiled articles the cache holds (patches/article-modules.ts) after each build: a compile writes new ones. */
	before: string[];
	after: string[];
}

export default async function builds(astro: Astro): Promise<SourceEditBuilds> {
	const content = variant('source-edit', []);
	const build = () => astro(content, OUT, { cache, incremental: true, env: { EXPLAINER_TODAY: FIXTURE_TODAY } });
	const compiled = () => readdirSync(join(cache, 'articles'));
	const edit = (file: string, from: string, to: string) => {
		const path = join(content, file);
		const text = readFileSync(path, 'utf8');
		if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
		writeFileSync(path, text.replace(from, to));
	};
	const first = await build();
	const before = compiled();
	edit('sources/wire-one.yaml', 'outlet: "Wire Service"', 'outlet: "Renamed Wire"');
	edit('articles/gamma.mdx', 'The harbour reopened on Tuesday', 'The harbour reopened late on Tuesday');
	const rebuilt = await build();
	return { first, rebuilt, before, after: compiled() };
}
