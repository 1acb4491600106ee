/** The order in which the test tooling looks for a browser, on each platform, from this one machine. */
import { describe, expect, it } from 'vitest';
import { discoverBrowser, installedCandidates, type Probe } from '../../scripts/browser-discovery.ts';

/** A machine with these files on it (and a pinned build that unpacks, or a reason it cannot). */
function machine(platform: NodeJS.Platform, files: string[], overrides: Partial<Probe> = {}): Probe {
	return {
		platform,
		arch: 'x64',
		env: {},
		home: platform === 'win32' ? 'C:\\Users\\ada' : '/home/ada',
		exists: (path) => files.includes(path),
		pinned: async () => ({ path: '/tmp/chromium' }),
		playwright: () =>
			platform === 'win32'
				? 'C:\\Users\\ada\\AppData\\Local\\ms-playwright\\chromium-1255\\chrome-win\\chrome.exe'
				: '/home/ada/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome',
		...overrides,
	};
}

describe('finding a browser', () => {
	it('takes CHROMIUM_PATH first, even when the pinned build and an installed browser are there', async () => {
		const probe = machine('linux', ['/opt/chrome', '/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/chrome' } });
		expect(await discoverBrowser(probe)).toEqual({ path: '/opt/chrome', source: 'CHROMIUM_PATH' });
	});

	it('says so when CHROMIUM_PATH points at nothing, rather than quietly using another browser', async () => {
		const found = await discoverBrowser(
			machine('linux', ['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nope/chrome' } }),
		);
		expect(found).toEqual({
			problem: expect.stringContaining('CHROMIUM_PATH is set to /nope/chrome, but no file is there'),
		});
	});

	it('on Linux x64 uses the pinned build before an installed browser', async () => {
		expect(await discoverBrowser(machine('linux', ['/usr/bin/chromium']))).toEqual({
			path: '/tmp/chromium',
			source: 'pinned',
		});
	});

	it('falls back to an installed browser when the pinned build cannot run, and to Playwright’s after that', async () => {
		const broken = { pinned: async () => ({ problem: 'needs libnss3.so' }) };
		expect(await discoverBrowser(machine('linux', ['/usr/bin/google-chrome'], broken))).toEqual({
			path: '/usr/bin/google-chrome',
			source: 'installed',
		});
		const playwright = '/home/ada/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
		expect(await discoverBrowser(machine('linux', [playwright], broken))).toEqual({
			path: playwright,
			source: 'playwright',
		});
	});

	it('never tries the pinned build off Linux x64, and finds Chrome, then Edge, at their standard places', async () => {
		let asked = false;
		const pinned = async () => ((asked = true), { path: '/tmp/chromium' });
		const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
		expect(await discoverBrowser(machine('darwin', [chrome], { arch: 'arm64', pinned }))).toEqual({
			path: chrome,
			source: 'installed',
		});
		const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
		expect(await discoverBrowser(machine('win32', [edge], { pinned }))).toEqual({ path: edge, source: 'installed' });
		expect(await discoverBrowser(machine('linux', ['/usr/bin/chromium'], { arch: 'arm64', pinned }))).toEqual({
			path: '/usr/bin/chromium',
			source: 'installed',
		});
		expect(asked).toBe(false);
	});

	it('prefers Chrome to Edge on Windows, and reads the install roots from the environment', () => {
		const list = installedCandidates(
			'win32',
			{ PROGRAMFILES: 'D:\\Apps', LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' },
			'C:\\Users\\ada',
		);
		expect(list[0]).toBe('D:\\Apps\\Google\\Chrome\\Application\\chrome.exe');
		expect(list).toContain('C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
		expect(list.findIndex((p) => p.endsWith('msedge.exe'))).toBeGreaterThan(
			list.findIndex((p) => p.endsWith('chrome.exe')),
		);
	});

	it('with no browser anywhere, gives one message that lists what it tried and what to do', async () => {
		const found = await discoverBrowser(machine('darwin', [], { arch: 'arm64' }));
		expect('problem' in found).toBe(true);
		const message = (found as { problem: string }).problem;
		expect(message).toMatch(/none was found/);
		expect(message).toContain('ships for Linux x64 only, and this is darwin-arm64');
		expect(message).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
		expect(message).toContain('a browser installed by Playwright');
		expect(message).toMatch(/CHROMIUM_PATH="\/Applications\/Google Chrome\.app/);
	});
});
