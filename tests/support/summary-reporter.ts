/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, after
 * Vitest's own summary, so CI logs can be read by any tool. A test that
 * never ran because its file or suite failed (a hook threw: no browser,
 * a build that failed) counts as failed, not skipped: nothing skips here.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown> = []): void {
		let passed = 0;
		let failed = 0;
		let skipped = 0;
		for (const module of testModules) {
			const tests = [...module.children.allTests()];
			const states = tests.map((test) => test.result().state);
			const suiteFailed = module.state() === 'failed' && !states.includes('failed');
			for (const state of states) {
				if (state === 'passed') passed++;
				else if (state === 'failed' || suiteFailed) failed++;
				else skipped++;
			}
			if (suiteFailed && tests.length === 0) failed++;
		}
		// An error outside any test (a global setup whose build failed) fails the run: say so in the count.
		failed += errors.length;
		process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
	}
}
