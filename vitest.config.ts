/**
 * One Vitest configuration for every suite. The global setup builds the real
 * site and the fixture sites once, in sequence (Astro builds share caches in
 * the project folder, so they must not run in parallel).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		reporters: ['default', './tests/support/summary-reporter.ts'],
		globalSetup: ['tests/support/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Browser suites each launch Chromium; two cores cannot run many at once.
		maxWorkers: 2,
	},
});
