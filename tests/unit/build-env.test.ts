/**
 * Where a file Vite bundles names `import.meta.env` itself, anywhere in its
 * text (code or comment), Astro's build writes into that file the value of
 * every environment variable whose name occurs in it (astro's
 * vite-plugin-import-meta-env.js, which tests the file's text with the
 * pattern below): `_`, the command that started the build, in any file
 * with an underscore. The build's output then changes with how it was
 * started, and an incremental build renders every page again
 * (tests/build/rebuilds.test.ts). ESLint refuses such code in src/; this
 * also finds it in comments and strings, which ESLint does not read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** The pattern of Astro 7.4.8's plugin: `import.meta.env` with no property read after it. */
const BARE = /\bimport\.meta\.env\b(?!\.)/;

it('no file of src/ names import.meta.env without reading a property of it', () => {
	const named = readdirSync('src', { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(ts|astro|js|mjs)$/.test(file))
		.filter((file) => BARE.test(readFileSync(join('src', file), 'utf8')));
	expect(named).toEqual([]);
});
