/**
 * Validate YAML text against a schema and report every problem at the line
 * and column of the offending key or value, not just "data does not match".
 */
import { isMap, isNode, isScalar, parseDocument, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { lineColumn, type LocatedIssue } from '../claims/issues.ts';

export interface YamlResult<T> {
	data?: T;
	issues: LocatedIssue[];
	/** File offset of the value at `path` (e.g. `['aliases', 2]`), for later cross-record checks. */
	offsetOf?: (path: (string | number)[]) => number;
}

/**
 * @param text the whole file (positions are reported against it)
 * @param start offset of the YAML inside `text` (after `---` for frontmatter)
 * @param end offset where the YAML ends
 */
export function validateYaml<S extends z.ZodType>(
	schema: S,
	file: string,
	text: string,
	start = 0,
	end = text.length,
): YamlResult<z.infer<S>> {
	const yamlText = text.slice(start, end);
	const at = (offset: number, ruleId: string, reason: string): LocatedIssue => ({
		file,
		...lineColumn(text, start + offset),
		ruleId,
		reason,
		severity: 'error',
	});
	const doc = parseDocument(yamlText, { prettyErrors: false });
	if (doc.errors.length > 0) {
		return { issues: doc.errors.map((e) => at(e.pos[0], 'yaml-syntax', `Invalid YAML: ${e.message.split('\n')[0]}`)) };
	}
	const value: unknown = doc.toJS() ?? {};
	const result = schema.safeParse(value);
	const offsetOf = (path: (string | number)[]) => {
		const node = doc.getIn(path, true);
		return start + (isNode(node) ? (node.range?.[0] ?? 0) : 0);
	};
	if (result.success) return { data: result.data, issues: [], offsetOf };

	const fields = fieldNames(schema);
	const issues = result.error.issues.map((issue) => {
		const path = issue.path.map(String);
		const name = path.join('.') || '(record)';
		if (issue.code === 'unrecognized_keys') {
			const key = issue.keys[0]!;
			const node = keyNode(doc.contents, [...path, key]);
			return at(node?.range?.[0] ?? 0, 'unknown-field', `Unexpected field \`${[...path, key].join('.')}\`, expected one of: ${fields.join(', ')}`);
		}
		const node = doc.getIn(path, true);
		if (!isNode(node) && issue.code === 'invalid_type' && getIn(value, path) === undefined) {
			const parent = doc.getIn(path.slice(0, -1), true);
			const offset = isNode(parent) ? (parent.range?.[0] ?? 0) : 0;
			return at(offset, 'missing-field', `Missing required field \`${name}\``);
		}
		const offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
		const shown = isScalar(node) ? ` (got \`${String(node.value)}\`)` : '';
		return at(offset, 'invalid-field', `Invalid \`${name}\`${shown}: ${issue.message}`);
	});
	return { issues };
}

function getIn(value: unknown, path: string[]): unknown {
	return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);
}

function keyNode(root: unknown, path: string[]): Node | undefined {
	let node: unknown = root;
	for (let i = 0; i < path.length; i++) {
		if (!isMap(node)) return undefined;
		const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === path[i]);
		if (!pair) return undefined;
		if (i === path.length - 1) return pair.key as Node;
		node = pair.value;
	}
	return undefined;
}

function fieldNames(schema: z.ZodType): string[] {
	const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
	return shape ? Object.keys(shape) : [];
}
