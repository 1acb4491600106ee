/**
 * Pagefind's browser bundle for one built site, loaded in Node and pointed
 * at the site served on 127.0.0.1 (it cannot read file:// URLs): the
 * search tests and the benchmark query the real index this way, with the
 * options the browser uses.
 */
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from '../src/search/query.ts';
import { PAGEFIND_OPTIONS } from '../src/search/options.ts';
import { serveSite } from '../src/server/static-server.ts';

export interface NodePagefind extends PagefindApi {
	preload(term: string): Promise<void>;
}

/** `tag` keeps one module instance per site, so two indexes can be open at once. */
export async function openIndex(
	dist: string,
	tag: string,
): Promise<{ pagefind: NodePagefind; url: string; close: () => Promise<void> }> {
	const server = await serveSite(dist);
	const pagefind = (await import(`${pathToFileURL(`${dist}/pagefind/pagefind.js`).href}?${tag}`)) as NodePagefind & {
		options(o: object): Promise<void>;
		init(): Promise<void>;
	};
	await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: `${server.url}/pagefind/`, baseUrl: '/' });
	await pagefind.init();
	return { pagefind, url: server.url, close: server.close };
}
