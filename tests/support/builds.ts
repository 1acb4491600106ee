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
