/**
 * The test suite's own cost, as a newcomer meets it: `npm test`
 * (scripts/test.ts: the lint and `astro check` beside `vitest run`) from no
 * builds, no Vitest timing cache and no lint cache, so a slower suite shows
 * up as a number here rather than as a flaky failure. Returns the wall
 * time, each step's, and the ten slowest tests.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface SuiteFigures {
	ms: number;
	/** Each step's wall time, as `npm test` prints it last (`ok astro check (31 s)`). */
	steps: string[];
	passed: number;
	failed: number;
	slowest: { name: string; ms: number }[];
}

function run(args: string[]): Promise<{ ms: number; code: number; output: string }> {
	const started = performance.now();
	return new Promise((done) => {
		const child = spawn(process.execPath, args, {
			env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => done({ ms: performance.now() - started, code: code ?? 1, output }));
	});
}

interface VitestJson {
	numPassedTests: number;
	numFailedTests: number;
	testResults: { name: string; assertionResults: { fullName: string; duration?: number }[] }[];
}

export async function measureTestSuite(workDir: string): Promise<SuiteFigures> {
	rmSync(resolve('.test-build'), { recursive: true, force: true });
	rmSync(resolve('node_modules/.vite/vitest'), { recursive: true, force: true });
	rmSync(resolve('node_modules/.cache/eslint'), { recursive: true, force: true });
	rmSync(resolve('node_modules/.cache/prettier'), { recursive: true, force: true });
	const report = join(workDir, 'vitest-report.json');
	const test = await run([
		resolve('scripts/test.ts'),
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${report}`,
	]);
	const steps = test.output.split('\n').filter((line) => /^(ok {4}|FAILED) .* \(\d+ s\)$/.test(line));
	const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
	const tests = json.testResults.flatMap((file) =>
		file.assertionResults.map((t) => ({
			name: `${file.name.replace(resolve('.') + '/', '')} › ${t.fullName}`,
			ms: t.duration ?? 0,
		})),
	);
	tests.sort((a, b) => b.ms - a.ms);
	return {
		ms: test.ms,
		steps,
		passed: json.numPassedTests,
		failed: json.numFailedTests,
		slowest: tests.slice(0, 10),
	};
}
