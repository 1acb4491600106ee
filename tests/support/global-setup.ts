/**
 * Once per test run: build the real site and the fixture site (one after
 * the other, each with its own cache and work folder), and start one
 * headless Chromium that every browser suite connects to. With no browser
 * on the machine the builds still run, so the Node-only checks pass, and
 * every browser suite fails with the one message that says what to
 * install (scripts/browser-discovery.ts). Set TEST_REUSE_BUILD=1 to
 * reuse the last run's builds while iterating on tests.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/build-site.ts';
import { launchOptions } from '../../scripts/chromium.ts';
import {
	BUILD_ROOT,
	FIXTURE_BASE,
	FIXTURE_BASE_DIST,
	FIXTURE_CACHE,
	FIXTURE_CONTENT,
	FIXTURE_DIST,
	FIXTURE_LOG,
	FIXTURE_PLAIN_DIST,
	FIXTURE_TODAY,
	SITE_DIST,
	SITE_LOG,
} from './paths.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		chromiumEndpoint: string;
		/** Why there is no browser to connect to (empty when there is one). */
		chromiumProblem: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const reuse =
		process.env.TEST_REUSE_BUILD &&
		existsSync(join(SITE_DIST, 'index.html')) &&
		existsSync(join(FIXTURE_DIST, 'index.html')) &&
		existsSync(join(FIXTURE_BASE_DIST, 'index.html')) &&
		existsSync(join(FIXTURE_PLAIN_DIST, 'index.html'));
	// Find (and unpack) the browser while the sites build.
	const browserReady = launchOptions().then(
		(options) => ({ options }),
		(error: Error) => ({ problem: error.message }),
	);
	if (!reuse) {
		rmSync(BUILD_ROOT, { recursive: true, force: true });
		mkdirSync(BUILD_ROOT, { recursive: true });
		// One after the other: Astro writes the collections' module list to the project's
		// `.astro/` whatever the cache folder, so two builds at once can swap articles.
		const site = await buildSite('content', SITE_DIST, { cache: join(BUILD_ROOT, 'cache-site') });
		// The fixture is built as of a fixed day: its embargoed explainer (delta) is still to come, whatever the clock says.
		const fixture = await buildSite(FIXTURE_CONTENT, FIXTURE_DIST, {
			cache: FIXTURE_CACHE,
			env: { EXPLAINER_TODAY: FIXTURE_TODAY },
		});
		const underBase = await buildSite(FIXTURE_CONTENT, FIXTURE_BASE_DIST, {
			cache: join(BUILD_ROOT, 'cache-fixture-base'),
			env: { EXPLAINER_TODAY: FIXTURE_TODAY, SITE_BASE: FIXTURE_BASE },
		});
		// The same, with every patch of src/integrations/patches/ switched off (tests/build/accelerators.test.ts).
		const plain = await buildSite(FIXTURE_CONTENT, FIXTURE_PLAIN_DIST, {
			cache: join(BUILD_ROOT, 'cache-fixture-plain'),
			env: { EXPLAINER_TODAY: FIXTURE_TODAY, EXPLAINER_ACCELERATORS: '0' },
		});
		writeFileSync(SITE_LOG, site.output);
		writeFileSync(FIXTURE_LOG, fixture.output);
		if (site.code !== 0) throw new Error(`Build of the real site failed:\n${site.output}`);
		if (fixture.code !== 0) throw new Error(`Build of the fixture site failed:\n${fixture.output}`);
		if (plain.code !== 0)
			throw new Error(`Build of the fixture site with EXPLAINER_ACCELERATORS=0 failed:\n${plain.output}`);
		if (underBase.code !== 0)
			throw new Error(`Build of the fixture site under ${FIXTURE_BASE} failed:\n${underBase.output}`);
	}
	const browser = await browserReady;
	const server =
		'options' in browser
			? await chromium.launchServer(browser.options).catch((error: Error) => error)
			: new Error(browser.problem);
	if (server instanceof Error) {
		project.provide('chromiumEndpoint', '');
		project.provide('chromiumProblem', server.message);
		return async () => {};
	}
	project.provide('chromiumEndpoint', server.wsEndpoint());
	project.provide('chromiumProblem', '');
	return async () => {
		await server.close();
	};
}
