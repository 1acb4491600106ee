/**
 * Two projects. `unit` needs no build: the engine, the content checks, the
 * server and the policies, in-process, in parallel, first. `site` builds the
 * real and the fixture site once, and the variants its build suites inspect,
 * in one queue that starts with the run (global setup), and checks the
 * output, in Node and in one shared headless Chromium. Its last suite runs
 * `astro dev` and fetches pages while it edits content, beside the others'
 * last browser suites but never beside a build: it takes a turn in the build
 * queue (Astro allows one dev server per project, and a build at the same
 * time would read the dev server's module list in `.astro/`).
 * `npx vitest run --project unit` runs the fast half alone.
 */
import { defineConfig } from 'vitest/config';
import UnitSuitesFirst from './tests/support/sequencer.ts';

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		sequence: { sequencer: UnitSuitesFirst },
		// Vitest's default on two cores is one file at a time; the browser suites mostly
		// wait on Chromium's own processes, so three at once finish sooner.
		maxWorkers: 3,
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					// They run beside the site builds and the checks of `npm test` (scripts/test.ts): on a busy
					// machine a card render or a child process gets there late, not never.
					testTimeout: 60_000,
					// The files share a worker's modules: most of a unit file's time was importing them again.
					// (A file that changes the environment or a module's state puts it back.)
					isolate: false,
					sequence: { groupOrder: 0 },
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/dev/**/*.test.ts'],
					globalSetup: ['tests/support/global-setup.ts'],
					setupFiles: ['tests/support/sites-built.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					// A poll waits for a state the page must reach; on a busy machine it gets there
					// late, not never, so it waits as long as Playwright's own actions (30 s).
					expect: { poll: { timeout: 30_000 } },
					sequence: { groupOrder: 0 },
				},
			},
		],
	},
});
