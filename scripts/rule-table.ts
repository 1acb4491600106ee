/**
 * The rule table of docs/authoring.md, made from `RULES`: one row per rule,
 * between two marker comments, so the rest of the page stays hand-written.
 */
import { RULES } from '../src/diagnostics/rules.ts';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

export function ruleTable(): string {
	const rows = Object.entries(RULES).map(([id, when]) => `| \`${id}\` | ${when.replaceAll('|', '\\|')} |`);
	return ['| Rule | When |', '| --- | --- |', ...rows].join('\n');
}

/** `doc` with the text between the markers replaced by the current table. */
export function withRuleTable(doc: string): string {
	const start = doc.indexOf(START);
	const end = doc.indexOf(END);
	if (start === -1 || end < start) throw new Error(`The rule table's markers (${START} … ${END}) are missing`);
	return `${doc.slice(0, start + START.length)}\n${ruleTable()}\n${doc.slice(end)}`;
}
