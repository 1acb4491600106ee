/**
 * The browser the tests, benchmarks and screenshots drive. Which one is
 * decided by `browser-discovery.ts` (CHROMIUM_PATH, then the headless
 * Chromium pinned in the lockfile, then an installed Chrome/Chromium/Edge,
 * then Playwright's); this module is the adapter that probes the real
 * machine and launches it. On Linux x64 the pinned build means
 * `npm install && npm test` needs nothing installed by hand, and figures
 * do not drift with the system's browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { discoverBrowser, type BrowserSource } from './browser-discovery.ts';

/**
 * Headless and off the network: this machine has none, and without the
 * background-networking flags Chromium floods it with refused connections.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

/** Thrown when no browser can be found; its message says what was tried and what to install. */
export class NoBrowserError extends Error {}

/** The browser binary to drive, and where it was found. */
export async function findChromium(): Promise<{ path: string; source: BrowserSource }> {
	const found = await discoverBrowser({
		platform: process.platform,
		arch: process.arch,
		env: process.env,
		home: homedir(),
		exists: existsSync,
		pinned: pinnedChromium,
		playwright: () => {
			try {
				return chromium.executablePath();
			} catch {
				return undefined;
			}
		},
	});
	if ('problem' in found) throw new NoBrowserError(found.problem);
	return found;
}

/** Unpack the pinned Chromium (to the temp folder, once) and check that its libraries load. */
async function pinnedChromium(): Promise<{ path: string } | { problem: string }> {
	try {
		const { default: pinned } = await import('@sparticuz/chromium');
		const path = await pinned.executablePath();
		const missing = missingLibraries(path);
		if (missing.length > 0)
			return {
				problem: `needs system libraries this machine lacks: ${missing.join(', ')} (on Debian or Ubuntu: apt-get install libnss3)`,
			};
		return { path };
	} catch (error) {
		return { problem: `could not be unpacked: ${(error as Error).message}` };
	}
}

/** Shared libraries the binary cannot find (empty when `ldd` is unavailable). */
function missingLibraries(binary: string): string[] {
	try {
		const out = execFileSync('ldd', [binary], { encoding: 'utf8' });
		return [...out.matchAll(/^\s*(\S+) => not found/gm)].map((m) => m[1]!);
	} catch {
		return [];
	}
}

/**
 * Fonts for the pinned build: the system's configuration when there is one,
 * plus the font the package ships, so a machine with no fonts installed
 * still renders text (and screenshots) instead of empty boxes.
 */
function fontConfig(): string {
	const dir = join(tmpdir(), 'explainer-fonts');
	const file = join(dir, 'fonts.conf');
	if (!existsSync(file)) {
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			file,
			`<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
				`  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
				`  <dir>/usr/share/fonts</dir>\n  <dir>${join(tmpdir(), 'fonts')}</dir>\n` +
				`  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
		);
	}
	return file;
}

/** What every launch uses: the binary, headless, the flags above, and (pinned build) the font configuration. */
export async function launchOptions(): Promise<LaunchOptions & { executablePath: string }> {
	const { path, source } = await findChromium();
	const env = source === 'pinned' ? { ...process.env, FONTCONFIG_FILE: fontConfig() } : process.env;
	return { executablePath: path, headless: true, args: CHROMIUM_ARGS, env: env as Record<string, string> };
}

/** Launch the browser. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
	return chromium.launch({ ...(await launchOptions()), ...options });
}
