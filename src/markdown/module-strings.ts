/**
 * A compiled article module with its long string literals moved out into
 * JSON: the paragraphs' HTML (each with its notes) and the claims in its
 * `frontmatter` export. Measured at 1,000 generated explainers, a compiled
 * article is about 170 KB of JavaScript, nearly all of it string literals;
 * the bundler holds some 13 times that in native memory while it bundles
 * every article at once (2.7 GB peak, 10 GB at 5,000). Out of the module,
 * the strings cost the bundler nothing, and the body's are read when the
 * page renders and dropped after, so no page keeps every article's HTML.
 *
 * Pure: code and a parser in, the new code and the two string tables out.
 * The caller writes the tables where the code says (`./article-modules.ts`).
 */
import type { Node } from 'estree';

/** Shorter literals stay (tag names, ids, imports): moving them saves nothing. */
const LONG = 80;

/** The function @mdx-js/mdx compiles the body into; it runs once per render. */
const BODY_FUNCTION = '_createMdxContent';

export interface SplitModule {
	code: string;
	/** Read once, as the module loads: the frontmatter and anything else outside the body. */
	head: string[];
	/** Read on every render of the body, then dropped. */
	body: string[];
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
 * is no body function (not an @mdx-js/mdx module) or nothing long.
 */
export function splitStrings(code: string, parse: (code: string) => Node, headFile: string, bodyFile: string): SplitModule {
	const literals: { node: Located; inBody: boolean }[] = [];
	let body: Located | undefined;
	walk(parse(code), (node, inBody) => {
		if (node.type === 'FunctionDeclaration' && node.id?.name === BODY_FUNCTION) body = node as Located;
		// Import sources and directives must stay literals.
		if (node.type === 'Literal' && typeof node.value === 'string' && node.value.length >= LONG) literals.push({ node: node as Located, inBody });
	});
	if (!body || literals.length === 0) return { code, head: [], body: [] };
	const head: string[] = [];
	const bodyStrings: string[] = [];
	const edits: { at: Span; text: string }[] = [];
	for (const { node, inBody } of literals) {
		const value = (node as { value: string }).value;
		edits.push({ at: node, text: inBody ? `__body[${bodyStrings.push(value) - 1}]` : `__head[${head.push(value) - 1}]` });
	}
	// The body function reads its strings first thing, each time it runs.
	const open = code.indexOf('{', (body as Located & { body: Located }).body.start);
	if (bodyStrings.length > 0) edits.push({ at: { start: open + 1, end: open + 1 }, text: `\n  const __body = __read(${JSON.stringify(bodyFile)});` });
	let out = code;
	for (const edit of edits.sort((a, b) => b.at.start - a.at.start)) out = out.slice(0, edit.at.start) + edit.text + out.slice(edit.at.end);
	const prelude = `import { readFileSync as __readFileSync } from 'node:fs';\nconst __read = (file) => JSON.parse(__readFileSync(file, 'utf8'));\n${head.length > 0 ? `const __head = __read(${JSON.stringify(headFile)});\n` : ''}`;
	return { code: prelude + out, head, body: bodyStrings };
}

/** Every node, with whether it lies inside the body function. */
function walk(node: Node, visit: (node: Node, inBody: boolean) => void, inBody = false): void {
	visit(node, inBody);
	const inside = inBody || (node.type === 'FunctionDeclaration' && node.id?.name === BODY_FUNCTION);
	for (const [key, value] of Object.entries(node)) {
		// An import's or export's source is a literal that must stay one.
		if (key === 'source' && (node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ImportExpression')) continue;
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
