/**
 * A claim ledger as an author (or a merge) might leave it: every problem
 * at its line and column, and a broken ledger never used.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ledger } from '../../src/claims/ledger.ts';
import { readLedger, writeLedger } from '../../src/schema/ledger-file.ts';

function ledgerFor(json: string): ReturnType<typeof readLedger> {
	const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
	writeFileSync(join(dir, 'x.claims.json'), json);
	return readLedger(join(dir, 'x.mdx'));
}

const VALID: Ledger = {
	editions: [
		{ date: '2026-11-27', claims: [{ id: 'c-a-aaaaaa', text: 'A claim', sources: ['ap-one'] }] },
		{ date: '2026-11-28', claims: [{ id: 'c-a-aaaaaa', removed: true }] },
	],
};

describe('a claim ledger file', () => {
	it('is optional', () => {
		expect(readLedger(join(tmpdir(), 'no-such-article.mdx'))).toEqual({ diagnostics: [] });
	});

	it('reads back what npm run claims writes, one claim a line', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
		writeLedger(join(dir, 'x.mdx'), VALID);
		expect(readLedger(join(dir, 'x.mdx'))).toEqual({ ledger: expect.objectContaining(VALID), diagnostics: [] });
	});

	it('is read again once changed, even to text of the same length (an edit in dev, a second build)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
		writeLedger(join(dir, 'x.mdx'), VALID);
		expect(readLedger(join(dir, 'x.mdx')).ledger?.editions[0]!.date).toBe('2026-11-27');
		const path = join(dir, 'x.claims.json');
		writeFileSync(path, readFileSync(path, 'utf8').replace('2026-11-27', '2026-11-26'));
		expect(readLedger(join(dir, 'x.mdx')).ledger?.editions[0]!.date).toBe('2026-11-26');
		rmSync(path);
		expect(readLedger(join(dir, 'x.mdx'))).toEqual({ diagnostics: [] });
	});

	it('reports a merge conflict left in it, at its line, and is not used', () => {
		const { ledger, diagnostics } = ledgerFor('{\n\t"editions": [\n<<<<<<< HEAD\n');
		expect(ledger).toBeUndefined();
		expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['3:1 yaml-syntax']);
		expect(diagnostics[0]!.reason).toMatch(/^Invalid JSON: a merge conflict’s marker/);
	});

	it('reports an id that is not a claim id, an unknown field, and editions out of order, each where it is', () => {
		const { ledger, diagnostics } = ledgerFor(
			[
				'{"editions": [',
				'  {"date": "2026-11-28", "claims": [',
				'    {"id": "p-not-a-claim", "text": "A"}]},',
				'  {"date": "2026-11-29", "claims": [],',
				'   "note": "x"}',
				']}',
			].join('\n'),
		);
		expect(ledger).toBeUndefined();
		expect(diagnostics.map((d) => `${d.line} ${d.ruleId}`)).toEqual(
			expect.arrayContaining(['3 invalid-field', '5 unknown-field']),
		);
		const order = ledgerFor(
			'{"editions": [\n  {"date": "2026-11-28", "claims": []},\n  {"date": "2026-11-27", "claims": []}\n]}',
		);
		expect(order.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['3:12 date-order']);
	});

	it('reports a claim given twice in one edition, at the second, and is not used', () => {
		const { ledger, diagnostics } = ledgerFor(
			[
				'{"editions": [',
				'  {"date": "2026-11-28", "claims": [',
				'    {"id": "c-a-aaaaaa", "text": "A claim"},',
				'    {"id": "c-b-bbbbbb", "text": "B claim"},',
				'    {"id": "c-a-aaaaaa", "text": "A claim, reworded"}]},',
				'  {"date": "2026-11-29", "claims": [',
				'    {"id": "c-b-bbbbbb", "removed": true}]}',
				']}',
			].join('\n'),
		);
		expect(ledger).toBeUndefined();
		expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['5:12 duplicate-id']);
		expect(diagnostics[0]!.reason).toMatch(
			/^Unexpected second entry for `c-a-aaaaaa` in the edition of 2026-11-28, expected each claim once/,
		);
	});

	it('reads a ledger that starts with a byte-order mark, as an editor may save it', () => {
		const text = JSON.stringify(VALID);
		expect(ledgerFor(`\uFEFF${text}`)).toEqual(ledgerFor(text));
		expect(ledgerFor(`\uFEFF${text}`).ledger).toEqual(VALID);
		expect(ledgerFor(`\uFEFF${text.slice(0, -1)}`).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(
			[`1:${text.length + 1} yaml-syntax`],
		);
	});

	it('reports a `was` that cannot be the id a claim had before, at the `was`, and is not used', () => {
		const { ledger, diagnostics } = ledgerFor(
			[
				'{"editions": [',
				'  {"date": "2026-11-28", "claims": [',
				'    {"id": "c-a-aaaaaa", "text": "A claim"},',
				'    {"id": "c-b-bbbbbb", "text": "B claim"}]},',
				'  {"date": "2026-11-29", "claims": [',
				'    {"id": "c-a-aaaaaa", "text": "A claim, reworded", "was": "c-b-bbbbbb"},',
				'    {"id": "c-b-bbbbbb", "text": "B claim, reworded", "was": "c-a-aaaaaa"},',
				'    {"id": "c-c-cccccc", "text": "C claim", "was": "c-c-cccccc"},',
				'    {"id": "c-d-dddddd", "text": "D claim", "was": "c-x-xxxxxx"},',
				'    {"id": "c-e-eeeeee", "text": "E claim", "was": "c-x-xxxxxx"}]}',
				']}',
			].join('\n'),
		);
		expect(ledger).toBeUndefined();
		expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.reason.split(',')[0]}`)).toEqual([
			'6:62 invalid-field Unexpected `was` in the edition of 2026-11-29: `c-b-bbbbbb` is given by another entry of this edition',
			'7:62 invalid-field Unexpected `was` in the edition of 2026-11-29: `c-a-aaaaaa` is given by another entry of this edition',
			"8:52 invalid-field Unexpected `was` in the edition of 2026-11-29: `c-c-cccccc` is the claim's own id",
			"10:52 invalid-field Unexpected `was` in the edition of 2026-11-29: `c-x-xxxxxx` is named by another entry's `was` already",
		]);
	});

	it('reports a control character a JSON escape writes into a claim, at the escape, and is not used', () => {
		const { ledger, diagnostics } = ledgerFor(
			'{"editions": [\n  {"date": "2026-11-28", "claims": [\n    {"id": "c-a-aaaaaa", "text": "A\\u001b[2J claim"}]}\n]}',
		);
		expect(ledger).toBeUndefined();
		expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['3:36 invalid-field']);
		expect(diagnostics[0]!.reason).toMatch(/control character U\+001B \(escape\)/);
	});
});
