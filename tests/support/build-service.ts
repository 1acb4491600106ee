/**
 * The test run's builds, in Vitest's main process: one queue runs every
 * `astro build` of the run (the global setup's sites and the variants the
 * build suites inspect), one at a time, since Astro writes the collections'
 * module list to the project's `.astro/` whatever the cache folder, so two
 * builds at once can read each other's articles (UnknownContentCollectionError).
 * The queue starts with the run, so the builds go on while the unit suites
 * and the browser suites run, and no test file holds a worker while builds
 * it does not need run. Test files ask for a job's result by name over
 * HTTP on 127.0.0.1 (tests/support/builds.ts); the answer comes when the
 * job has finished. A suite that runs `astro dev` takes a turn in the same
 * queue (`turn`), so that it runs beside the other suites but never beside
 * a build.
 */
import { appendFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { buildSite, type BuildResult } from '../../scripts/build-site.ts';
import { BUILD_ROOT } from './paths.ts';

export type BuildOptions = NonNullable<Parameters<typeof buildSite>[2]> & {
	/**
	 * The build stops in the content check (src/integrations/content-check.ts), before Astro writes
	 * anything to `.astro/`: it needs no turn, and runs at once.
	 */
	stopsBeforeAstro?: boolean;
};
/** Runs one `astro build` in its turn: the only way a job builds. */
export type Astro = (content: string, out: string, options?: BuildOptions) => Promise<BuildResult>;
/** A named piece of work of the run: prepares content, builds (through `astro`), and returns what its tests read. */
export type Job = (astro: Astro) => Promise<unknown>;

/** What a test file is sent: the job's JSON result, or why it failed. */
export type Settled = { ok: true; value: unknown } | { ok: false; error: string };

export interface BuildService {
	url: string;
	/**
	 * Make `job` known as `job/<name>`: it starts now with `start` (its builds take their turn ahead of
	 * those of jobs asked for later), else when a test file first asks for it.
	 */
	define(name: string, job: Job, options: { start: boolean }): void;
	/** Serve what `value` settles to as `value/<name>` (e.g. where the shared browser listens, once it does). */
	publish(name: string, value: Promise<unknown>): void;
	/** Stop every build still running, and the server. */
	close(): Promise<void>;
}

export async function startBuildService(): Promise<BuildService> {
	const settled = new Map<string, Promise<Settled>>();
	const jobs = new Map<string, Job>();
	const stop = new AbortController();
	let turn: Promise<unknown> = Promise.resolve();

	const started = performance.now();
	// When each build of the run started and how long it took, in `.test-build/builds.log`: where the run's time went.
	const timed = (content: string, out: string, options: Parameters<typeof buildSite>[2]) => {
		const at = ((performance.now() - started) / 1000).toFixed(1);
		return buildSite(content, out, options).then((build) => {
			const line = `${at} s: ${(build.ms / 1000).toFixed(1)} s, exit ${build.code}, ${relative(BUILD_ROOT, out)}\n`;
			appendFileSync(join(BUILD_ROOT, 'builds.log'), line);
			return build;
		});
	};
	const astro: Astro = (content, out, { stopsBeforeAstro = false, ...options } = {}) => {
		if (stopsBeforeAstro) return timed(content, out, { ...options, signal: stop.signal });
		const mine = turn.then(() => timed(content, out, { ...options, signal: stop.signal }));
		turn = mine.catch(() => {});
		return mine;
	};
	/**
	 * A turn in the queue for work outside it that must not overlap a build (`astro dev`, which writes
	 * the same `.astro/`): answered when the builds ahead have finished, and no build starts until the
	 * asker closes the request, or its process ends.
	 */
	const holdTurn = (response: ServerResponse) => {
		const closed = new Promise<void>((done) => response.once('close', done));
		const mine = turn.then(async () => {
			const at = performance.now();
			if (!response.destroyed) response.writeHead(200, { 'content-type': 'text/plain' }).write('your turn\n');
			await closed;
			const line = `${((at - started) / 1000).toFixed(1)} s: ${((performance.now() - at) / 1000).toFixed(1)} s, a turn\n`;
			appendFileSync(join(BUILD_ROOT, 'builds.log'), line);
		});
		turn = mine.catch(() => {});
	};
	const settle = (key: string, value: Promise<unknown>) =>
		settled.set(
			key,
			value.then(
				(v): Settled => ({ ok: true, value: v }),
				(e: unknown): Settled => ({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
			),
		);
	const begin = (name: string) => {
		const job = jobs.get(name);
		if (!job) return;
		jobs.delete(name);
		settle(
			`job/${name}`,
			Promise.resolve().then(() => job(astro)),
		);
	};

	const server = createServer((request, response) => {
		const key = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
		if (key === 'turn') {
			holdTurn(response);
			return;
		}
		if (key.startsWith('job/')) begin(key.slice('job/'.length));
		const result = settled.get(key);
		if (!result) {
			response.writeHead(404).end(`No job or value named ${key} in tests/support/global-setup.ts`);
			return;
		}
		// Answered when the job is done, however long the builds before it take: the test file's hook timeout is the limit.
		void result.then((settledResult) => {
			response.writeHead(200, { 'content-type': 'application/json' });
			response.end(JSON.stringify(settledResult));
		});
	});
	server.requestTimeout = 0;
	server.headersTimeout = 0;
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}`,
		define(name, job, { start }) {
			jobs.set(name, job);
			if (start) begin(name);
		},
		publish: (name, value) => void settle(`value/${name}`, value),
		async close() {
			stop.abort();
			server.closeAllConnections();
			await new Promise((done) => server.close(done));
		},
	};
}
