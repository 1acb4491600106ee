/**
 * `npm test`: the lint (ESLint, Prettier, dependency-cruiser), `astro check`
 * and `vitest run`, the first two beside the third rather than before it:
 * most of Vitest's time is one build after another, and the checks use the
 * processor time those leave. They run at a lower priority, so Vitest's
 * builds and browser come first when the machine is busy. Vitest prints as
 * it goes; the checks' output follows it, then one line per step. Fails if
 * any step fails. Arguments go to Vitest (`npm test -- tests/unit`).
 *
 * `astro sync` runs first, alone: `astro check` reads the types it writes to
 * `.astro/`, and the sync that `astro check` would run itself writes the
 * collections' module list there too, which a test build running at the
 * same time would read (tests/support/build-service.ts).
 */
import { spawn } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';

interface Step {
	name: string;
	code: number;
	output: string;
	ms: number;
}

const ASTRO = 'node_modules/astro/bin/astro.mjs';

/** Runs `command`; its output is printed as it comes (`live`) or kept for later. */
function run(name: string, command: string, args: string[], { live = false, background = false } = {}): Promise<Step> {
	const started = performance.now();
	return new Promise((done) => {
		const child = spawn(command, args, { stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'] });
		if (background && child.pid) {
			// Below `npm test`'s own priority, whatever that is (`nice npm test` too).
			try {
				setPriority(child.pid, Math.min(19, getPriority() + 10));
			} catch {}
		}
		let output = '';
		child.stdout?.on('data', (chunk) => (output += chunk));
		child.stderr?.on('data', (chunk) => (output += chunk));
		child.on('error', (error) => (output += `${error.message}\n`));
		child.on('close', (code) => done({ name, code: code ?? 1, output, ms: performance.now() - started }));
	});
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const sync = await run('astro sync', process.execPath, [ASTRO, 'sync']);
const checks =
	sync.code === 0
		? [
				run('npm run lint', npm, ['run', '--silent', 'lint'], { background: true }),
				run('astro check', process.execPath, [ASTRO, 'check', '--noSync', '--minimumSeverity', 'error'], {
					background: true,
				}),
			]
		: [Promise.resolve(sync)];
const vitest = await run(
	'vitest run',
	process.execPath,
	['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)],
	{
		live: true,
	},
);
const steps = [...(await Promise.all(checks)), vitest];
for (const step of steps.slice(0, -1)) process.stdout.write(`\n── ${step.name} ──\n${step.output.trimEnd()}\n`);
process.stdout.write('\n');
for (const step of steps)
	process.stdout.write(`${step.code === 0 ? 'ok    ' : 'FAILED'} ${step.name} (${(step.ms / 1000).toFixed(0)} s)\n`);
process.exitCode = steps.every((step) => step.code === 0) ? 0 : 1;
