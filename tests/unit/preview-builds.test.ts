/**
 * `npm run preview` while `npm run build` rewrites `dist/`: each request is
 * answered from one finished build, never from the half-written folder.
 * Builds are played here as Astro does them: the stamp removed, the folder
 * emptied, files written one by one, the stamp written last.
 */
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeBuildStamp, writeBuildStamp } from '../../src/server/build-stamp.ts';
import { serveSite, type RunningServer } from '../../src/server/static-server.ts';

let server: RunningServer | undefined;
afterEach(() => server?.close());

/** A site as a build leaves it; `finished` writes the stamp. */
function build(dist: string, pages: Record<string, string>, { finished = true } = {}): void {
	removeBuildStamp(dist);
	rmSync(dist, { recursive: true, force: true });
	mkdirSync(dist, { recursive: true });
	writeFileSync(join(dist, '404.html'), '<!doctype html><title>Not found</title>');
	for (const [path, text] of Object.entries(pages)) {
		mkdirSync(join(dist, path), { recursive: true });
		writeFileSync(join(dist, path, 'index.html'), text);
	}
	if (finished) writeBuildStamp(dist);
}

async function follow(dist: string): Promise<RunningServer & { builds: NonNullable<RunningServer['builds']> }> {
	server = await serveSite(dist, { followBuilds: true });
	return server as RunningServer & { builds: NonNullable<RunningServer['builds']> };
}

const at = async (path: string) => {
	const res = await fetch(new URL(path, server!.url));
	return [res.status, await res.text()] as const;
};

describe('the preview server beside a build', () => {
	it('serves the finished build while the next one is written, and the next once it has finished', async () => {
		const dist = join(mkdtempSync(join(tmpdir(), 'preview-')), 'dist');
		build(dist, { '': 'home 1', 'old/': 'old page' });
		const { builds } = await follow(dist);
		expect(await at('/')).toEqual([200, 'home 1']);
		for (const path of ['/.build-complete', '/%2ebuild-complete', '/.build-complete.part'])
			expect((await at(path))[0], path).toBe(404);

		// The next build is half-way: the old page gone, the home page cut short, a new page written.
		build(dist, { '': 'ho', 'new/': 'new page' }, { finished: false });
		expect(await at('/')).toEqual([200, 'home 1']);
		expect(await at('/old/')).toEqual([200, 'old page']);
		expect((await at('/new/'))[0]).toBe(404);

		const served = once(builds, 'build');
		writeFileSync(join(dist, 'index.html'), 'home 2');
		writeBuildStamp(dist);
		await served;
		expect(await at('/')).toEqual([200, 'home 2']);
		expect(await at('/new/')).toEqual([200, 'new page']);
		expect((await at('/old/'))[0]).toBe(404);
	});

	it('keeps serving when a failed build leaves no folder at all, and serves the next good one', async () => {
		const dist = join(mkdtempSync(join(tmpdir(), 'preview-')), 'dist');
		build(dist, { '': 'home 1' });
		const { builds } = await follow(dist);
		rmSync(dist, { recursive: true, force: true });
		expect(await at('/')).toEqual([200, 'home 1']);
		expect((await at('/missing/'))[0]).toBe(404);

		const served = once(builds, 'build');
		build(dist, { '': 'home 2' });
		await served;
		expect(await at('/')).toEqual([200, 'home 2']);
	});

	it('answers 503 until a first build has finished', async () => {
		const dist = join(mkdtempSync(join(tmpdir(), 'preview-')), 'dist');
		build(dist, { '': 'half' }, { finished: false });
		const { builds } = await follow(dist);
		const [status, body] = await at('/');
		expect([status, body]).toEqual([503, 'The site is being built; it is served once the build has finished.\n']);
		const served = once(builds, 'build');
		writeBuildStamp(dist);
		await served;
		expect(await at('/')).toEqual([200, 'half']);
	});

	it('finishes a download begun before two rebuilds with the file it began', async () => {
		const dist = join(mkdtempSync(join(tmpdir(), 'preview-')), 'dist');
		const big = (mark: string) => mark.repeat(4 * 1024 * 1024);
		build(dist, { '': 'home', 'big/': big('a') });
		const { builds } = await follow(dist);

		// Read the first chunk, then stop reading while two builds replace the file.
		const res: IncomingMessage = await new Promise((done) => httpGet(new URL('/big/', server!.url), done));
		const chunks: Buffer[] = [];
		const first = once(res, 'data');
		res.on('data', (chunk: Buffer) => chunks.push(chunk));
		await first;
		res.pause();
		for (const mark of ['b', 'c']) {
			const served = once(builds, 'build');
			build(dist, { '': 'home', 'big/': big(mark) });
			await served;
		}
		const ended = once(res, 'end');
		res.resume();
		await ended;
		const body = Buffer.concat(chunks).toString();
		expect(body.length).toBe(4 * 1024 * 1024);
		expect(body.replaceAll('a', '')).toBe('');
		expect(await at('/big/')).toEqual([200, big('c')]);
	});
});
