/**
 * Browser suites: the build served on 127.0.0.1 by the site's own server,
 * and a connection to the one Chromium the global setup started (the
 * pinned build; see scripts/chromium.ts). Nothing touches the network.
 */
import { chromium, type Browser, type BrowserContextOptions, type BrowserServer, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveSite, type RunningServer } from '../../src/server/static-server.ts';
import { value } from './builds.ts';

/** The one Chromium of the run (global-setup.ts): where it listens, or why there is none. */
export interface Chromium {
	server?: BrowserServer;
	endpoint: string;
	/** Why there is no browser to connect to (empty when there is one). */
	problem: string;
}

export interface Session {
	base: string;
	browser: Browser;
	/** A new page in its own context; records every request URL and every console error. */
	open(path: string, options?: BrowserContextOptions): Promise<{ page: Page; requests: string[]; errors: string[] }>;
}

/** For a test file: serve `dist` and connect to the shared browser before its tests; close after. */
export function useSession(dist: string, { base = '/' }: { base?: string } = {}): Session {
	let server: RunningServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		const { endpoint, problem } = await value<Chromium>('chromium');
		if (problem) throw new Error(problem);
		server = await serveSite(dist, { base });
		browser = await chromium.connect(endpoint);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		get base() {
			return server!.url;
		},
		get browser() {
			return browser!;
		},
		async open(path, options = {}) {
			const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, ...options });
			const page = await context.newPage();
			const requests: string[] = [];
			const errors: string[] = [];
			page.on('request', (r) => requests.push(r.url()));
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(server!.url + path, { waitUntil: 'load' });
			return { page, requests, errors };
		},
	};
}
