/**
 * The builds tests/build/record-errors.test.ts reads: variants of the
 * fixture with broken records and bodies (run by the global setup's build
 * queue). The awkward but valid records are built by rebuilds.builds.ts,
 * in its first build: one successful build serves both suites.
 */
import { join } from 'node:path';
import type { BuildResult } from '../../scripts/build-site.ts';
import type { Astro } from '../support/build-service.ts';
import { variant, type Edit } from '../support/content-variant.ts';
import { BUILD_ROOT, FIXTURE_TODAY } from '../support/paths.ts';

export const AWKWARD = 'Beta <b> & ]]> "quoted"\tand tabbed';

/** Awkward but valid text, and the wire spelt by its alias: built, and the site copied to AWKWARD_OUT (rebuilds.builds.ts). */
export const AWKWARD_EDITS: Edit[] = [
	['articles/beta.mdx', 'title: "Beta explainer"', `title: "${AWKWARD.replace(/"/g, '\\"').replace('\t', '\\t')}"`],
	['articles/beta.mdx', 'topics: ["Fixtures", "Treaties"]', 'topics: ["Fixtures", "Україна", "中国"]'],
	[
		'sources/wire-one.yaml',
		'title: "Envoy says the leader agreed to protections"',
		'title: "Envoy says the leader agreed <to> protections\\t& more"',
	],
	// The wire's alias: with wire-one, still one origin.
	['sources/wire-copy.yaml', 'origin: "Wire Service"', 'origin: "WS"'],
];
export const AWKWARD_OUT = join(BUILD_ROOT, 'records-awkward');

/**
 * An environment variable of the build with broken bodies, which delta names beside Astro's marker for
 * `import.meta.env` (src/text/bundler-markers.ts): its value must never reach the log.
 */
export const CANARY = { name: 'EXPLAINER_CANARY', value: 'canary-value-5d1e07c3' };

export interface RecordBuilds {
	records: BuildResult;
	recordsPatchesOff: BuildResult;
	bodies: BuildResult;
}

export default async function builds(astro: Astro): Promise<RecordBuilds> {
	const build = (name: string, content: string, env: Record<string, string> = {}) =>
		astro(content, join(BUILD_ROOT, `records-${name}`), {
			cache: join(BUILD_ROOT, `cache-records-${name}`),
			env: { EXPLAINER_TODAY: FIXTURE_TODAY, ...env },
		});
	const yaml = variant('yaml', [
		['sources/wire-one.yaml', 'outlet: "Wire Service"', 'outlet: "Daily\\0Courier"'],
		['sources/wire-copy.yaml', 'published: 2025-08-18', 'published: 0025-08-18'],
		['articles/alpha.mdx', 'title: "Alpha explainer"', 'title: Alpha: explained'],
		['articles/gamma.mdx', 'topics: ["Harbours"]', 'topics: ["Harbours", "🇺🇦"]'],
		['entities/jane-envoy.yaml', 'related: ["zanzibar"]', 'related: ["zanzibar", "zanzibarr"]'],
		// A problem in a body, for the site index to list with them.
		['articles/beta.mdx', 'cites the treaty too [@treaty-three]', 'cites the treaty too [@treaty-three;;]'],
	]);
	const [records, recordsPatchesOff, bodies] = await Promise.all([
		build('yaml', yaml),
		// The same content with the patches off: glob parses the frontmatter itself (patches/glob-frontmatter.ts).
		build('yaml-off', yaml, { EXPLAINER_ACCELERATORS: '0' }),
		build(
			'mdx',
			variant('mdx', [
				[
					'articles/alpha.mdx',
					'Is there a paragraph with no citations at all, about the Zanzibar archipelago?',
					'The limit is <50 kg per person [@paper-two].',
				],
				['articles/alpha.mdx', '## The treaty', '## The\x07treaty'],
				[
					'articles/beta.mdx',
					'The envoy was not asked about the treaty [!note].',
					'The envoy was not asked about the treaty {approx.} [!note].',
				],
				[
					'articles/gamma.mdx',
					'topics: ["Harbours"]\n---\n',
					`topics: ["Harbours"]\n---\n\n${'> '.repeat(300)}Deep [!note].\n`,
				],
				['articles/delta.mdx', 'agreed"].', 'agreed"]. See ![a harbour](./images/%E0%A4%A.png) [!note].'],
				// MDX would ask acorn at each `}` whether the expression is complete, from the `{`: minutes.
				['articles/epsilon.mdx', 'Every report cited', `Every report {'${'}'.repeat(20_000)} cited`],
				// Text the bundler reads as code: a failed build printed the variable's value.
				[
					'articles/delta.mdx',
					'would gather again [@wire-one].',
					`would gather again [@wire-one].\n\nWe quote \`import.meta.env ${CANARY.name} __astro_import_meta_env${'_'.repeat(400)}\` and \`__VITE_ASSET__abcdefghijklmnopqrstuv__\` here [!note].`,
				],
			]),
			{ [CANARY.name]: CANARY.value },
		),
	]);
	return { records, recordsPatchesOff, bodies };
}
