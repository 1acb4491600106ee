/**
 * In a build, the content layer's store module reads `data-store.json`
 * when it loads instead of carrying it as a string literal: it must export
 * the value Astro's own module would (`JSON.parse("<the file>")`), and
 * stay a few bytes whatever the store holds.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeModule } from '../../src/integrations/data-store-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'data-store-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const load = async (code: string) => (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: unknown };

describe('the data store module', () => {
	it('exports what the inlined store would, and is the same size for any store', async () => {
		// devalue's flat form, as sync writes it: body text with quotes, backslashes, line separators and astral characters.
		const store = JSON.stringify([['Map', 1], [2, 3], 'articles', { body: `He said “yes” \\ "no"\n\u2028 𝄞 ${'x'.repeat(100000)}` }]);
		const file = join(dir, "data store's.json");
		writeFileSync(file, store);
		const inlined = await load(`export default JSON.parse(${JSON.stringify(store)})`);
		const read = await load(storeModule(file));
		expect(read.default).toStrictEqual(inlined.default);
		expect(storeModule(file).length).toBeLessThan(300);
	});
});
