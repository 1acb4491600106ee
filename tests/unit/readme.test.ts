/**
 * The README is where an author looks up a rule id from an error message:
 * its table must name every rule the build can report, and no other.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { RULES } from '../../src/diagnostics/rules.ts';

it('the README’s rule table lists exactly the rules the build reports', () => {
	const readme = readFileSync('README.md', 'utf8');
	const table = readme.slice(readme.indexOf('| Rule | When |'));
	const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
	const listed = rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!));
	expect([...listed].sort()).toEqual(Object.keys(RULES).sort());
});
