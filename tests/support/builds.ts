/**
 * A test file's side of the run's build queue (tests/support/build-service.ts):
 * the result of a job the global setup defined, once it has finished.
 */
import { get } from 'node:http';
import { inject } from 'vitest';
import type { Settled } from './build-service.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the global setup's build service listens (tests/support/build-service.ts). */
		buildService: string;
	}
}

/** node:http, not fetch: fetch gives up on an answer after five minutes, and a queue of builds on a busy machine can take longer. */
function ask(url: string): Promise<{ status: number; body: string }> {
	return new Promise((done, fail) => {
		get(url, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (body += chunk));
			response.on('end', () => done({ status: response.statusCode ?? 0, body }));
			response.on('error', fail);
		}).on('error', fail);
	});
}

async function settled(key: string): Promise<unknown> {
	const { status, body } = await ask(`${inject('buildService')}/${key}`);
	if (status !== 200) throw new Error(body);
	const result = JSON.parse(body) as Settled;
	if (!result.ok) throw new Error(result.error);
	return result.value;
}

/** The result of the global setup's job `name` (it starts now if it has not yet), once it has finished. */
export const job = <T>(name: string): Promise<T> => settled(`job/${name}`) as Promise<T>;

/** A value the global setup publishes (e.g. the shared browser's address), once it is known. */
export const value = <T>(name: string): Promise<T> => settled(`value/${name}`) as Promise<T>;

/** The sites the global setup builds for every run (tests/support/global-setup.ts). */
export type SiteName = 'fixture' | 'real' | 'base' | 'plain';

/**
 * Once `names` are built: the fixture site (FIXTURE_DIST), the real site (SITE_DIST), the fixture under
 * FIXTURE_BASE (FIXTURE_BASE_DIST) or with the patches off (FIXTURE_PLAIN_DIST). Fails with the end of
 * the build's log if one failed.
 */
export const sitesBuilt = (...names: SiteName[]): Promise<unknown[]> =>
	Promise.all(names.map((name) => job(`site-${name}`)));

/**
 * A turn in the run's build queue, for work that must not run beside a build (`astro dev`: both write
 * the project's `.astro/`): resolves once the builds queued before it have finished, with the function
 * that gives the turn back. Until then no build starts; if the test process ends first, the turn ends with it.
 */
export function queueTurn(): Promise<() => void> {
	return new Promise((done, fail) => {
		const request = get(`${inject('buildService')}/turn`, (response) => {
			// Its end, when the turn is given back, is no error.
			response.on('error', () => {}).resume();
			if (response.statusCode !== 200) fail(new Error(`the build queue refused a turn: ${response.statusCode}`));
			else done(() => request.destroy());
		}).on('error', fail);
	});
}
