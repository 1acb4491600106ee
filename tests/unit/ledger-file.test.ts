/**
 * A claim ledger as an author (or a merge) might leave it: every problem
 * at its line and column, and a broken ledger never used.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLedger } from '../../src/data/ledger-file.ts';

function ledgerFor(yaml: string): ReturnType<typeof readLedger> {
	const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
	writeFileSync(join(dir, 'x.claims.yaml'), yaml);
	return readLedger(join(dir, 'x.mdx'));
}

describe('a claim ledger file', () => {
	it('is optional', () => {
		expect(readLedger(join(tmpdir(), 'no-such-article.mdx'))).toEqual({ diagnostics: [] });
	});

	it('reads a valid one', () => {
		const { ledger, diagnostics } = ledgerFor('editions:\n  - date: 2026-11-27\n    claims:\n      - id: c-a-aaaaaa\n        text: "A claim"\n        sources: [ap-one]\n');
		expect(diagnostics).toEqual([]);
		expect(ledger).toEqual({ editions: [{ date: '2026-11-27', claims: [{ id: 'c-a-aaaaaa', text: 'A claim', sources: ['ap-one'] }] }] });
	});

	it('reports a merge conflict left in it, at its line, and is not used', () => {
		const { ledger, diagnostics } = ledgerFor('editions:\n<<<<<<< HEAD\n  - date: 2026-11-27\n');
		expect(ledger).toBeUndefined();
		expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([expect.stringMatching(/^\d+:\d+ yaml-syntax$/)]);
	});

	it('reports an id that is not a claim id, an unknown field, and editions out of order, each where it is', () => {
		const { ledger, diagnostics } = ledgerFor([
			'editions:',
			'  - date: 2026-11-28',
			'    claims:',
			'      - id: p-not-a-claim',
			'        text: "A"',
			'  - date: 2026-11-27',
			'    claims: []',
			'    note: "x"',
		].join('\n'));
		expect(ledger).toBeUndefined();
		expect(diagnostics.map((d) => `${d.line} ${d.ruleId}`)).toEqual(expect.arrayContaining(['4 invalid-field', '8 unknown-field']));
		const order = ledgerFor('editions:\n  - date: 2026-11-28\n    claims: []\n  - date: 2026-11-27\n    claims: []\n');
		expect(order.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['4:11 date-order']);
	});
});
