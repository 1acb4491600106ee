/**
 * Build a site from a content folder with the real Astro CLI (`astro
 * build`, as `npm run build` runs it), in a child process, capturing its
 * output: the tests' builds (the real site, the fixture site, broken
 * variants) go through here.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { astroBuild } from './build-flags.ts';

export interface BuildResult {
	code: number;
	output: string;
	/** Wall time, milliseconds. */
	ms: number;
}

/**
 * The environment without what Vitest sets for its own `import.meta.env` (`DEV=1`, `MODE=test` …):
 * Astro reads those in the build too, and a build that thinks it is the dev server rebuilds the
 * site index for every page, as `astro dev` does.
 */
function withoutTestMode(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const rest = { ...env };
	for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete rest[name];
	if (rest.NODE_ENV === 'test') delete rest.NODE_ENV;
	return rest;
}

/**
 * @param content the content folder (articles/, sources/, entities/)
 * @param out the output folder; keep it inside the project so parallel builds get their own work folders
 * @param cache a cache folder of its own, for builds that run at the same time
 * @param incremental keep the content store and compiled articles of the last build in `cache` (no `--force`), as a rebuild does
 * @param signal stops the build (the test run ends before it does)
 */
export function buildSite(
	content: string,
	out: string,
	{
		cache,
		env = {},
		incremental = false,
		signal,
	}: { cache?: string; env?: Record<string, string>; incremental?: boolean; signal?: AbortSignal } = {},
): Promise<BuildResult> {
	// `--force` clears the content store first; an incremental build keeps it, as `npm run build` does.
	const build = astroBuild(incremental ? [] : ['--force'], {
		...withoutTestMode(process.env),
		EXPLAINER_CONTENT: resolve(content),
		EXPLAINER_OUT: resolve(out),
		...(cache ? { EXPLAINER_CACHE: resolve(cache) } : {}),
		ASTRO_TELEMETRY_DISABLED: '1',
		FORCE_COLOR: '0',
		NO_COLOR: '1',
		...env,
	});
	const started = performance.now();
	return new Promise((done) => {
		const child = spawn(build.command, build.args, { env: build.env, stdio: ['ignore', 'pipe', 'pipe'], signal });
		// A stopped build ends with `close` like any other, its code 1: nothing waits on it by then.
		child.on('error', () => {});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => done({ code: code ?? 1, output, ms: performance.now() - started }));
	});
}
