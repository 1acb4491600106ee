/**
 * The browser the tests, benchmarks and screenshots drive: a headless
 * Chromium pinned in the lockfile (`@sparticuz/chromium`, unpacked to the
 * temp folder on first use), so `npm install && npm test` needs nothing
 * installed by hand and figures do not drift with the system's browser.
 * `CHROMIUM_PATH` points at another Chromium or Chrome instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

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

/** Path of the Chromium binary to drive, unpacking the pinned one if needed. */
export async function chromiumPath(): Promise<string> {
	const override = process.env.CHROMIUM_PATH;
	if (override) {
		if (!existsSync(override)) throw new Error(`CHROMIUM_PATH is set to ${override}, but no file is there.`);
		return override;
	}
	if (process.platform !== 'linux' || process.arch !== 'x64') {
		throw new Error(
			`The pinned Chromium (@sparticuz/chromium) runs on Linux x64 only, and this is ${process.platform}-${process.arch}.\n` +
				'Install Chromium or Google Chrome and set CHROMIUM_PATH to its binary, e.g.\n' +
				'  CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
		);
	}
	const { default: pinned } = await import('@sparticuz/chromium');
	const path = await pinned.executablePath();
	const missing = missingLibraries(path);
	if (missing.length > 0) {
		throw new Error(`The pinned Chromium needs system libraries this machine lacks: ${missing.join(', ')}.\nOn Debian or Ubuntu: apt-get install libnss3. Or set CHROMIUM_PATH to an installed Chromium.`);
	}
	return path;
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
 * Fonts: the system's configuration when there is one, plus the font the
 * pinned package ships, so a machine with no fonts installed still renders
 * text (and screenshots) instead of empty boxes.
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

/** What every launch uses: the binary, headless, the flags above, and the font configuration. */
export async function launchOptions(): Promise<LaunchOptions & { executablePath: string }> {
	const executablePath = await chromiumPath();
	const env = process.env.CHROMIUM_PATH ? process.env : { ...process.env, FONTCONFIG_FILE: fontConfig() };
	return { executablePath, headless: true, args: CHROMIUM_ARGS, env: env as Record<string, string> };
}

/** Launch the browser. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
	return chromium.launch({ ...(await launchOptions()), ...options });
}
