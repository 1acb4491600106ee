/**
 * Patch `claims-export` (an accelerator; `EXPLAINER_ACCELERATORS`, ./switch.ts).
 * The claims record reaches the page in the compiled article's
 * `frontmatter` export (Astro's `remarkPluginFrontmatter`). Left in the
 * frontmatter as an object, it is about 40 KB of JSON per explainer that
 * the MDX compile turns into JavaScript the long way: @astrojs/mdx
 * serialises the frontmatter and parses it back with acorn, MDX walks the
 * resulting tree and prints it as an object literal, and the bundler
 * parses that again. Measured at 1,000 generated explainers, that object
 * literal is most of a compiled article's code.
 *
 * So the record goes around the JavaScript: a rehype plugin, which runs
 * before @astrojs/mdx writes the frontmatter export, puts a placeholder in
 * its place, and a recma plugin puts back `JSON.parse("…")` of the same
 * record, one string literal. The page sees the same object.
 *
 * Depends on: @astrojs/markdown-remark's MDX processor running our rehype
 * plugins before its own `rehypeApplyFrontmatterExport`, which writes
 * `export const frontmatter = <JSON of file.data.astro.frontmatter>`
 * (`dist/mdx/create-processor.js`), and on recma plugins seeing that export
 * as an object literal. Writing `file.data.astro.frontmatter` from a remark
 * plugin is Astro's documented API (remarkPluginFrontmatter); changing it
 * from a rehype plugin, relying on that order, is not.
 *
 * Upstream: no issue yet. The report we would file (withastro/astro, pkg: mdx):
 * "@astrojs/mdx writes remark-plugin frontmatter as an object literal, which
 * MDX re-parses with acorn and prints as JavaScript, and the bundler parses
 * again; for frontmatter of tens of KB per file this is most of the
 * compiled module. Could it be written as `JSON.parse("…")`, as the data
 * store module is since #17430?"
 */
import type { Expression, Node, Program, Property } from 'estree';
import type { VFile } from 'vfile';
import { patchOn } from './switch.ts';
import { requireVerified } from './verified.ts';

/** The frontmatter key the claims plugin writes (`ClaimsFrontmatter`). */
const KEY = 'claims';
/** Stands in for the record until the recma plugin replaces it; a frontmatter value an author cannot write (a NUL). */
export const CLAIMS_PLACEHOLDER = '\u0000explainer:claims';

interface Data {
	astro?: { frontmatter?: Record<string, unknown> };
	claimsJson?: string;
}

/** The plugins for the MDX processor's options (none when the patch is off). */
export function claimsExport(): { rehypePlugins?: [typeof rehypeClaimsOut]; recmaPlugins?: [typeof recmaClaimsIn] } {
	if (!patchOn('claims-export')) return {};
	requireVerified('claims-export', { '@astrojs/markdown-remark': ['7.3.1'], '@mdx-js/mdx': ['3.1.1'] });
	return { rehypePlugins: [rehypeClaimsOut], recmaPlugins: [recmaClaimsIn] };
}

/** rehype plugin: the record out of the frontmatter, kept on the file as JSON. */
export function rehypeClaimsOut() {
	return function (_tree: unknown, file: VFile): void {
		// Only an MDX compile runs the recma plugin that puts the record back.
		if (!file.path?.endsWith('.mdx')) return;
		const data = file.data as Data;
		const frontmatter = data.astro?.frontmatter;
		if (!frontmatter || frontmatter[KEY] === undefined) return;
		data.claimsJson = JSON.stringify(frontmatter[KEY]);
		data.astro!.frontmatter = { ...frontmatter, [KEY]: CLAIMS_PLACEHOLDER };
	};
}

/** recma plugin: the placeholder in `export const frontmatter = {…}` becomes `JSON.parse(<the record>)`. */
export function recmaClaimsIn() {
	return function (tree: Program, file: VFile): void {
		const json = (file.data as Data).claimsJson;
		if (json === undefined) return;
		const property = placeholderIn(tree);
		if (!property)
			throw new Error(
				`${file.path}: the claims placeholder is missing from the compiled frontmatter (did @astrojs/mdx change how it writes the frontmatter export?)`,
			);
		property.value = jsonParse(json);
	};
}

/** The `claims` property of the exported `frontmatter` object, when it holds the placeholder. */
function placeholderIn(tree: Program): Property | undefined {
	for (const statement of tree.body) {
		if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') continue;
		for (const declarator of statement.declaration.declarations) {
			if (
				declarator.id.type !== 'Identifier' ||
				declarator.id.name !== 'frontmatter' ||
				declarator.init?.type !== 'ObjectExpression'
			)
				continue;
			for (const property of declarator.init.properties) {
				if (property.type === 'Property' && keyName(property.key) === KEY && isPlaceholder(property.value))
					return property;
			}
		}
	}
	return undefined;
}

function keyName(key: Node): string | undefined {
	if (key.type === 'Identifier') return key.name;
	if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
	return undefined;
}

function isPlaceholder(value: Node): boolean {
	return value.type === 'Literal' && value.value === CLAIMS_PLACEHOLDER;
}

function jsonParse(json: string): Expression {
	return {
		type: 'CallExpression',
		callee: {
			type: 'MemberExpression',
			object: { type: 'Identifier', name: 'JSON' },
			property: { type: 'Identifier', name: 'parse' },
			computed: false,
			optional: false,
		},
		arguments: [{ type: 'Literal', value: json, raw: JSON.stringify(json) }],
		optional: false,
	};
}
