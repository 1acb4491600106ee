/**
 * Which browser the tests, benchmarks and screenshots drive, decided in a
 * fixed order so a run on any machine says what it used and why:
 *
 * 1. `CHROMIUM_PATH`, when set (it must point at a file);
 * 2. the pinned headless Chromium (`@sparticuz/chromium`), on Linux x64,
 *    the only platform it ships for, and only if its libraries load;
 * 3. an installed Google Chrome, Chromium or Microsoft Edge, at the
 *    standard places on macOS, Windows and Linux;
 * 4. a browser installed by Playwright (`npx playwright install chromium`).
 *
 * Pure: the file system and the pinned package come in as `probe`, so the
 * order is unit-tested on every platform from any one machine.
 */
import { posix, win32 } from 'node:path';

export type BrowserSource = 'CHROMIUM_PATH' | 'pinned' | 'installed' | 'playwright';

export interface Probe {
	platform: NodeJS.Platform;
	arch: string;
	env: Record<string, string | undefined>;
	home: string;
	exists(path: string): boolean;
	/** The pinned Chromium's binary, unpacked; a string is a reason it cannot run here. */
	pinned(): Promise<{ path: string } | { problem: string }>;
	/** Where Playwright keeps its Chromium for this platform (it may not be there). */
	playwright(): string | undefined;
}

export type Discovery = { path: string; source: BrowserSource } | { problem: string };

/** Standard install locations of Chrome, Chromium and Edge, most common first. */
export function installedCandidates(
	platform: NodeJS.Platform,
	env: Record<string, string | undefined>,
	home: string,
): string[] {
	if (platform === 'darwin') {
		const apps = [
			'Google Chrome.app/Contents/MacOS/Google Chrome',
			'Chromium.app/Contents/MacOS/Chromium',
			'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
		];
		return [
			...apps.map((a) => posix.join('/Applications', a)),
			...apps.map((a) => posix.join(home, 'Applications', a)),
		];
	}
	if (platform === 'win32') {
		const roots = [
			env['PROGRAMFILES'] ?? 'C:\\Program Files',
			env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
			env['LOCALAPPDATA'] ?? win32.join(home, 'AppData', 'Local'),
		];
		const apps = [
			'Google\\Chrome\\Application\\chrome.exe',
			'Chromium\\Application\\chrome.exe',
			'Microsoft\\Edge\\Application\\msedge.exe',
		];
		return apps.flatMap((a) => roots.map((r) => win32.join(r, a)));
	}
	return [
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
		'/usr/bin/google-chrome-stable',
		'/opt/google/chrome/chrome',
		'/usr/bin/microsoft-edge',
		'/usr/bin/microsoft-edge-stable',
		'/snap/bin/chromium',
	];
}

/** The first usable browser in the order above, or one message that says what was tried and what to do. */
export async function discoverBrowser(probe: Probe): Promise<Discovery> {
	const override = probe.env['CHROMIUM_PATH'];
	if (override) {
		if (probe.exists(override)) return { path: override, source: 'CHROMIUM_PATH' };
		return {
			problem: `CHROMIUM_PATH is set to ${override}, but no file is there. Point it at a Chrome, Chromium or Edge binary, or unset it to let the tests look for one.`,
		};
	}
	const tried: string[] = ['CHROMIUM_PATH: not set'];
	if (probe.platform === 'linux' && probe.arch === 'x64') {
		const pinned = await probe.pinned();
		if ('path' in pinned) return { path: pinned.path, source: 'pinned' };
		tried.push(`the pinned Chromium (@sparticuz/chromium): ${pinned.problem}`);
	} else {
		tried.push(
			`the pinned Chromium (@sparticuz/chromium): ships for Linux x64 only, and this is ${probe.platform}-${probe.arch}`,
		);
	}
	const installed = installedCandidates(probe.platform, probe.env, probe.home);
	const found = installed.find((p) => probe.exists(p));
	if (found) return { path: found, source: 'installed' };
	tried.push(`an installed Chrome, Chromium or Edge: none at ${installed.join(', ')}`);
	const playwright = probe.playwright();
	if (playwright && probe.exists(playwright)) return { path: playwright, source: 'playwright' };
	tried.push(`a browser installed by Playwright: none${playwright ? ` at ${playwright}` : ''}`);
	return {
		problem:
			'The browser tests need Chromium, Chrome or Edge, and none was found. Tried, in order:\n' +
			tried.map((t) => `  - ${t}\n`).join('') +
			'Install Google Chrome or Chromium, or set CHROMIUM_PATH to a browser binary, e.g.\n' +
			(probe.platform === 'win32'
				? '  $env:CHROMIUM_PATH = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"; npm test   (PowerShell)'
				: probe.platform === 'darwin'
					? '  CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test'
					: '  apt-get install chromium   (or: CHROMIUM_PATH=/path/to/chrome npm test)'),
	};
}
