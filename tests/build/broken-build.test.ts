/**
 * A real build of broken content fails, and says where: a symbolic link
 * out of the content folder stops it before Astro starts, with the
 * records' and the frontmatter's problems; without one, those are listed
 * with the problems in article bodies (record-errors.test.ts); those, the
 * ones only the whole site shows (a correction naming no claim, or `was` with no `claim`) and quotes
 * and addresses that the research notes lack are listed together, in one
 * round. (Each rule's
 * message and position are unit-tested in-process; these builds
 * prove the build itself fails.) The builds: broken-build.builds.ts; the
 * failing one that reaches Astro has every problem below that is not a
 * record's, and hostile-images.test.ts's images: one build lists them all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../scripts/build-site.ts';
import { job } from '../support/builds.ts';
import type { BrokenBuilds } from './broken-build.builds.ts';

let bodies: BuildResult;
let records: BuildResult;
beforeAll(async () => {
	({ bodies, records } = await job<BrokenBuilds>('broken-build'));
}, 600_000); // it waits for the builds queued before these (tests/support/build-service.ts)

describe('a build of broken content', () => {
	it('lists the body problems of every article, the site-wide and the research-notes problems in one round, each at file:line:column with its rule', () => {
		expect(bodies.code).not.toBe(0);
		// These five, the research notes' other five (below) and hostile-images.test.ts's six images.
		expect(bodies.output).toMatch(/16 problems in content:/);
		// Listed once: one error, not one per kind of check.
		expect(bodies.output.match(/problems? in content:/g)).toHaveLength(1);
		expect(bodies.output).toMatch(
			/articles\/alpha\.mdx:15:12: error Unknown claim `c-the-envoy-repeated-the-5hyvvm` in a correction.*closest ids: `c-the-envoy-repeated-the-5hyvvn`.*npm run claims.*\[unknown-claim\]/,
		);
		expect(bodies.output).toMatch(
			/articles\/alpha\.mdx:20:10: error Unexpected `was` in a correction without `claim`.*\[unknown-claim\]/,
		);
		expect(bodies.output).toMatch(
			/articles\/gamma\.mdx:10:156: error Quote for `@desk-gazette` not in its entry in the research notes.*\[not-in-research\]/,
		);
		expect(bodies.output).toMatch(
			/articles\/alpha\.mdx:\d+:\d+: error Unknown source `@paper-too`.*closest known ids: `paper-two`.*\[unknown-source\]/,
		);
		expect(bodies.output).toMatch(
			/articles\/beta\.mdx:11:118: error Unexpected `;` after `;`, expected `@`.*\[marker-expected-id\]/,
		);
	});

	it('checks every quote and cited address against the research notes the explainer or entity answers to, at the marker, with the nearest passage', () => {
		// In the build of the test above: its quote in gamma, and five more.
		expect(bodies.output.match(/: error [^\n]*\[not-in-research\]/g)).toHaveLength(6);
		expect(bodies.output).toMatch(
			/articles\/gamma\.mdx:10:156: error Quote for `@desk-gazette` not in its entry in the research notes `[^`]*research\/gamma-desk\.md`: “a week-long pilots' walkout”.*the nearest passage is [^ ]*research\/gamma-desk\.md:4: “a week-long pilots’ strike” \[not-in-research\]/,
		);
		expect(bodies.output).toMatch(
			/articles\/alpha\.mdx:\d+:\d+: error Address of `@treaty-three` not in the research notes `[^`]*alpha-desk\.md`: `https:\/\/example\.org\/treaty`.*the nearest address there is `https:\/\/example\.org\/treaty-text` \[not-in-research\]/,
		);
		// Entities answer to the notes of the explainers that mention them.
		expect(bodies.output).toMatch(
			/entities\/article-nine\.yaml:4:\d+: error Address of `@treaty-three` not in the research notes.*\[not-in-research\]/,
		);
		expect(bodies.output).toMatch(
			/entities\/jane-envoy\.yaml:8:\d+: error Quote for `@wire-one` not in its entry in the research notes `[^`]*alpha-desk\.md`: “the leader had agreed”.*\[not-in-research\]/,
		);
		// An author's bio answers to the notes of the explainers they wrote (Ruth wrote alpha).
		expect(bodies.output).toMatch(
			/authors\/ruth-reporter\.yaml:3:\d+: error Quote for `@wire-one` not in its entry in the research notes `[^`]*alpha-desk\.md`: “the leader surely agreed”.*\[not-in-research\]/,
		);
		// Beta cites the treaty too, and answers to the same notes (an explainer with quotes must name some).
		expect(bodies.output).toMatch(
			/articles\/beta\.mdx:11:\d+: error Address of `@treaty-three` not in the research notes `[^`]*alpha-desk\.md`.*\[not-in-research\]/,
		);
	});

	it('stops before Astro on broken source and entity files, with no echo of the broken source', () => {
		expect(records.code).not.toBe(0);
		expect(records.output).toMatch(
			/sources\/wire-one\.yaml:4:12: error Invalid `published` \(got `2025-13-45`\): expected a real date.*\[invalid-field\]/,
		);
		expect(records.output).toMatch(
			/entities\/jane-envoy\.yaml:\d+:11: error Unknown entity `zanzibarr` in `related`.*\[unknown-entity\]/,
		);
		expect(records.output).toMatch(
			/content-records\/articles\/leak\.mdx:1:1: error Unexpected symbolic link to `\/etc\/hostname`, outside the content folder.*\[unsafe-symlink\]/,
		);
		expect(records.output).toMatch(
			/content-records\/articles\/sources\.mdx:1:1: error Unexpected article slug `sources`.*\[reserved-slug\]/,
		);
		expect(records.output).toMatch(
			/content-records\/articles\/2025\/foo\.mdx:1:1: error Unexpected file in a subfolder.*\[misplaced-article\]/,
		);
		expect(records.output).toMatch(
			/content-records\/articles\/gamma\.mdx:5:9: error Unknown author `fixture-dsk`, expected the id of a file in `[^`]*authors\/`; closest: `fixture-desk`.*\[unknown-author\]/,
		);
		expect(records.output).not.toContain('unknown-source');
		expect(records.output).not.toContain('InvalidContentEntryDataError');
	});
});
