/**
 * A patch in src/integrations/patches/ runs only on the package versions it
 * was checked against, and `EXPLAINER_ACCELERATORS` turns patches off. (That
 * the switched-off build gives the same site: tests/build/accelerators.test.ts.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { patchOn } from '../../src/integrations/patches/switch.ts';
import { installedVersion, requireVerified } from '../../src/integrations/patches/verified.ts';

const root = mkdtempSync(join(tmpdir(), 'patch-guards-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
function install(pkg: string, version: string): void {
	mkdirSync(join(root, 'node_modules', pkg), { recursive: true });
	writeFileSync(join(root, 'node_modules', pkg, 'package.json'), JSON.stringify({ name: pkg, version }));
}

describe('the version guard', () => {
	it('passes on the versions installed for this project (the ones the build runs on)', () => {
		expect(() => requireVerified('article-modules', { astro: [installedVersion('astro')!] })).not.toThrow();
	});

	it('stops on any other version, naming the patch, the installed and the verified versions, and the switch', () => {
		install('astro', '7.5.0');
		install('@astrojs/mdx', '8.1.4');
		const run = () =>
			requireVerified(
				'article-modules',
				{ astro: ['7.4.8'], '@astrojs/mdx': ['8.1.4'], '@mdx-js/mdx': ['3.1.1'] },
				root,
			);
		expect(run).toThrow(/`article-modules` \(src\/integrations\/patches\/article-modules\.ts\)/);
		expect(run).toThrow(
			/astro 7\.5\.0 \(verified on 7\.4\.8\); @mdx-js\/mdx \(not installed\) \(verified on 3\.1\.1\)\./,
		);
		expect(run).not.toThrow(/@astrojs\/mdx 8/);
		expect(run).toThrow(/EXPLAINER_ACCELERATORS=0/);
	});
});

describe('EXPLAINER_ACCELERATORS', () => {
	it('turns every patch on unset or 1, and off at 0', () => {
		expect(patchOn('article-modules', {})).toBe(true);
		expect(patchOn('content-layer-sync', { EXPLAINER_ACCELERATORS: '1' })).toBe(true);
		expect(patchOn('data-store-file', { EXPLAINER_ACCELERATORS: '0' })).toBe(false);
	});

	it('turns on only the patches it lists, and refuses a name it does not know', () => {
		const env = { EXPLAINER_ACCELERATORS: 'article-modules, data-store-file' };
		expect(patchOn('data-store-file', env)).toBe(true);
		expect(patchOn('content-layer-sync', env)).toBe(false);
		expect(() => patchOn('content-layer-sync', { EXPLAINER_ACCELERATORS: 'article-module' })).toThrow(
			/no patch named article-module; write 0, 1 or a list of article-modules, data-store-file/,
		);
	});
});
