/**
 * The builds tests/build/broken-build.test.ts reads: two variants of the
 * fixture, each broken on purpose (run by the global setup's build queue).
 * The one that reaches Astro has problems in article bodies, against the
 * research notes and across the site, and a hostile author's images
 * (tests/build/hostile-images.test.ts): a build lists every problem at
 * once, so one failing build serves each check, each finding its own
 * problems at their own file:line:column.
 */
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from '../../scripts/build-site.ts';
import type { Astro } from '../support/build-service.ts';
import { variant, type Edit } from '../support/content-variant.ts';
import { addHostileImages, type HostileImages } from '../support/hostile-images.ts';
import { BUILD_ROOT } from '../support/paths.ts';

export interface BrokenBuilds {
	/** Problems in bodies, against the research notes and site-wide, with the hostile images (`hostile`). */
	bodies: BuildResult;
	hostile: HostileImages;
	records: BuildResult;
}

export default async function builds(astro: Astro): Promise<BrokenBuilds> {
	const broken = (
		name: string,
		edits: Edit[],
		setup?: (dir: string) => void,
		{ stopsBeforeAstro = false, env = {} }: { stopsBeforeAstro?: boolean; env?: Record<string, string> } = {},
	) => {
		const dir = variant(name, edits);
		setup?.(dir);
		return astro(dir, join(BUILD_ROOT, `broken-${name}`), {
			cache: join(BUILD_ROOT, `cache-${name}`),
			stopsBeforeAstro,
			env,
		});
	};
	const sentinel = `sentinel-${process.pid}-${Date.now().toString(36)}`;
	let hostile: HostileImages = { sentinel, beta: [], gamma: [] };
	const [bodies, records] = await Promise.all([
		broken(
			'bodies',
			[
				// Quotes and addresses the research notes lack, in articles, an entity and an author's bio.
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
				// With them, in the same round: an unknown source, a broken marker (not beta's first: its
				// address is one the notes lack), a correction naming no claim and one with `was` and no `claim`.
				['articles/alpha.mdx', '[@paper-two; @wire-one', '[@paper-too; @wire-one'],
				[
					'articles/beta.mdx',
					'one origin [@wire-one, "agreed"; @wire-copy',
					'one origin [@wire-one, "agreed";; @wire-copy',
				],
				['articles/alpha.mdx', 'claim: "c-the-envoy-repeated-the-5hyvvn"', 'claim: "c-the-envoy-repeated-the-5hyvvm"'],
				[
					'articles/alpha.mdx',
					'    was: ["c-the-envoy-repeated-the-qa6s0i"]\n',
					'    was: ["c-the-envoy-repeated-the-qa6s0i"]\n  - date: 2025-01-04\n    kind: update\n    note: "A claim removed."\n    was: ["c-gone-000000"]\n',
				],
			],
			(dir) => (hostile = addHostileImages(dir, sentinel)),
			{ env: { EXPLAINER_SENTINEL: sentinel } },
		),
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
			{ stopsBeforeAstro: true },
		),
	]);
	return { bodies, hostile, records };
}
