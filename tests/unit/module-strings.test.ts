/**
 * A compiled article with its long strings moved out of the module must
 * export and render exactly what it did, read its body's strings on each
 * render (so a page keeps none of them), and leave other modules alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAst } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { splitStrings } from '../../src/markdown/module-strings.ts';

const dir = mkdtempSync(join(tmpdir(), 'module-strings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const long = (s: string) => `${s} `.repeat(30);
// The shape @mdx-js/mdx compiles an article into: the frontmatter, then the body function.
const paragraph = `<p id="p-1">Witkoff’s “plan” — ${long('naïve café ↩ 𝄞')}</p><div class="notes">${long('Source 1 · Global Press')}</div>`;
const MODULE = `import { readFileSync } from 'node:fs';
export const frontmatter = {
  "title": "Short",
  "claims": { "claims": [{ "id": "c-1", "text": ${JSON.stringify(long('He said “yes” ’n’ left'))} }] }
};
const outside = ${JSON.stringify(long('a constant outside the body'))};
function _createMdxContent(props) {
  const _components = { h2: "h2", ...props.components };
  return [{ "set:html": ${JSON.stringify(paragraph)} }, _components.h2, { "set:html": ${JSON.stringify(long('second \\ "quoted" \n line'))} }, outside.length];
}
export default function MDXContent(props = {}) { return _createMdxContent(props); }
export const ok = typeof readFileSync;
`;

let n = 0;
async function load(code: string) {
	const file = join(dir, `m${n++}.mjs`);
	writeFileSync(file, code);
	return (await import(pathToFileURL(file).href)) as { frontmatter: unknown; default: (props?: object) => unknown[]; ok: string };
}

function split(code: string) {
	const files = { head: join(dir, `h${n}.json`), body: join(dir, `b${n}.json`) };
	const result = splitStrings(code, (c) => parseAst(c) as never, files.head, files.body);
	writeFileSync(files.head, JSON.stringify(result.head));
	writeFileSync(files.body, JSON.stringify(result.body));
	return { ...result, files };
}

describe('splitStrings', () => {
	it('exports and renders the same values, with the long strings out of the code', async () => {
		const out = split(MODULE);
		expect(out.head).toHaveLength(2);
		expect(out.body).toHaveLength(2);
		expect(out.code.length).toBeLessThan(MODULE.length / 3);
		expect(out.code).not.toContain('Global Press');
		const [before, after] = [await load(MODULE), await load(out.code)];
		expect(after.frontmatter).toEqual(before.frontmatter);
		expect(after.default({ components: {} })).toEqual(before.default({ components: {} }));
		expect(after.ok).toBe('function');
	});

	it('reads the body strings on each render, not once', async () => {
		const out = split(MODULE);
		const mod = await load(out.code);
		writeFileSync(out.files.body, JSON.stringify(out.body.map((s) => s.toUpperCase())));
		expect(JSON.stringify(mod.default({ components: {} }))).toContain('SOURCE 1 · GLOBAL PRESS');
	});

	it('leaves a module without the body function unchanged', () => {
		const code = `export const x = ${JSON.stringify(long('not an article'))};\n`;
		expect(split(code)).toMatchObject({ code, head: [], body: [] });
	});
});
