/**
 * Once per test run, for the `site` project: start the build queue
 * (build-service.ts) with the four sites the suites inspect (the fixture
 * site first, then the real site, the fixture under a base path and with
 * every patch switched off), each a job of its own, and then the variants
 * each `tests/build/*.builds.ts` defines, and start one headless Chromium
 * that every browser suite connects to. It returns at once: the unit
 * suites run while the sites build, and each `site` suite waits only for
 * the sites it reads (sites-built.ts), so most start after the first
 * build, not the fourth. With no browser on the machine the builds still
 * run, so the Node-only checks pass, and every browser suite fails with
 * the one message that says what to install (scripts/browser-discovery.ts).
 * Set TEST_REUSE_BUILD=1 to reuse the last run's four sites while
 * iterating on tests.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchOptions } from '../../scripts/chromium.ts';
import { startBuildService, type Job } from './build-service.ts';
import type { SiteName } from './builds.ts';
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

interface Site {
	name: string;
	content: string;
	out: string;
	log: string;
	cache: string;
	env: Record<string, string>;
}

/** The sites the `site` suites inspect, each a job of its own (`site-<key>`), queued in this order. */
const SITES: Record<SiteName, Site> = {
	// First: nearly every suite reads it, and each waits only for the sites it reads (sites-built.ts).
	// The fixture is built as of a fixed day: its embargoed explainer (delta) is still to come, whatever the clock says.
	fixture: {
		name: 'the fixture site',
		content: FIXTURE_CONTENT,
		out: FIXTURE_DIST,
		log: FIXTURE_LOG,
		cache: FIXTURE_CACHE,
		// Two worker threads render its pages whatever the machine's cores (src/prerender-workers.ts).
		env: { EXPLAINER_TODAY: FIXTURE_TODAY, EXPLAINER_PRERENDER_WORKERS: '2' },
	},
	real: {
		name: 'the real site',
		content: 'content',
		out: SITE_DIST,
		log: SITE_LOG,
		cache: join(BUILD_ROOT, 'cache-site'),
		env: {},
	},
	base: {
		name: `the fixture site under ${FIXTURE_BASE}`,
		content: FIXTURE_CONTENT,
		out: FIXTURE_BASE_DIST,
		log: `${FIXTURE_BASE_DIST}.log`,
		cache: join(BUILD_ROOT, 'cache-fixture-base'),
		env: { EXPLAINER_TODAY: FIXTURE_TODAY, SITE_BASE: FIXTURE_BASE },
	},
	// The same, with every patch of src/integrations/patches/ switched off, every page rendered in the build's
	// own thread and every social card drawn as its route asks (tests/build/accelerators.test.ts).
	plain: {
		name: 'the fixture site with EXPLAINER_ACCELERATORS=0, EXPLAINER_PRERENDER_WORKERS=1 and EXPLAINER_CARD_PREWARM=0',
		content: FIXTURE_CONTENT,
		out: FIXTURE_PLAIN_DIST,
		log: `${FIXTURE_PLAIN_DIST}.log`,
		cache: join(BUILD_ROOT, 'cache-fixture-plain'),
		env: {
			EXPLAINER_TODAY: FIXTURE_TODAY,
			EXPLAINER_ACCELERATORS: '0',
			EXPLAINER_PRERENDER_WORKERS: '1',
			EXPLAINER_CARD_PREWARM: '0',
		},
	},
};

/** Builds one site; a suite that waits for it reports the end of the log, and where the rest is. */
function siteJob({ name, content, out, log, cache, env }: Site): Job {
	return async (astro) => {
		const build = await astro(content, out, { cache, env });
		writeFileSync(log, build.output);
		if (build.code !== 0)
			throw new Error(
				`Build of ${name} failed (whole log: ${log}):\n${build.output.split('\n').slice(-40).join('\n')}`,
			);
	};
}

/** The four sites of the last run, if all are there. */
function reusable(): boolean {
	return Object.values(SITES).every(({ out }) => existsSync(join(out, 'index.html')));
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
	for (const [key, site] of Object.entries(SITES))
		service.define(`site-${key}`, reuse ? async () => {} : siteJob(site), { start: true });
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
