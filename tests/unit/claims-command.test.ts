/**
 * `npm run claims` on a copy of the fixture content: it records an edit as
 * an edition, tells the author the id to put in a correction with the old
 * and new wording, and `--check` fails while an edit is unrecorded.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIXTURE_CONTENT } from '../support/paths.ts';

function claims(content: string, ...args: string[]) {
	const run = spawnSync(process.execPath, ['scripts/claims.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, EXPLAINER_CONTENT: content, EXPLAINER_TODAY: '2025-02-01' },
	});
	return { code: run.status, out: run.stdout + run.stderr };
}

describe('npm run claims', () => {
	it('records a copy-edit as an edition, keeps the id, and says which id a correction names', () => {
		const content = mkdtempSync(join(tmpdir(), 'claims-'));
		cpSync(FIXTURE_CONTENT, content, { recursive: true });
		expect(claims(content, '--check', 'alpha')).toEqual({
			code: 0,
			out: expect.stringContaining('no claim changed since the edition of 2025-01-03'),
		});

		const article = join(content, 'articles/alpha.mdx');
		writeFileSync(
			article,
			readFileSync(article, 'utf8').replace(
				'An attack on one is an attack on all [',
				'An attack on one, the treaty says, is an attack on all [',
			),
		);
		const check = claims(content, '--check', 'alpha');
		expect(check.code).toBe(1);
		expect(check.out).toContain('changed since their ledger');

		const run = claims(content, 'alpha');
		expect(run.code, run.out).toBe(0);
		expect(run.out).toContain(
			'edition of 2025-02-01, 1 claim changed:\n  changed c-an-attack-on-one-4bqxuq\n    was: “An attack on one is an attack on all”\n    now: “An attack on one, the treaty says, is an attack on all”',
		);
		expect(run.out).toContain('claim: "c-an-attack-on-one-4bqxuq"');
		const ledger = parse(readFileSync(join(content, 'articles/alpha.claims.json'), 'utf8')) as {
			editions: { date: string; claims: unknown[] }[];
		};
		expect(ledger.editions.map((e) => e.date)).toEqual(['2025-01-02', '2025-01-03', '2025-02-01']);
		expect(ledger.editions.at(-1)!.claims).toEqual([
			{
				id: 'c-an-attack-on-one-4bqxuq',
				text: 'An attack on one, the treaty says, is an attack on all',
				sources: ['treaty-three'],
			},
		]);
		expect(claims(content, '--check', 'alpha').code).toBe(0);
		// Four runs of the command, each a Node process loading the pipeline: more than the unit default on a busy machine.
	}, 180_000);

	it('records nothing from an article that does not build, and says why at its position', () => {
		const content = mkdtempSync(join(tmpdir(), 'claims-'));
		cpSync(FIXTURE_CONTENT, content, { recursive: true });
		const article = join(content, 'articles/alpha.mdx');
		writeFileSync(article, readFileSync(article, 'utf8').replace('[@paper-two; @wire-one', '[@paper-too; @wire-one'));
		const before = readFileSync(join(content, 'articles/alpha.claims.json'), 'utf8');
		const run = claims(content, 'alpha');
		expect(run.code).toBe(1);
		expect(run.out).toMatch(/alpha\.mdx:\d+:\d+: error Unknown source `@paper-too`.*\[unknown-source\]/);
		expect(readFileSync(join(content, 'articles/alpha.claims.json'), 'utf8')).toBe(before);
	}, 60_000);
});
