/**
 * `npm run docs`: writes the rule table of docs/authoring.md from the rules
 * the build reports (src/diagnostics/rules.ts), so the table an author looks
 * a rule id up in can only say what the code says.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withRuleTable } from './rule-table.ts';

const file = 'docs/authoring.md';
const before = readFileSync(file, 'utf8');
const after = withRuleTable(before);
if (after !== before) writeFileSync(file, after);
console.log(after === before ? `${file}: rule table up to date` : `${file}: rule table written`);
