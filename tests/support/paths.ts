/** Where the global setup leaves the builds the suites inspect. */
import { resolve } from 'node:path';

export const BUILD_ROOT = resolve('.test-build');
export const SITE_DIST = resolve(BUILD_ROOT, 'site');
export const FIXTURE_DIST = resolve(BUILD_ROOT, 'fixture');
export const FIXTURE_CONTENT = resolve('tests/fixtures/site/content');
/** Outputs of builds that are meant to fail, by case name. */
export const BROKEN_RESULTS = resolve(BUILD_ROOT, 'broken.json');
export const FIXTURE_LOG = resolve(BUILD_ROOT, 'fixture.log');
