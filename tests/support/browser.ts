/**
 * Debian's Chromium driven by playwright-core, against a build served on
 * 127.0.0.1. Flags keep it off the network (the machine has none).
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from '../../scripts/static-server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface Session {
	browser: Browser;
	base: string;
	/** A new page; records every request URL it makes. */
	open(path: string, options?: BrowserContextOptions): Promise<{ page: Page; requests: string[] }>;
	close(): Promise<void>;
}

export async function startSession(dist: string): Promise<Session> {
	const server = await serveStatic(dist);
	const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
	return {
		browser,
		base: server.url,
		async open(path, options = {}) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
			const page = await context.newPage();
			const requests: string[] = [];
			page.on('request', (r) => requests.push(r.url()));
			await page.goto(server.url + path, { waitUntil: 'load' });
			return { page, requests };
		},
		async close() {
			await browser.close();
			await server.close();
		},
	};
}

/**
 * For a test file: start a session before its tests and close it after.
 * Returns the session (valid once the tests run).
 */
export function useSession(dist: string): Session {
	let session: Session | undefined;
	beforeAll(async () => {
		session = await startSession(dist);
	});
	afterAll(async () => {
		await session?.close();
	});
	return new Proxy({} as Session, {
		get: (_target, key) => {
			if (!session) throw new Error('browser session not started yet');
			const value = session[key as keyof Session];
			return typeof value === 'function' ? value.bind(session) : value;
		},
	});
}
