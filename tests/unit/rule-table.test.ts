/**
 * docs/authoring.md is where an author looks up a rule id from an error
 * message: its table is written from the rules by `npm run docs`, and this
 * fails when someone changed a rule without running it.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { withRuleTable } from '../../scripts/rule-table.ts';

it('the authoring guide’s rule table is the one `npm run docs` writes from the rules', () => {
	const doc = readFileSync('docs/authoring.md', 'utf8');
	expect(doc, 'run `npm run docs`').toBe(withRuleTable(doc));
});
