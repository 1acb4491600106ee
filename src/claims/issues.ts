/**
 * Author-facing problems with a position, a rule id and a message phrased
 * "Unexpected X, expected Y" (the unified collective's convention).
 */

/** A problem found at an offset in some text; the caller knows the file. */
export class ContentIssue {
	constructor(
		/** Stable id of the rule, e.g. `unknown-source`; documented in the README. */
		readonly ruleId: string,
		/** What is wrong and what would be valid. */
		readonly reason: string,
		/** Offset into the text that was checked. */
		readonly offset: number,
		readonly severity: 'error' | 'warning' = 'error',
	) {}
}

/** A problem located in a file, ready to print as `file:line:column`. */
export interface LocatedIssue {
	file: string;
	line: number;
	column: number;
	ruleId: string;
	reason: string;
	severity: 'error' | 'warning';
}

/** 1-based line and column of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}

/** Place an offset-based issue in a file. */
export function locate(issue: ContentIssue, file: string, text: string, base = 0): LocatedIssue {
	const { line, column } = lineColumn(text, base + issue.offset);
	return { file, line, column, ruleId: issue.ruleId, reason: issue.reason, severity: issue.severity };
}

/** `file:line:column: error reason [rule-id]`, one per line. */
export function formatIssues(issues: readonly LocatedIssue[]): string {
	return issues
		.map((i) => `${i.file}:${i.line}:${i.column}: ${i.severity} ${i.reason} [${i.ruleId}]`)
		.join('\n');
}

/**
 * The error that fails a build. `line`/`column` let Astro's MDX plugin and
 * overlay point at the first problem; the message lists all of them.
 */
export class ContentError extends Error {
	readonly line: number;
	readonly column: number;
	readonly file: string;
	constructor(readonly issues: readonly LocatedIssue[]) {
		const errors = issues.filter((i) => i.severity === 'error');
		const n = errors.length;
		super(`${n} problem${n === 1 ? '' : 's'} in content:\n${formatIssues(errors)}`);
		this.name = 'ContentError';
		const first = errors[0] ?? issues[0]!;
		this.file = first.file;
		this.line = first.line;
		this.column = first.column;
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
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		prev = row;
	}
	return prev[b.length]!;
}
