/**
 * Set-up of every `site` suite (vitest.config.ts): the fixture site of the
 * global setup, built, since nearly every suite reads it. The global setup
 * returns before it is, so that the unit suites run meanwhile; a suite
 * starts once it is, or fails with what stopped the build. A suite that
 * reads another of its sites (the real site, the fixture under a base path
 * or with the patches off) waits for that one too, at its top:
 * `await sitesBuilt('real')` (builds.ts). The others are built after the
 * fixture, while the suites that need only the fixture run.
 */
import { sitesBuilt } from './builds.ts';

await sitesBuilt('fixture');
