/**
 * The builds tests/build/broken-build.test.ts reads: three variants of the
 * fixture, each broken on purpose (run by the global setup's build queue).
 */
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from '../../scripts/build-site.ts';
import type { Astro } from '../support/build-service.ts';
import { variant, type Edit } from '../support/content-variant.ts';
import { BUILD_ROOT } from '../support/paths.ts';

export interface BrokenBuilds {
	bodies: BuildResult;
	records: BuildResult;
	research: BuildResult;
}

export default async function builds(astro: Astro): Promise<BrokenBuilds> {
	const broken = (name: string, edits: Edit[], setup?: (dir: string) => void, stopsBeforeAstro = false) => {
		const dir = variant(name, edits);
		setup?.(dir);
		return astro(dir, join(BUILD_ROOT, `broken-${name}`), {
			cache: join(BUILD_ROOT, `cache-${name}`),
			stopsBeforeAstro,
		});
	};
	const [research, bodies, records] = await Promise.all([
		broken('research', [
			['articles/gamma.mdx', `"a week-long pilots' strike"`, `"a week-long pilots' walkout"`],
			['research/alpha-desk.md', '| https://example.org/treaty |', '| https://example.org/treaty-text |'],
			[
				'entities/jane-envoy.yaml',
				'who said the leader agreed [@wire-one, \\"the leader agreed\\"]',
				'who said the leader agreed [@wire-one, \\"the leader had agreed\\"]',
			],
			[
				'authors/ruth-reporter.yaml',
				'[@wire-one, \\"the leader agreed\\"]',
				'[@wire-one, \\"the leader surely agreed\\"]',
			],
		]),
		broken('bodies', [
			['articles/alpha.mdx', '[@paper-two; @wire-one', '[@paper-too; @wire-one'],
			['articles/beta.mdx', 'cites the treaty too [@treaty-three]', 'cites the treaty too [@treaty-three;;]'],
			// With them, in the same round: a correction naming no claim, one with `was` and no `claim`, and
			// a quote the notes lack.
			['articles/alpha.mdx', 'claim: "c-the-envoy-repeated-the-5hyvvn"', 'claim: "c-the-envoy-repeated-the-5hyvvm"'],
			[
				'articles/alpha.mdx',
				'    was: ["c-the-envoy-repeated-the-qa6s0i"]\n',
				'    was: ["c-the-envoy-repeated-the-qa6s0i"]\n  - date: 2025-01-04\n    kind: update\n    note: "A claim removed."\n    was: ["c-gone-000000"]\n',
			],
			['articles/gamma.mdx', `"a week-long pilots' strike"`, `"a week-long pilots' walkout"`],
		]),
		broken(
			'records',
			[
				['sources/wire-one.yaml', 'published: "2025-08-17"', 'published: 2025-13-45'],
				['entities/jane-envoy.yaml', 'related: ["zanzibar"]', 'related: ["zanzibarr"]'],
				['articles/gamma.mdx', 'author: fixture-desk', 'author: fixture-dsk'],
			],
			(dir) => {
				symlinkSync('/etc/hostname', join(dir, 'articles/leak.mdx'));
				// Two articles the build used to drop with exit code 0: a reserved slug and one in a subfolder.
				mkdirSync(join(dir, 'articles/2025'));
				cpSync(join(dir, 'articles/beta.mdx'), join(dir, 'articles/sources.mdx'));
				cpSync(join(dir, 'articles/beta.mdx'), join(dir, 'articles/2025/foo.mdx'));
			},
			true,
		),
	]);
	return { bodies, records, research };
}
