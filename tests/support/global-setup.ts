/**
 * Once per test run, for the `site` project: start the build queue
 * (build-service.ts) with the four sites the suites inspect (the real
 * site, the fixture site, the fixture under a base path and with every
 * patch switched off) and then the variants each `tests/build/*.builds.ts`
 * defines, and start one headless Chromium that every browser suite
 * connects to. It returns at once: the unit suites run while the sites
 * build, and each `site` suite waits for the four (sites-built.ts). With no
 * browser on the machine the builds still run, so the Node-only checks
 * pass, and every browser suite fails with the one message that says what
 * to install (scripts/browser-discovery.ts). Set TEST_REUSE_BUILD=1 to
 * reuse the last run's four sites while iterating on tests.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchOptions } from '../../scripts/chromium.ts';
import { startBuildService, type Astro, type Job } from './build-service.ts';
import type { Chromium } from './browser.ts';
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

/** The four sites, queued at once and in this order: every `site` suite waits for them. */
async function sites(astro: Astro): Promise<void> {
	const site = astro('content', SITE_DIST, { cache: join(BUILD_ROOT, 'cache-site') });
	// The fixture is built as of a fixed day: its embargoed explainer (delta) is still to come, whatever the clock says.
	const fixture = astro(FIXTURE_CONTENT, FIXTURE_DIST, {
		cache: FIXTURE_CACHE,
		env: { EXPLAINER_TODAY: FIXTURE_TODAY },
	});
	const underBase = astro(FIXTURE_CONTENT, FIXTURE_BASE_DIST, {
		cache: join(BUILD_ROOT, 'cache-fixture-base'),
		env: { EXPLAINER_TODAY: FIXTURE_TODAY, SITE_BASE: FIXTURE_BASE },
	});
	// The same, with every patch of src/integrations/patches/ switched off (tests/build/accelerators.test.ts).
	const plain = astro(FIXTURE_CONTENT, FIXTURE_PLAIN_DIST, {
		cache: join(BUILD_ROOT, 'cache-fixture-plain'),
		env: { EXPLAINER_TODAY: FIXTURE_TODAY, EXPLAINER_ACCELERATORS: '0' },
	});
	const builds = [
		['the real site', SITE_LOG, await site],
		['the fixture site', FIXTURE_LOG, await fixture],
		[`the fixture site under ${FIXTURE_BASE}`, `${FIXTURE_BASE_DIST}.log`, await underBase],
		['the fixture site with EXPLAINER_ACCELERATORS=0', `${FIXTURE_PLAIN_DIST}.log`, await plain],
	] as const;
	for (const [, log, build] of builds) writeFileSync(log, build.output);
	// Every suite of the project reports it: the end of the log, and where the rest is.
	for (const [name, log, build] of builds)
		if (build.code !== 0)
			throw new Error(
				`Build of ${name} failed (whole log: ${log}):\n${build.output.split('\n').slice(-40).join('\n')}`,
			);
}

/** The four sites of the last run, if all are there. */
function reusable(): boolean {
	return [SITE_DIST, FIXTURE_DIST, FIXTURE_BASE_DIST, FIXTURE_PLAIN_DIST].every((dist) =>
		existsSync(join(dist, 'index.html')),
	);
}

/**
 * Whether this run includes `file`: Vitest's file filters (`vitest run copy-edit`), read from its
 * internals; without them (or should they move) every file counts, and every variant starts at once.
 */
function inRun(project: TestProject, file: string): boolean {
	const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
	return !filters?.length || filters.some((filter) => file.includes(filter));
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const reuse = Boolean(process.env.TEST_REUSE_BUILD) && reusable();
	if (!reuse) rmSync(BUILD_ROOT, { recursive: true, force: true });
	mkdirSync(BUILD_ROOT, { recursive: true });
	const service = await startBuildService();
	service.define('sites', reuse ? async () => {} : sites, { start: true });
	// The variants, after the sites: each suite's own `<name>.builds.ts`, started now when the suite is in this run.
	const suites = resolve('tests/build');
	for (const name of readdirSync(suites)
		.filter((file) => file.endsWith('.builds.ts'))
		.sort()) {
		const builds = (await import(join(suites, name))) as { default: Job };
		const suite = name.replace(/\.builds\.ts$/, '');
		service.define(suite, builds.default, { start: inRun(project, join(suites, `${suite}.test.ts`)) });
	}

	// The browser, found (and unpacked) while the sites build.
	const browser: Promise<Chromium> = launchOptions()
		.then((options) => chromium.launchServer(options))
		.then(
			(server): Chromium => ({ server, endpoint: server.wsEndpoint(), problem: '' }),
			(error: Error): Chromium => ({ endpoint: '', problem: error.message }),
		);
	service.publish(
		'chromium',
		browser.then(({ endpoint, problem }) => ({ endpoint, problem })),
	);
	project.provide('buildService', service.url);
	return async () => {
		await service.close();
		await (await browser).server?.close();
	};
}
