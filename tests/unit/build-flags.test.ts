/**
 * The build's Node flags and environment (src/tools/build-flags.ts) reach
 * every way the site is built: `npm run build` runs src/tools/build.ts,
 * which starts `astro build` with them, as the tests' and the bench's
 * builds do, and the pinned Node accepts them (an unknown flag would stop
 * every build with "bad option").
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { astroBuild, BUILD_ENV, BUILD_NODE_FLAGS } from '../../src/tools/build-flags.ts';

describe('the build’s Node flags and environment', () => {
	it('are what `npm run build` starts Astro with, on any platform (no shell assignments)', () => {
		const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
		expect(scripts.build).toMatch(/&& node src\/tools\/build\.ts$/);
		const build = astroBuild(['--force'], { PATH: '/bin' });
		expect(build.args).toEqual([...BUILD_NODE_FLAGS, 'node_modules/astro/bin/astro.mjs', 'build', '--force']);
		expect(build.env).toEqual({ PATH: '/bin', ...BUILD_ENV });
	});

	it('are accepted by the Node that runs the build, and the launcher passes its arguments to astro build', () => {
		// `astro build --help` prints its usage and builds nothing.
		const run = spawnSync(process.execPath, ['src/tools/build.ts', '--help'], { encoding: 'utf8' });
		expect(run.stderr).toBe('');
		expect(run.stdout).toMatch(/astro build/);
		expect(run.status).toBe(0);
	});
});
