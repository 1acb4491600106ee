/**
 * The build's Node flags and environment (src/tools/build-flags.ts) reach
 * every way the site is built: `npm run build` passes the same ones as the
 * tests' and the bench's builds, and the pinned Node accepts them (an
 * unknown flag would stop every build with "bad option").
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_ENV, BUILD_NODE_FLAGS, envAssignments } from '../../src/tools/build-flags.ts';

describe('the build’s Node flags', () => {
	it('are the ones `npm run build` passes, after the environment it sets', () => {
		const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
		expect(scripts.build).toContain(`${envAssignments()} node ${BUILD_NODE_FLAGS.join(' ')} node_modules/astro/bin/astro.mjs build`);
	});

	// envAssignments() does not quote: a value a shell would split or expand must not slip in.
	it('set an environment a POSIX shell reads as written', () => {
		for (const [name, value] of Object.entries(BUILD_ENV)) expect(`${name}=${value}`).toMatch(/^[A-Z_]+=[0-9]+$/);
	});

	it('are accepted by the Node that runs the build', () => {
		const run = spawnSync(process.execPath, [...BUILD_NODE_FLAGS, '-e', 'process.exit(0)'], { encoding: 'utf8', env: { ...process.env, ...BUILD_ENV } });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
	});
});
