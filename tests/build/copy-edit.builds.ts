/**
 * The builds tests/build/copy-edit.test.ts reads: two variants of the
 * fixture, one copy-edited, one with a correction naming no claim (run by
 * the global setup's build queue).
 */
import { join } from 'node:path';
import type { BuildResult } from '../../scripts/build-site.ts';
import type { Astro } from '../support/build-service.ts';
import { variant, type Edit } from '../support/content-variant.ts';
import { BUILD_ROOT, FIXTURE_TODAY } from '../support/paths.ts';

export interface CopyEditBuilds {
	edited: BuildResult;
	wrong: BuildResult;
}

export default async function builds(astro: Astro): Promise<CopyEditBuilds> {
	const build = (name: string, edits: Edit[]) =>
		astro(variant(name, edits), join(BUILD_ROOT, `built-${name}`), {
			cache: join(BUILD_ROOT, `cache-${name}`),
			env: { EXPLAINER_TODAY: FIXTURE_TODAY },
		});
	const [edited, wrong] = await Promise.all([
		build('copy-edit', [
			[
				'articles/alpha.mdx',
				'The envoy repeated the claim on *television* [@wire-one]',
				'The envoy, officials said, repeated the claim on *television* [@wire-one]',
			],
		]),
		build('wrong-claim', [
			['articles/alpha.mdx', 'claim: "c-the-envoy-repeated-the-5hyvvn"', 'claim: "c-the-envoy-repeated-the-5hyvvm"'],
			[
				'articles/alpha.mdx',
				'    was: ["c-the-envoy-repeated-the-qa6s0i"]\n',
				'    was: ["c-the-envoy-repeated-the-qa6s0i"]\n  - date: 2025-01-04\n    kind: update\n    note: "A claim removed."\n    was: ["c-gone-000000"]\n',
			],
		]),
	]);
	return { edited, wrong };
}
