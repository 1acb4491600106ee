/**
 * Where the global setup leaves the builds the suites inspect. A `site` suite starts once the fixture
 * site is built; one that reads another waits for it first (`sitesBuilt`, tests/support/builds.ts).
 */
import { resolve } from 'node:path';

export const BUILD_ROOT = resolve('.test-build');
export const SITE_DIST = resolve(BUILD_ROOT, 'site');
export const FIXTURE_DIST = resolve(BUILD_ROOT, 'fixture');
export const FIXTURE_CONTENT = resolve('tests/fixtures/site/content');
/** The day the fixture site is built as of (`EXPLAINER_TODAY`): before the embargoed explainer's date. */
export const FIXTURE_TODAY = '2025-12-31';
export const FIXTURE_LOG = resolve(BUILD_ROOT, 'fixture.log');
/** The fixture site built for a sub-path, as a GitHub Pages project site or a newsroom section would be. */
export const FIXTURE_BASE = '/explainers/';
export const FIXTURE_BASE_DIST = resolve(BUILD_ROOT, 'fixture-base');
export const SITE_LOG = resolve(BUILD_ROOT, 'site.log');
/** The fixture site built with every patch switched off (`EXPLAINER_ACCELERATORS=0`), to compare with FIXTURE_DIST. */
export const FIXTURE_PLAIN_DIST = resolve(BUILD_ROOT, 'fixture-plain');
/** The fixture build's cache folder (its compiled articles show the patches ran). */
export const FIXTURE_CACHE = resolve(BUILD_ROOT, 'cache-fixture');
