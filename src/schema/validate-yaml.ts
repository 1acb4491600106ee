/**
 * Validate YAML text against a schema and report every problem at the line
 * and column of the offending key or value, not just "data does not match".
 */
import { isMap, isNode, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { scalarOffsets } from './yaml-scalar.ts';

export interface YamlResult<T> {
	data?: T;
	diagnostics: Diagnostic[];
	/** File offset of the value at `path` (e.g. `['aliases', 2]`), for later cross-file checks. */
	offsetOf: (path: readonly (string | number)[]) => number;
	/**
	 * For a string value: maps an offset into the parsed string to an offset
	 * in the file, through quotes, escapes and line folding.
	 */
	stringOffsets: (path: readonly (string | number)[]) => (offset: number) => number;
}

/**
 * @param text the whole file (positions are reported against it)
 * @param start offset of the YAML inside `text` (after `---` for frontmatter)
 * @param end offset where the YAML ends
 */
export function validateYaml<S extends z.ZodType>(schema: S, file: string, text: string, start = 0, end = text.length): YamlResult<z.infer<S>> {
	const doc = parseDocument(text.slice(start, end), { prettyErrors: false, uniqueKeys: true });
	const at = (offset: number) => ({ file, text, offset: start + offset });
	const offsetOf = (path: readonly (string | number)[]) => start + nodeStart(doc, path);
	const stringOffsets = (path: readonly (string | number)[]) => {
		const node = doc.getIn(path, true);
		if (!isScalar(node) || !node.range) return () => offsetOf(path);
		const map = scalarOffsets(text.slice(start), node);
		return (offset: number) => start + map(offset);
	};
	const result: YamlResult<z.infer<S>> = { diagnostics: [], offsetOf, stringOffsets };
	if (doc.errors.length > 0) {
		result.diagnostics = doc.errors.map((e) => diagnostic(at(e.pos[0]), 'yaml-syntax', `Invalid YAML: ${e.message.split('\n')[0]}`));
		return result;
	}
	const value: unknown = doc.toJS() ?? {};
	const parsed = schema.safeParse(value);
	if (parsed.success) {
		result.data = parsed.data;
		return result;
	}
	const fields = fieldNames(schema);
	result.diagnostics = parsed.error.issues.map((issue) => {
		const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
		const name = path.join('.') || '(file)';
		if (issue.code === 'unrecognized_keys') {
			const key = issue.keys[0]!;
			return diagnostic(at(keyNode(doc.contents, [...path.map(String), key])?.range?.[0] ?? 0), 'unknown-field', `Unexpected field \`${[...path, key].join('.')}\`, expected one of: ${fields.join(', ')}`);
		}
		const node = doc.getIn(path, true);
		if (!isNode(node)) {
			if (issue.code === 'invalid_type') return diagnostic(at(nodeStart(doc, path.slice(0, -1))), 'missing-field', `Missing required field \`${name}\``);
			return diagnostic(at(nodeStart(doc, path.slice(0, -1))), 'invalid-field', `Invalid \`${name}\`: ${issue.message}`);
		}
		const shown = isScalar(node) ? ` (got \`${String(node.source ?? node.value)}\`)` : '';
		return diagnostic(at(node.range?.[0] ?? 0), 'invalid-field', `Invalid \`${name}\`${shown}: ${issue.message}`);
	});
	return result;
}

/** Offset (in the YAML) of the node at `path`, or of its nearest existing parent. */
function nodeStart(doc: Document, path: readonly (string | number)[]): number {
	for (let n = path.length; n >= 0; n--) {
		const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
		if (isNode(node) && node.range) return node.range[0];
	}
	return 0;
}

function keyNode(root: unknown, path: string[]): Node | undefined {
	let node: unknown = root;
	for (let i = 0; i < path.length; i++) {
		// An item of a list on the way (`editions.1.note`): step into it by its index.
		if (isSeq(node) && i < path.length - 1) {
			node = node.items[Number(path[i])];
			continue;
		}
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
