/**
 * Validate YAML text against a schema and report every problem at the line
 * and column of the offending key or value, not just "data does not match".
 */
import {
	isAlias,
	isMap,
	isNode,
	isScalar,
	isSeq,
	parseDocument,
	visit,
	type Document,
	type Node,
	type Scalar,
} from 'yaml';
import type { z } from 'astro/zod';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { excerpt } from '../text/format.ts';
import { scalarOffsets } from './yaml-scalar.ts';
import { yamlErrorReason } from './yaml-errors.ts';
import { characterName, forbiddenCharacters, shownKey, stringsMatching } from './yaml-characters.ts';
import { BUNDLER_MARKER, MARKER_REASON } from '../text/bundler-markers.ts';
import { MAX_ALIASES, structureOf } from './yaml-structure.ts';

export interface YamlResult<T> {
	data?: T;
	/** The YAML as read, before the schema (set once it parses): what a collection's `parseData` is given. */
	value?: unknown;
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
export function validateYaml<S extends z.ZodType>(
	schema: S,
	file: string,
	text: string,
	start = 0,
	end = text.length,
): YamlResult<z.infer<S>> {
	const yaml = text.slice(start, end);
	const at = (offset: number) => ({ file, text, offset: start + offset });
	const none = () => start;
	// Checked before parsing: the parser takes seconds over a few KB of `- - - …` and then runs out of stack.
	const deep = deepNesting(yaml);
	if (deep !== undefined)
		return {
			diagnostics: [
				diagnostic(
					at(deep),
					'yaml-syntax',
					"Invalid YAML: nested too deeply to read, expected a record's fields, each at most a few levels deep",
				),
			],
			offsetOf: none,
			stringOffsets: () => none,
		};
	let doc: Document;
	try {
		// Keys are checked for repeats in one pass below (`uniqueKeys` compares every pair of keys).
		// Always YAML 1.2's core schema: a `%YAML 1.1` directive would turn on 1.1's types, which made
		// `2025-02-30` a date, silently the 2nd of March, `yes` true and `<<` a merge.
		doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false, schema: 'core', merge: false });
	} catch (error) {
		return { diagnostics: [unreadable(error, at, yaml)], offsetOf: none, stringOffsets: () => none };
	}
	const offsetOf = (path: readonly (string | number)[]) => start + nodeStart(doc, path);
	const stringOffsets = (path: readonly (string | number)[]) => {
		const node = doc.getIn(path, true);
		if (!isScalar(node) || !node.range) return () => offsetOf(path);
		const map = scalarOffsets(yaml, node);
		return (offset: number) => start + map(offset);
	};
	const result: YamlResult<z.infer<S>> = { diagnostics: [], offsetOf, stringOffsets };
	// A warning too: an unknown tag (`!foo`) is one, and Astro's own YAML parser throws on it.
	const errors = [...doc.errors, ...doc.warnings];
	if (errors.length > 0) {
		const quoted = new Set<number>();
		result.diagnostics = errors.map((e) => diagnostic(at(e.pos[0]), 'yaml-syntax', yamlErrorReason(e, yaml, quoted)));
		return result;
	}
	const unclosed = unclosedQuotes(doc, yaml);
	if (unclosed.length > 0) {
		result.diagnostics = unclosed.map((node) =>
			diagnostic(
				at(node.range![0]),
				'yaml-syntax',
				`Invalid YAML: the quoted value \`${excerpt(yaml.slice(node.range![0], node.range![1]), 40)}\` has no closing quote mark (its last one is escaped: ${node.type === 'QUOTE_DOUBLE' ? '`\\"`' : "`''`"}), expected it closed with \`${node.type === 'QUOTE_DOUBLE' ? '"' : "'"}\``,
			),
		);
		return result;
	}
	const structure = structureOf(doc.contents);
	const oddities = [
		...structure.tagged.map((node) =>
			diagnostic(
				at(tagStart(yaml, node)),
				'yaml-syntax',
				`Invalid YAML: the tag \`${excerpt(tagText(yaml, node), 40)}\`, expected the value written without it: a record holds plain text, numbers, dates and lists`,
			),
		),
		...structure.collectionKeys.map((node) =>
			diagnostic(
				at(node.range?.[0] ?? 0),
				'yaml-syntax',
				"Invalid YAML: a key that is a list, a mapping or an alias, expected a field's name before its colon (`name: value`)",
			),
		),
	];
	if (oddities.length > 0) {
		result.diagnostics = oddities.sort((a, b) => a.line - b.line || a.column - b.column);
		return result;
	}
	if (structure.duplicates.length > 0 || structure.aliases.length > MAX_ALIASES) {
		result.diagnostics = structure.duplicates.map(({ key, first }) => {
			const line = diagnostic(at(first.range?.[0] ?? 0), 'yaml-syntax', '').line;
			return diagnostic(
				at(key.range?.[0] ?? 0),
				'yaml-syntax',
				`Invalid YAML: \`${shownKey(key)}\` is written twice in one mapping (first on line ${line}), expected each field once`,
			);
		});
		const extra = structure.aliases[MAX_ALIASES];
		if (extra)
			result.diagnostics.push(
				diagnostic(
					at(extra.range?.[0] ?? 0),
					'yaml-syntax',
					`Invalid YAML: more than ${MAX_ALIASES} aliases (\`*name\`), expected the values written out`,
				),
			);
		return result;
	}
	let value: unknown;
	try {
		value = doc.toJS() ?? {};
	} catch (error) {
		// An alias to no anchor, or aliases that expand beyond the parser's limit (a "billion laughs" bomb).
		result.diagnostics = [error instanceof ReferenceError ? aliasProblem(doc, at) : unreadable(error, at, yaml)];
		return result;
	}
	result.value = value;
	const forbidden = forbiddenCharacters(doc.contents);
	if (forbidden.length > 0) {
		result.diagnostics = forbidden.map((f) =>
			diagnostic(
				at(scalarOffsets(yaml, f.node)(f.index)),
				'invalid-field',
				`Invalid \`${f.path.join('.') || '(file)'}\`: unexpected ${characterName(f.code)}, expected printable text (tab and line break are allowed): remove it, or the escape that writes it`,
			),
		);
		return result;
	}
	// Before the schema, whose messages may quote a value: no message holds one (src/text/bundler-markers.ts).
	const markers = stringsMatching(doc.contents, BUNDLER_MARKER);
	if (markers.length > 0) {
		result.diagnostics = markers.map((m) =>
			diagnostic(
				at(scalarOffsets(yaml, m.node)(m.index)),
				'bundler-text',
				`Invalid \`${m.path.join('.') || '(file)'}\`: ${MARKER_REASON}`,
			),
		);
		return result;
	}
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
			return diagnostic(
				at(keyNode(doc.contents, [...path.map(String), key])?.range?.[0] ?? 0),
				'unknown-field',
				`Unexpected field \`${[...path, key].join('.')}\`, expected one of: ${fields.join(', ')}`,
			);
		}
		const node = doc.getIn(path, true);
		if (!isNode(node)) {
			if (issue.code === 'invalid_type')
				return diagnostic(at(nodeStart(doc, path.slice(0, -1))), 'missing-field', `Missing required field \`${name}\``);
			return diagnostic(
				at(nodeStart(doc, path.slice(0, -1))),
				'invalid-field',
				`Invalid \`${name}\`: ${issue.message}`,
			);
		}
		// A value as long as an author can paste is shown in part: the message says how long it is.
		const shown = isScalar(node) ? ` (got \`${excerpt(String(node.source ?? node.value), 80)}\`)` : '';
		return diagnostic(at(node.range?.[0] ?? 0), 'invalid-field', `Invalid \`${name}\`${shown}: ${issue.message}`);
	});
	return result;
}

type At = (offset: number) => { file: string; text: string; offset: number };

/**
 * What the parser threw rather than reported, at the start: nesting too deep (mostly caught before it),
 * or at its escape, a `\U` escape past the last code point, U+10FFFF (`"\U00110000"`), on which the
 * parser calls `String.fromCodePoint` and throws its RangeError with no place.
 */
function unreadable(error: unknown, at: At, yaml: string) {
	const beyond = error instanceof RangeError ? beyondUnicode(yaml) : undefined;
	if (beyond)
		return diagnostic(
			at(beyond.offset),
			'yaml-syntax',
			`Invalid YAML: the escape \`${beyond.escape}\` names no character, expected a code point from \`\\U00000000\` to \`\\U0010FFFF\``,
		);
	if (error instanceof RangeError)
		return diagnostic(
			at(0),
			'yaml-syntax',
			"Invalid YAML: nested too deeply to read, expected a record's fields, each at most a few levels deep",
		);
	const said = error instanceof Error ? error.message.split('\n')[0]! : String(error);
	return diagnostic(
		at(0),
		'yaml-syntax',
		`Invalid YAML: ${said.replace(/\.$/, '')}; expected a record's fields as \`name: value\` lines`,
	);
}

/** The first `\UXXXXXXXX` escape (an odd run of backslashes) past U+10FFFF, with its offset. */
function beyondUnicode(yaml: string): { escape: string; offset: number } | undefined {
	for (const match of yaml.matchAll(/(?<!\\)(?:\\\\)*(\\U([0-9a-fA-F]{8}))/g))
		if (Number.parseInt(match[2]!, 16) > 0x10ffff)
			return { escape: match[1]!, offset: match.index + match[0].length - match[1]!.length };
	return undefined;
}

/**
 * Quoted scalars the parser closed without their closing quote mark. When a value's last quote mark on
 * its line is escaped (`"He said \"no\"` without the final `"`, or `'It''`), the parser (yaml 2.8)
 * ends the value at the next line that is indented less and reads it without a word: the page showed
 * the stray quote mark.
 */
function unclosedQuotes(doc: Document, yaml: string): Scalar[] {
	const found: Scalar[] = [];
	visit(doc, {
		Scalar(_key, node) {
			if (!node.range || (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE')) return;
			const [start, end] = node.range;
			const quote = yaml[start]!;
			// The run of escapes (`\` in double quotes, `'` in single) before the last quote mark, past the first.
			const escape = node.type === 'QUOTE_DOUBLE' ? '\\' : "'";
			let run = 0;
			while (end - 2 - run > start && yaml[end - 2 - run] === escape) run++;
			if (end - start < 2 || yaml[end - 1] !== quote || run % 2 === 1) found.push(node);
		},
	});
	return found;
}

/** Levels of nesting no record needs. */
const MAX_NESTING = 64;

/**
 * Where the nesting first runs deeper than a record ever needs: the start
 * of a run of more than 64 open `[` or `{` (in a quoted value too: a
 * false alarm needs 64 unclosed brackets in one string), of 64 `- `, of 64
 * anchors or tags on one value, or the line that is indented a 65th time
 * deeper than the lines above it (in a block of text too). Past these the
 * parser ran out of stack, and the problem was reported at the file's start.
 */
function deepNesting(yaml: string): number | undefined {
	let depth = 0;
	let run = 0;
	for (let i = 0; i < yaml.length; i++) {
		const c = yaml[i];
		if (c === '[' || c === '{') {
			if (depth === 0) run = i;
			if (++depth > MAX_NESTING) return run;
		} else if ((c === ']' || c === '}') && depth > 0) depth--;
	}
	// A property is matched whole, from a space before it (a lookahead's capture cannot give characters back):
	// a long run of `&` must not be tried from each of its characters, each time to its end.
	const properties = `(?<!\\S)(?:[&!](?=(\\S*))\\1[ \\t]+){${MAX_NESTING}}`;
	const inline = new RegExp(`(?:[-?:][ \\t]+){${MAX_NESTING}}|${properties}`).exec(yaml)?.index;
	return inline ?? deepIndentation(yaml);
}

/** The offset of the first line indented deeper than `MAX_NESTING` lines above it, each deeper than the one before. */
function deepIndentation(yaml: string): number | undefined {
	const indents: number[] = [];
	for (const line of yaml.matchAll(/^( *)[^ \r\n#]/gm)) {
		const indent = line[1]!.length;
		while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop();
		indents.push(indent);
		if (indents.length > MAX_NESTING) return line.index + indent;
	}
	return undefined;
}

/** The first alias with no anchor before it, else the first alias (the expansion is too big to say which one). */
function aliasProblem(doc: Document, at: At) {
	let unresolved: Node | undefined;
	let first: Node | undefined;
	visit(doc, {
		Alias(_key, node) {
			first ??= node;
			if (!unresolved && node.resolve(doc) === undefined) unresolved = node;
		},
	});
	if (unresolved) {
		const name = isAlias(unresolved) ? unresolved.source : '';
		return diagnostic(
			at(unresolved.range?.[0] ?? 0),
			'yaml-syntax',
			`Invalid YAML: alias \`*${name}\` names no anchor before it, expected \`&${name}\` on an earlier value, or the value written out`,
		);
	}
	return diagnostic(
		at(first?.range?.[0] ?? 0),
		'yaml-syntax',
		'Invalid YAML: aliases that expand into too many values (an alias bomb), expected each value written out, or a few aliases to small values',
	);
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

/** Where the tag written before `node`'s value starts (`!!str 5`, `[!"x"]`); the value's start if none is found. */
function tagStart(yaml: string, node: Node): number {
	const start = node.range?.[0] ?? 0;
	const before = yaml.slice(Math.max(0, start - 1024), start);
	// The tag, then perhaps an anchor (`!!str &a x`; an anchor before the tag is before it too).
	const tag = new RegExp(`${TAG.source}(?:\\s+&\\S+)?\\s*$`).exec(before);
	return tag ? start - before.length + tag.index : start;
}

/** The tag as written before `node`'s value. */
function tagText(yaml: string, node: Node): string {
	const from = tagStart(yaml, node);
	return new RegExp(`^${TAG.source}`).exec(yaml.slice(from, from + 200))?.[0] ?? String((node as { tag?: string }).tag);
}

/** A tag as written: `!<uri>`, or `!` and the characters a tag may hold (no quote, flow bracket or comma). */
const TAG = /!(?:<[^>\n]*>|[^\s"'[\]{},]*)/;
