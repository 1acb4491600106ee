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
		// One file at a time: browser suites each drive Chromium, and on two
		// cores two of them at once starve Pagefind's UI into timing flakes.
		// The unit and build suites take seconds either way.
		fileParallelism: false,
	},
});
