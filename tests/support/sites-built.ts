/**
 * Set-up of every `site` suite (vitest.config.ts): the four sites of the
 * global setup, built. The global setup returns before they are, so that
 * the unit suites run meanwhile; a suite starts once they are, or fails
 * with what stopped a build.
 */
import { job } from './builds.ts';

await job('sites');
