/**
 * A compiled article with its long strings moved out of the module must
 * export and render exactly what it did, read its body's strings on each
 * render and its frontmatter on each read (so the loaded module keeps
 * neither), and leave other modules alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseAst } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { splitStrings } from '../../src/markdown/module-strings.ts';

// A full collection on demand, as `--expose-gc` gives.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

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
		expect(out.head.strings).toHaveLength(1);
		expect(out.body).toHaveLength(2);
		expect(out.code.length).toBeLessThan(MODULE.length / 3);
		expect(out.code).not.toContain('Global Press');
		expect(out.code).not.toContain('c-1');
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

	it('reads the frontmatter from its file and holds it only weakly: after a collection, a read reads the file again', async () => {
		const out = split(MODULE);
		const mod = (await load(out.code)) as unknown as { frontmatter: { title: string; claims: { claims: { id: string }[] } } };
		expect(mod.frontmatter.title).toBe('Short');
		writeFileSync(out.files.head, JSON.stringify({ ...out.head, frontmatter: { ...out.head.frontmatter, title: 'Retitled' } }));
		// A WeakRef's target lives at least to the end of the job that read it.
		await new Promise((done) => setImmediate(done));
		collectGarbage();
		expect(mod.frontmatter.title).toBe('Retitled');
		expect(Object.keys(mod.frontmatter)).toEqual(['title', 'claims']);
		expect({ ...mod.frontmatter }.claims.claims[0]!.id).toBe('c-1');
	});

	it('moves out a claims record written as JSON.parse of one string (src/markdown/claims-export.ts), so it is not kept either', async () => {
		const record = { claims: [{ id: 'c-1', text: long('He said “yes”') }] };
		const code = MODULE.replace(/"claims": \{ "claims": .*\n/, `"claims": JSON.parse(${JSON.stringify(JSON.stringify(record))})\n`);
		expect(code).toContain('JSON.parse(');
		const out = split(code);
		expect(out.head.frontmatter).toEqual({ title: 'Short', claims: record });
		expect(out.code).not.toContain('c-1');
		expect((await load(out.code)).frontmatter).toEqual((await load(code)).frontmatter);
	});

	it('keeps a frontmatter with any other call in the code', async () => {
		const code = MODULE.replace('"title": "Short"', '"title": String("Short")');
		const out = split(code);
		expect(out.head.frontmatter).toBeUndefined();
		expect((await load(out.code)).frontmatter).toEqual((await load(code)).frontmatter);
	});

	it('keeps a frontmatter that is not plain data in the code', async () => {
		const code = MODULE.replace('"title": "Short"', '"title": typeof readFileSync');
		const out = split(code);
		expect(out.head.frontmatter).toBeUndefined();
		expect(out.code).toContain('c-1');
		expect((await load(out.code)).frontmatter).toEqual((await load(code)).frontmatter);
	});

	it('leaves a module without the body function unchanged', () => {
		const code = `export const x = ${JSON.stringify(long('not an article'))};\nexport const frontmatter = { "title": "Short" };\n`;
		expect(split(code)).toMatchObject({ code, head: { strings: [] }, body: [] });
	});
});
