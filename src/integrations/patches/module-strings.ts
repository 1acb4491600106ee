/**
 * Part of the patch `article-modules` (./article-modules.ts): a compiled
 * article module with its long string literals moved out into JSON, the
 * paragraphs' HTML above all. A compiled article is nearly all string
 * literals, and the bundler holds many times their size in native memory
 * while it bundles every article at once. Out of the module, the strings
 * cost the bundler nothing, and the body's are read when the page renders
 * and dropped after, so no page keeps every article's HTML.
 *
 * Depends on: @mdx-js/mdx compiling the body into a function named
 * `_createMdxContent` (the versions are checked in ./article-modules.ts).
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
	/** Read once, as the module loads: long strings outside the body. */
	strings: string[];
}

interface Span {
	start: number;
	end: number;
}
type Located = Node & Span;

/**
 * `code` with every string literal of at least `LONG` characters replaced
 * by a read from `headFile` (outside the body function) or `bodyFile`
 * (inside it). Returns the code unchanged, with empty tables, when there
 * is no body function (not an @mdx-js/mdx module) or nothing to move.
 */
export function splitStrings(
	code: string,
	parse: (code: string) => Node,
	headFile: string,
	bodyFile: string,
): SplitModule {
	const literals: { node: Located; inBody: boolean }[] = [];
	let body: Located | undefined;
	walk(parse(code), (node, inBody) => {
		if (node.type === 'FunctionDeclaration' && node.id?.name === BODY_FUNCTION) body = node as Located;
		// Import sources and directives must stay literals.
		if (node.type === 'Literal' && typeof node.value === 'string' && node.value.length >= LONG)
			literals.push({ node: node as Located, inBody });
	});
	if (!body || literals.length === 0) return { code, head: { strings: [] }, body: [] };
	const head: string[] = [];
	const bodyStrings: string[] = [];
	const edits: { at: Span; text: string }[] = [];
	for (const { node, inBody } of literals) {
		const value = (node as { value: string }).value;
		edits.push({
			at: node,
			text: inBody ? `__body[${bodyStrings.push(value) - 1}]` : `__head[${head.push(value) - 1}]`,
		});
	}
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
	];
	return { code: `${prelude.join('\n')}\n${out}`, head: { strings: head }, body: bodyStrings };
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
