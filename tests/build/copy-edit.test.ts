/**
 * The copy-edit that used to break the site: words added to a sentence a
 * correction names. With the claim ledger the claim keeps its id, so the
 * build passes and the old links land; a correction that names a claim
 * wrongly still fails, at its position, with the closest ids, and `was`
 * without `claim` fails too. Two real builds of variants of the fixture
 * (copy-edit.builds.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../scripts/build-site.ts';
import { job } from '../support/builds.ts';
import { BUILD_ROOT } from '../support/paths.ts';
import type { CopyEditBuilds } from './copy-edit.builds.ts';

let edited: BuildResult;
let wrong: BuildResult;
beforeAll(async () => {
	({ edited, wrong } = await job<CopyEditBuilds>('copy-edit'));
}, 600_000); // it waits for the builds queued before these (tests/support/build-service.ts)

describe('a copy-edit of a claim a correction names', () => {
	it('builds, and the claim keeps its id, its correction and its old address', () => {
		expect(edited.code, edited.output).toBe(0);
		const alpha = parse(readFileSync(join(BUILD_ROOT, 'built-copy-edit', 'alpha', 'index.html'), 'utf8'));
		const claim = alpha.getElementById('c-the-envoy-repeated-the-5hyvvn')!;
		expect(claim.text).toBe('The envoy, officials said, repeated the claim on television');
		expect(alpha.querySelector('.changes a[href="#c-the-envoy-repeated-the-5hyvvn"]')).not.toBeNull();
		expect(alpha.getElementById('c-the-envoy-repeated-the-qa6s0i')!.nextElementSibling!.id).toBe(
			'c-the-envoy-repeated-the-5hyvvn',
		);
	});

	it('refuses a correction naming no claim, with the closest ids, and `was` without `claim`, each at its position', () => {
		expect(wrong.code).not.toBe(0);
		expect(wrong.output).toMatch(
			/articles\/alpha\.mdx:15:12: error Unknown claim `c-the-envoy-repeated-the-5hyvvm` in a correction.*closest ids: `c-the-envoy-repeated-the-5hyvvn`.*npm run claims.*\[unknown-claim\]/,
		);
		expect(wrong.output).toMatch(
			/articles\/alpha\.mdx:20:10: error Unexpected `was` in a correction without `claim`.*\[unknown-claim\]/,
		);
	});
});
