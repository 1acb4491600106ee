/** Where the global setup leaves the builds the suites inspect. */
import { resolve } from 'node:path';

export const BUILD_ROOT = resolve('.test-build');
export const SITE_DIST = resolve(BUILD_ROOT, 'site');
export const FIXTURE_DIST = resolve(BUILD_ROOT, 'fixture');
export const FIXTURE_CONTENT = resolve('tests/fixtures/site/content');
/** The day the fixture site is built as of (`EXPLAINER_TODAY`): before the embargoed explainer's date. */
export const FIXTURE_TODAY = '2025-12-31';
export const FIXTURE_LOG = resolve(BUILD_ROOT, 'fixture.log');
export const SITE_LOG = resolve(BUILD_ROOT, 'site.log');
