/** Build a site from a content folder with the real Astro CLI, capturing its output. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export interface BuildResult {
	code: number;
	output: string;
}

export function buildSite(content: string, out: string): BuildResult {
	const astro = resolve('node_modules/astro/bin/astro.mjs');
	const run = spawnSync(process.execPath, [astro, 'build', '--force'], {
		env: { ...process.env, EXPLAINER_CONTENT: resolve(content), EXPLAINER_OUT: resolve(out), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
		encoding: 'utf8',
		timeout: 300_000,
	});
	return { code: run.status ?? 1, output: `${run.stdout}\n${run.stderr}` };
}
