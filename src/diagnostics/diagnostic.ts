/**
 * Author-facing problems: where (`file:line:column`), which rule, what is
 * wrong and what would be valid, phrased "Unexpected X, expected Y" as the
 * unified collective does. Problems in records and frontmatter are made by
 * `diagnostic()`. Parsers that only know offsets return `Finding`s; the
 * Markdown plugins report those on their file as vfile messages, and
 * `vfile-messages.ts` turns the messages into diagnostics.
 */
import { pointAt } from './line-index.ts';
import { printable } from './printable.ts';
import type { RuleId } from './rules.ts';
import { defused } from '../text/bundler-markers.ts';

export type Severity = 'error' | 'warning';

/** A problem located in a file, ready to print. */
export interface Diagnostic {
	file: string;
	line: number;
	column: number;
	ruleId: RuleId;
	reason: string;
	severity: Severity;
}

/** A problem at an offset into a text whose file the finder does not know. */
export interface Finding {
	ruleId: RuleId;
	reason: string;
	offset: number;
	severity: Severity;
}

export function finding(ruleId: RuleId, reason: string, offset: number, severity: Severity = 'error'): Finding {
	return { ruleId, reason, offset, severity };
}

/** Where a problem is: an offset into the file's text, a line and column found before, or the file as a whole. */
export type Place = { file: string; text?: string; offset?: number } | { file: string; line: number; column: number };

/**
 * The one way to make a diagnostic. With `text` and `offset` it is placed
 * at that offset of the file's text (or at a `line` and `column` already
 * found); without, at the start of the file (for problems with the file
 * as a whole, such as its name). What it quotes of the author's text (or
 * of a file's name) is written without what the bundler reads as code
 * (`defused`): the problems are kept in the content store, which the
 * bundle may hold.
 */
export function diagnostic(at: Place, ruleId: RuleId, reason: string, severity: Severity = 'error'): Diagnostic {
	const { line, column } =
		'line' in at ? at : at.text === undefined ? { line: 1, column: 1 } : pointAt(at.text, at.offset ?? 0);
	return { file: defused(at.file), line, column, ruleId, reason: defused(reason), severity };
}

/**
 * `file:line:column: error reason [rule-id]`, one per line, in file and position order, each as
 * the log and the dev overlay may show it (`printable`): a reason quotes the author's text.
 */
export function formatDiagnostics(list: readonly Diagnostic[]): string {
	return [...list]
		.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
		.map((d) => printable(`${d.file}:${d.line}:${d.column}: ${d.severity} ${d.reason} [${d.ruleId}]`))
		.join('\n');
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
	return list.some((d) => d.severity === 'error');
}

/**
 * The error that fails a build. `loc` lets Astro (its log and the dev
 * overlay) point at the first problem; the message lists all of them. The
 * stack is left out: an author needs the positions, not our call stack.
 */
export class ContentError extends Error {
	readonly diagnostics: readonly Diagnostic[];
	readonly file: string;
	readonly line: number;
	readonly column: number;
	readonly loc: { file: string; line: number; column: number };
	constructor(diagnostics: readonly Diagnostic[]) {
		const errors = diagnostics.filter((d) => d.severity === 'error');
		const n = errors.length;
		super(`${n} problem${n === 1 ? '' : 's'} in content:\n${formatDiagnostics(errors)}`);
		this.name = 'ContentError';
		this.diagnostics = diagnostics;
		const first =
			[...errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)[0] ??
			diagnostics[0];
		this.file = first?.file ?? '';
		this.line = first?.line ?? 1;
		this.column = first?.column ?? 1;
		this.loc = { file: this.file, line: this.line, column: this.column };
		this.stack = `${this.name}: ${this.message}`;
	}

	/**
	 * Astro's dev error handler adds a "Browser APIs are not available on the server" hint to any
	 * error whose `toString()` contains "document" or "window" (`generateHint` in
	 * astro/dist/core/errors/dev/utils.js), which an author's quoted text often does. The message,
	 * with every problem, is unchanged; only this one-line summary leaves the problems out.
	 */
	override toString(): string {
		const n = this.diagnostics.filter((d) => d.severity === 'error').length;
		return `${this.name}: ${n} problem${n === 1 ? '' : 's'} in content`;
	}
}

/** Ids closest to `id` by edit distance, best first, for "did you mean". */
export function closest(id: string, known: Iterable<string>, max = 3): string[] {
	return [...known]
		.map((k) => ({ k, d: distance(id, k) - (k.includes(id) || id.includes(k) ? 3 : 0) }))
		.sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
		.slice(0, max)
		.map((x) => x.k);
}

function distance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++)
			row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		prev = row;
	}
	return prev[b.length]!;
}
