/**
 * Part of the patch `article-modules` (./article-modules.ts): a compiled
 * article module with its long string literals moved out into JSON: the
 * paragraphs' HTML, and its `frontmatter` export
 * (the claims) as a whole. A compiled article is nearly all string
 * literals, and the bundler holds many times their size in native memory
 * while it bundles every article at once. Out of the module, the strings
 * cost the bundler nothing, and the body's are read when the page renders
 * and dropped after, so no page keeps every article's HTML.
 *
 * The frontmatter is read from the file when one of its fields is read,
 * and held only weakly (fields read together share one read; the next
 * collection frees it): a loaded module stays loaded for the whole build,
 * and as an object literal each article's claims and passages stayed live
 * with it, growing the live heap every major GC of the route phase walks.
 * Whoever needs the claims keeps what it needs (`src/data/site.ts`).
 *
 * Depends on: @mdx-js/mdx compiling the body into a function named
 * `_createMdxContent`, and @astrojs/mdx writing `export const frontmatter`
 * as plain data (the versions are checked in ./article-modules.ts).
 *
 * Pure: code and a parser in, the new code and the two string tables out,
 * in time linear in the code's length. The caller writes the tables where
 * the code says.
 */
import type { Node } from 'estree';

/** Shorter literals stay (tag names, ids, imports): moving them saves nothing. */
const LONG = 80;

/** The function @mdx-js/mdx compiles the body into; it runs once per render. */
const BODY_FUNCTION = '_createMdxContent';

export interface SplitModule {
	code: string;
	/** The head file's contents (plain JSON data). */
	head: HeadTable;
	/** Read on every render of the body, then dropped. */
	body: string[];
}

export interface HeadTable {
	/** Read once, as the module loads: long strings outside the body and the frontmatter. */
	strings: string[];
	/** The `frontmatter` export's value, read again each time one of its fields is. */
	frontmatter?: Record<string, unknown>;
}

interface Span {
	start: number;
	end: number;
}
type Located = Node & Span;

/**
 * `code` with every string literal of at least `LONG` characters replaced
 * by a read from `headFile` (outside the body function) or `bodyFile`
 * (inside it), and an `export const frontmatter` of plain data replaced
 * by an object whose fields read it from `headFile`. Returns the code
 * unchanged, with empty tables, when there is no body function (not an
 * @mdx-js/mdx module) or nothing to move.
 */
export function splitStrings(
	code: string,
	parse: (code: string) => Node,
	headFile: string,
	bodyFile: string,
): SplitModule {
	const literals: { node: Located; inBody: boolean }[] = [];
	let body: Located | undefined;
	let frontmatter: { init: Located; value: Record<string, unknown> } | undefined;
	walk(parse(code), (node, inBody) => {
		if (node.type === 'FunctionDeclaration' && node.id?.name === BODY_FUNCTION) body = node as Located;
		if (node.type === 'ExportNamedDeclaration' && !frontmatter) frontmatter = frontmatterOf(node);
		// Import sources and directives must stay literals.
		if (node.type === 'Literal' && typeof node.value === 'string' && node.value.length >= LONG)
			literals.push({ node: node as Located, inBody });
	});
	if (!body || (literals.length === 0 && !frontmatter)) return { code, head: { strings: [] }, body: [] };
	const head: string[] = [];
	const bodyStrings: string[] = [];
	const edits: { at: Span; text: string }[] = [];
	for (const { node, inBody } of literals) {
		// The frontmatter's strings go with it.
		if (frontmatter && node.start >= frontmatter.init.start && node.end <= frontmatter.init.end) continue;
		const value = (node as { value: string }).value;
		edits.push({
			at: node,
			text: inBody ? `__body[${bodyStrings.push(value) - 1}]` : `__head[${head.push(value) - 1}]`,
		});
	}
	if (frontmatter)
		edits.push({ at: frontmatter.init, text: `__frontmatter(${JSON.stringify(Object.keys(frontmatter.value))})` });
	// The body function reads its strings first thing, each time it runs.
	const open = code.indexOf('{', (body as Located & { body: Located }).body.start);
	if (bodyStrings.length > 0)
		edits.push({
			at: { start: open + 1, end: open + 1 },
			text: `\n  const __body = __read(${JSON.stringify(bodyFile)});`,
		});
	// One pass over the code, front to back: splicing each edit into the whole string would copy it once per edit.
	const parts: string[] = [];
	let at = 0;
	for (const edit of edits.sort((a, b) => a.at.start - b.at.start)) {
		parts.push(code.slice(at, edit.at.start), edit.text);
		at = edit.at.end;
	}
	parts.push(code.slice(at));
	const out = parts.join('');
	const prelude = [
		`import { readFileSync as __readFileSync } from 'node:fs';`,
		`const __read = (file) => JSON.parse(__readFileSync(file, 'utf8'));`,
		...(head.length > 0 ? [`const __head = __read(${JSON.stringify(headFile)}).strings;`] : []),
		// Enumerable getters: spreading or serialising the object reads every field, as it would a literal.
		// The file read once for fields read together (a page reads several in a row), and held only
		// weakly, so the next collection frees it.
		...(frontmatter
			? [
					`let __frontmatterRef;`,
					`const __frontmatterData = () => { let data = __frontmatterRef?.deref(); if (!data) __frontmatterRef = new WeakRef((data = __read(${JSON.stringify(headFile)}).frontmatter)); return data; };`,
					`const __frontmatter = (keys) => Object.defineProperties({}, Object.fromEntries(keys.map((key) => [key, { enumerable: true, get: () => __frontmatterData()[key] }])));`,
				]
			: []),
	];
	return {
		code: `${prelude.join('\n')}\n${out}`,
		head: { strings: head, ...(frontmatter ? { frontmatter: frontmatter.value } : {}) },
		body: bodyStrings,
	};
}

/** `export const frontmatter = …` when its value is plain data (what @mdx-js/mdx writes from the YAML and the plugins). */
function frontmatterOf(node: Node): { init: Located; value: Record<string, unknown> } | undefined {
	if (
		node.type !== 'ExportNamedDeclaration' ||
		node.declaration?.type !== 'VariableDeclaration' ||
		node.declaration.kind !== 'const'
	)
		return undefined;
	const [declarator, ...more] = node.declaration.declarations;
	if (
		!declarator ||
		more.length > 0 ||
		declarator.id.type !== 'Identifier' ||
		declarator.id.name !== 'frontmatter' ||
		declarator.init?.type !== 'ObjectExpression'
	)
		return undefined;
	const value = dataOf(declarator.init);
	return value === NOT_DATA ? undefined : { init: declarator.init as Located, value: value as Record<string, unknown> };
}

const NOT_DATA = Symbol('not plain data');

/** The value of an expression made only of JSON literals, objects, arrays and `JSON.parse` of a string; else `NOT_DATA`. */
function dataOf(node: Node): unknown {
	switch (node.type) {
		case 'Literal':
			return node.value === null || ['string', 'number', 'boolean'].includes(typeof node.value) ? node.value : NOT_DATA;
		// The claims record, as ./claims-export.ts writes it: `JSON.parse("…")` of one string.
		case 'CallExpression': {
			const [arg, ...more] = node.arguments;
			const callee = node.callee;
			const isJsonParse =
				callee.type === 'MemberExpression' &&
				!callee.computed &&
				callee.object.type === 'Identifier' &&
				callee.object.name === 'JSON' &&
				callee.property.type === 'Identifier' &&
				callee.property.name === 'parse';
			return isJsonParse && more.length === 0 && arg?.type === 'Literal' && typeof arg.value === 'string'
				? (JSON.parse(arg.value) as unknown)
				: NOT_DATA;
		}
		case 'UnaryExpression':
			return node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number'
				? -node.argument.value
				: NOT_DATA;
		case 'ArrayExpression': {
			const items = node.elements.map((e) => (e && e.type !== 'SpreadElement' ? dataOf(e) : NOT_DATA));
			return items.includes(NOT_DATA) ? NOT_DATA : items;
		}
		case 'ObjectExpression': {
			const out: Record<string, unknown> = {};
			for (const p of node.properties) {
				if (p.type !== 'Property' || p.kind !== 'init' || p.computed || p.method) return NOT_DATA;
				const key =
					p.key.type === 'Identifier'
						? p.key.name
						: p.key.type === 'Literal' && typeof p.key.value === 'string'
							? p.key.value
							: undefined;
				const value = dataOf(p.value);
				if (key === undefined || key === '__proto__' || value === NOT_DATA) return NOT_DATA;
				out[key] = value;
			}
			return out;
		}
		default:
			return NOT_DATA;
	}
}

/** Every node, with whether it lies inside the body function. */
function walk(node: Node, visit: (node: Node, inBody: boolean) => void, inBody = false): void {
	visit(node, inBody);
	const inside = inBody || (node.type === 'FunctionDeclaration' && node.id?.name === BODY_FUNCTION);
	for (const [key, value] of Object.entries(node)) {
		// An import's or export's source is a literal that must stay one.
		if (
			key === 'source' &&
			(node.type === 'ImportDeclaration' ||
				node.type === 'ExportNamedDeclaration' ||
				node.type === 'ExportAllDeclaration' ||
				node.type === 'ImportExpression')
		)
			continue;
		// Object keys too ({"set:html": …}).
		if (key === 'key' && node.type === 'Property') continue;
		if (Array.isArray(value)) {
			for (const child of value) if (isNode(child)) walk(child, visit, inside);
		} else if (isNode(value)) walk(value, visit, inside);
	}
}

function isNode(value: unknown): value is Node {
	return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
