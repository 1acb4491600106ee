/**
 * The test suite's own cost, as a newcomer meets it: `npm test`'s two steps
 * (`astro check`, then `vitest run`) from no builds and no Vitest timing
 * cache, so a slower suite shows up as a number here rather than as a
 * flaky failure. Returns the wall times and the ten slowest tests.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface SuiteFigures {
	checkMs: number;
	vitestMs: number;
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
	const check = await run([resolve('node_modules/astro/bin/astro.mjs'), 'check', '--minimumSeverity', 'error']);
	if (check.code !== 0) throw new Error(`astro check failed:\n${check.output.slice(-2000)}`);
	const report = join(workDir, 'vitest-report.json');
	const vitest = await run([
		resolve('node_modules/vitest/vitest.mjs'),
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${report}`,
	]);
	const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
	const tests = json.testResults.flatMap((file) =>
		file.assertionResults.map((t) => ({
			name: `${file.name.replace(resolve('.') + '/', '')} › ${t.fullName}`,
			ms: t.duration ?? 0,
		})),
	);
	tests.sort((a, b) => b.ms - a.ms);
	return {
		checkMs: check.ms,
		vitestMs: vitest.ms,
		passed: json.numPassedTests,
		failed: json.numFailedTests,
		slowest: tests.slice(0, 10),
	};
}
