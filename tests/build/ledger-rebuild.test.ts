/**
 * The articles loader keeps each article's claims record in the content
 * store between builds, and glob skips a file whose text is unchanged. An
 * edit to the claim ledger alone changes the article's claim ids all the
 * same: the next build (same cache, no `--force`, as `npm run build` runs)
 * must parse the article again, so the pages across explainers link to
 * the claim's new id, not to one the article no longer has. The builds:
 * ledger-rebuild.builds.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../scripts/build-site.ts';
import { job } from '../support/builds.ts';
import { NEW, OLD, page, type LedgerBuilds } from './ledger-rebuild.builds.ts';

let first: BuildResult;
let second: BuildResult;
let before: string;
beforeAll(async () => {
	({ first, before, second } = await job<LedgerBuilds>('ledger-rebuild'));
}, 600_000); // it waits for the builds queued before these (tests/support/build-service.ts)

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
