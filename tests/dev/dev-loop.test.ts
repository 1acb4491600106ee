/**
 * The author's loop: `astro dev` on a copy of the fixture content, and
 * pages fetched as a browser would after each change. An edit shows on
 * the next load, a new article is served and an old one is gone, and a
 * broken record answers with its error (never the last good citation
 * card), then recovers once fixed; a browser tab left open on a page comes
 * back to it by itself once the problem is fixed. Runs in its own turn in
 * the test run's build queue (tests/support/build-service.ts), beside the
 * browser suites but never beside a build: Astro keeps one dev server per
 * project, and writes its module list to the project's `.astro/`, which a
 * build running at the same time would read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { queueTurn } from '../support/builds.ts';
import { BUILD_ROOT, FIXTURE_CONTENT } from '../support/paths.ts';

const content = join(BUILD_ROOT, 'content-dev');
let server: ChildProcess;
let endTurn = () => {};
let base = '';
let log = '';

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
		probe.on('error', fail);
	});
}

/** A page, waiting for it as long as the test may (`patience`: give up on it sooner, for `eventually`). */
async function get(path: string, patience?: number): Promise<{ status: number; body: string }> {
	const response = await fetch(base + path, patience ? { signal: AbortSignal.timeout(patience) } : {});
	return { status: response.status, body: await response.text() };
}

/** Replace `from` with `to` in a content file (the file must contain `from`). */
function edit(file: string, from: string, to: string): void {
	const path = join(content, file);
	const text = readFileSync(path, 'utf8');
	if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
	writeFileSync(path, text.replace(from, to));
}

/**
 * Fetch `path` until `check` holds: the dev server picks a change up when
 * its watcher fires. Gives up after a generous number of tries (a stuck
 * page, not a slow one, is the failure), with the last answer and the log.
 */
async function eventually(path: string, check: (page: { status: number; body: string }) => boolean, patience = 30_000) {
	let last = { status: 0, body: '' };
	// A request that never comes back counts as an answer too (status 0); ask again.
	for (let attempt = 0; attempt < 240; attempt++) {
		last = await get(path, patience).catch((error: Error) => ({ status: 0, body: String(error.cause ?? error) }));
		if (check(last)) return last;
		await new Promise((done) => setTimeout(done, 250));
	}
	throw new Error(
		`${path} never matched; last answer: ${last.status} ${last.body.slice(0, 400)}\nserver log:\n${log.slice(-2000)}`,
	);
}

/**
 * Resolves once the server prints a line matching `pattern` after this call;
 * fails if the server exits first, or (with the log) if it never does.
 */
function logged(pattern: RegExp): Promise<void> {
	const from = log.length;
	return new Promise((done, fail) => {
		const check = () => {
			if (!pattern.test(log.slice(from))) return;
			stop();
			done();
		};
		const exited = () => {
			stop();
			fail(new Error(`the server exited before logging ${pattern}:\n${log.slice(-2000)}`));
		};
		const never = setTimeout(() => {
			stop();
			fail(new Error(`the server never logged ${pattern}:\n${log.slice(-2000)}`));
		}, 45_000);
		const stop = () => {
			clearTimeout(never);
			server.stdout!.off('data', check);
			server.stderr!.off('data', check);
			server.off('exit', exited);
		};
		server.stdout!.on('data', check);
		server.stderr!.on('data', check);
		server.once('exit', exited);
	});
}

interface OverlayError {
	message: string;
	loc?: { file?: string; line?: number; column?: number };
}

/**
 * The browser's side of Astro's error overlay: the dev server's HMR socket,
 * opened as Vite's client opens it (with the token its client script
 * carries), and the errors it is sent.
 */
async function overlaySocket() {
	const client = (await get('/@vite/client')).body;
	const token = /const wsToken = "([^"]*)"/.exec(client)?.[1];
	if (token === undefined) throw new Error('no wsToken in /@vite/client');
	const socket = new WebSocket(`${base.replace('http', 'ws')}/?token=${token}`, 'vite-hmr');
	const errors: OverlayError[] = [];
	socket.addEventListener('message', (event) => {
		const payload = JSON.parse(String(event.data)) as { type: string; err?: OverlayError };
		if (payload.type === 'error' && payload.err) errors.push(payload.err);
	});
	await new Promise((done, fail) => {
		socket.addEventListener('open', done, { once: true });
		socket.addEventListener('error', fail, { once: true });
	});
	return {
		/** The first error the overlay was sent that `check` accepts, waiting for it as long as a page would. */
		async error(check: (err: OverlayError) => boolean): Promise<OverlayError> {
			for (let attempt = 0; attempt < 240; attempt++) {
				const found = errors.find(check);
				if (found) return found;
				await new Promise((done) => setTimeout(done, 250));
			}
			throw new Error(
				`the overlay was never sent it; it got: ${errors.map((e) => e.message.slice(0, 200)).join(' | ')}`,
			);
		},
		close: () => socket.close(),
	};
}

function outsideVitest(): NodeJS.ProcessEnv {
	return Object.fromEntries(
		Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST'),
	);
}

beforeAll(async () => {
	endTurn = await queueTurn();
}, 600_000); // it waits for the builds queued before its turn

beforeAll(async () => {
	rmSync(content, { recursive: true, force: true });
	cpSync(FIXTURE_CONTENT, content, { recursive: true });
	const port = await freePort();
	base = `http://127.0.0.1:${port}`;
	server = spawn(
		process.execPath,
		[resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
		{
			// Not Vitest's environment (NODE_ENV=test, VITEST…): under it Astro's dev server serves no pages.
			env: {
				...outsideVitest(),
				EXPLAINER_CONTENT: content,
				EXPLAINER_CACHE: join(BUILD_ROOT, 'cache-dev'),
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	server.stdout!.on('data', (chunk) => (log += chunk));
	server.stderr!.on('data', (chunk) => (log += chunk));
	await eventually('/alpha/', (page) => page.status === 200);
}, 120_000);

afterAll(async () => {
	writeFileSync(join(BUILD_ROOT, 'dev.log'), log);
	if (server && server.exitCode === null) {
		const exited = new Promise((done) => server.once('exit', done));
		server.kill('SIGTERM');
		await exited;
	}
	endTurn();
});

describe('astro dev, as an author uses it', () => {
	it('shows an edited sentence on the next load', async () => {
		expect((await get('/alpha/')).body).toContain('The envoy said the leader agreed to protections');
		edit(
			'articles/alpha.mdx',
			'The envoy said the leader agreed to protections',
			'The envoy said the leader accepted protections',
		);
		const page = await eventually('/alpha/', (p) => p.body.includes('The envoy said the leader accepted protections'));
		expect(page.status).toBe(200);
		expect(page.body).not.toContain('The envoy said the leader agreed to protections');
	});

	it('keeps serving every page when a sentence a correction names is copy-edited: the claim keeps its id (claim ledger)', async () => {
		edit(
			'articles/alpha.mdx',
			'The envoy repeated the claim on *television* [@wire-one]',
			'The envoy, officials said, repeated the claim on *television* [@wire-one]',
		);
		const page = await eventually('/alpha/', (p) => p.body.includes('officials said'));
		expect(page.status).toBe(200);
		expect(page.body).toMatch(
			/<span class="claim" id="c-the-envoy-repeated-the-5hyvvn">The envoy, officials said, repeated/,
		);
		expect((await get('/')).status).toBe(200);
	});

	it('shows a new cited sentence with its marker and notes, answering every request meanwhile', async () => {
		// Asked for from the moment of the edit: until Astro's content layer has written its store (after a
		// debounce), the entry's data is the old one while Vite compiles the new body, and the page's claims
		// must be those its body names.
		edit(
			'articles/delta.mdx',
			'The wire said the leaders would gather again [@wire-one].',
			'The wire said the leaders would gather again [@wire-one]. The paper said they would meet in spring [@paper-two].',
		);
		const answers: number[] = [];
		const page = await eventually('/delta/', (p) => {
			answers.push(p.status);
			return p.body.includes('they would meet in spring');
		});
		expect(answers.filter((status) => status !== 200)).toEqual([]);
		// The marker links to the paper's entry in the paragraph's notes, which the page made from the new claim.
		const marker =
			/<span class="claim" id="(c-the-paper-said-they-[a-z0-9]+)">The paper said they would meet in spring<\/span><sup class="marker" data-claim="\1"><a href="#([a-z0-9-]+)" role="doc-noteref" aria-label="Source \d+: Example Times">/.exec(
				page.body,
			);
		expect(marker, page.body.slice(0, 400)).not.toBeNull();
		expect(page.body).toContain(`id="${marker![2]}" data-source="paper-two"`);
	});

	it('serves a new article asked for at once, and lists it', async () => {
		// The moment Astro's content layer has the new entry in its store: from here until it has written
		// its entry list and its module list (each after its own debounce), Astro alone answers a 404 (its
		// store module is the old one) or UnknownContentCollectionError (one list has it, the other not).
		// Asked for then, as an author's browser reloads, the page is held until both lists have it.
		const takenIn = logged(/Reloaded data from zeta\.mdx/);
		writeFileSync(
			join(content, 'articles/zeta.mdx'),
			readFileSync(join(content, 'articles/beta.mdx'), 'utf8').replace(
				'title: "Beta explainer"',
				'title: "Zeta explainer"',
			),
		);
		await takenIn;
		// No time limit of its own: a held request is the workaround at work, however long the machine takes.
		const response = await fetch(`${base}/zeta/`);
		const body = await response.text();
		expect(response.status, body.slice(0, 400)).toBe(200);
		expect(body).toContain('<h1>Zeta explainer</h1>');
		expect((await get('/')).body).toContain('Zeta explainer');
	});

	it('stops serving a deleted article, and unlists it, answering every request meanwhile', async () => {
		unlinkSync(join(content, 'articles/zeta.mdx'));
		// Until the content layer has dropped it, a request waits for that, and is then answered: Astro
		// alone would import the deleted file's module for it, which fails or does not come back for a long time.
		const answers: number[] = [];
		await eventually('/zeta/', (p) => {
			answers.push(p.status);
			return p.status === 404;
		});
		expect(answers.filter((status) => status !== 200 && status !== 404)).toEqual([]);
		expect((await get('/')).body).not.toContain('Zeta explainer');
	});

	it('puts a changed source record into the notes of every article citing it', async () => {
		edit('sources/wire-one.yaml', 'outlet: "Wire Service"', 'outlet: "Renamed Wire"');
		const page = await eventually('/alpha/', (p) => p.body.includes('>Renamed Wire<'));
		expect(page.body).not.toContain('data-pagefind-filter="outlet">Wire Service<');
		expect((await get('/beta/')).body).toContain('>Renamed Wire<');
	});

	it('answers with a quote its research notes no longer give, at the quote, and recovers once they do', async () => {
		// The notes are no collection's entry: only the files show the change.
		edit('research/alpha-desk.md', '"an attack against them all"', '"an attack on some"');
		await eventually('/alpha/', (p) => p.status === 500);
		expect(log).toMatch(/alpha\.mdx:32:\d+: error Quote for `@treaty-three` not in its entry in the research notes/);
		edit('research/alpha-desk.md', '"an attack on some"', '"an attack against them all"');
		await eventually('/alpha/', (p) => p.status === 200 && p.body.includes('an attack against them all'));
	});

	it('answers with an image replaced by one past the size limit, at each article naming it, and recovers once it is put back', async () => {
		// Only the image's file changes: no article, and no entry of the content layer.
		const image = join(content, 'articles/images/harbour.jpg');
		const original = readFileSync(image);
		try {
			await sharp({ create: { width: 9000, height: 9000, channels: 3, background: '#777' } })
				.jpeg()
				.toFile(image);
			await eventually('/beta/', (p) => p.status === 500);
			expect(log).toMatch(/articles\/beta\.mdx:15:9: error .*9000 × 9000 pixels.*\[image-too-large\]/);
			expect(log).toMatch(/articles\/epsilon\.mdx:\d+:\d+: error .*9000 × 9000 pixels.*\[image-too-large\]/);
		} finally {
			writeFileSync(image, original);
		}
		await eventually('/beta/', (p) => p.status === 200);
	});

	it('answers with a link to a folder that holds it, added while it runs, and recovers once it is removed', async () => {
		// The build refuses it before Astro starts; here the start-up check has passed already.
		const link = join(content, 'articles/images/up');
		symlinkSync('..', link);
		const broken = await eventually('/beta/', (p) => p.status === 500);
		expect(broken.body).toMatch(
			/articles\/images\/up:1:1: error .*a folder that holds the link itself.*\[unsafe-symlink\]/,
		);
		rmSync(link);
		await eventually('/beta/', (p) => p.status === 200);
	});

	it('answers with a broken record’s error at its position, never the last good citation, and recovers', async () => {
		edit('sources/wire-one.yaml', 'title: "Envoy says the leader agreed to protections"', 'title: [unclosed');
		const broken = await eventually('/alpha/', (p) => p.status === 500);
		expect(broken.body).toMatch(/wire-one\.yaml:\d+:\d+: error Invalid YAML.*\[yaml-syntax\]/);
		expect(broken.body).not.toContain('Envoy says the leader agreed to protections');
		expect((await get('/sources/wire-one/')).status).toBe(500);
		edit('sources/wire-one.yaml', 'title: [unclosed', 'title: "Envoy says the leader agreed to protections"');
		await eventually(
			'/alpha/',
			(p) => p.status === 200 && p.body.includes('Envoy says the leader agreed to protections'),
		);
		expect((await get('/sources/wire-one/')).status).toBe(200);
	});

	it('lists a broken record’s problem and a body’s in one round, not the body’s only once the record is fixed', async () => {
		edit('sources/wire-one.yaml', 'title: "Envoy says the leader agreed to protections"', 'title: [unclosed');
		edit('articles/beta.mdx', 'cites the treaty too [@treaty-three]', 'cites the treaty too [@treaty-tree]');
		const both = await eventually('/alpha/', (p) => p.status === 500 && p.body.includes('treaty-tree'));
		expect(both.body).toMatch(/wire-one\.yaml:\d+:\d+: error Invalid YAML.*\[yaml-syntax\]/);
		expect(both.body).toMatch(/beta\.mdx:11:\d+: error Unknown source `@treaty-tree`.*\[unknown-source\]/);
		edit('sources/wire-one.yaml', 'title: [unclosed', 'title: "Envoy says the leader agreed to protections"');
		edit('articles/beta.mdx', 'cites the treaty too [@treaty-tree]', 'cites the treaty too [@treaty-three]');
		await eventually('/beta/', (p) => p.status === 200);
		await eventually('/alpha/', (p) => p.status === 200);
	});

	it('lists an article’s problems as it is now, never those of the text it had before its frontmatter broke', async () => {
		edit('articles/beta.mdx', 'cites the treaty too [@treaty-three]', 'cites the treaty too [@treaty-tree]');
		await eventually('/beta/', (p) => p.status === 500);
		expect(log).toMatch(/beta\.mdx:11:\d+: error Unknown source `@treaty-tree`/);
		// Mended in the body, broken in the frontmatter: the entry read before must not be checked again.
		edit('articles/beta.mdx', 'cites the treaty too [@treaty-tree]', 'cites the treaty too [@treaty-three]');
		edit('articles/beta.mdx', 'topics: ["Fixtures", "Treaties"]', 'topic: ["Fixtures", "Treaties"]');
		const now = await eventually('/alpha/', (p) => p.status === 500 && p.body.includes('[unknown-field]'));
		expect(now.body).toMatch(/beta\.mdx:7:1: error Unexpected field `topic`.*\[unknown-field\]/);
		expect(now.body).not.toContain('treaty-tree');
		edit('articles/beta.mdx', 'topic: ["Fixtures", "Treaties"]', 'topics: ["Fixtures", "Treaties"]');
		await eventually('/beta/', (p) => p.status === 200);
	});

	it('answers with a citation of a missing source at its position, in the error overlay too', async () => {
		const overlay = await overlaySocket();
		edit('articles/beta.mdx', 'cites the treaty too [@treaty-three]', 'cites the treaty too [@treaty-tree]');
		const broken = await eventually('/beta/', (p) => p.status === 500);
		// The page holds the list itself (no script needed to read it), the overlay gets it over the dev
		// server's socket, and the terminal shows it too; so does every other page.
		expect(broken.body).toMatch(/beta\.mdx:11:\d+: error Unknown source `@treaty-tree`.*\[unknown-source\]/);
		expect((await get('/')).body).toMatch(/beta\.mdx:11:\d+: error Unknown source `@treaty-tree`/);
		expect(log).toMatch(/beta\.mdx:11:\d+: error Unknown source `@treaty-tree`.*\[unknown-source\]/);
		const shown = await overlay.error((err) => err.message.includes('treaty-tree'));
		overlay.close();
		// Astro's overlay shows code in backticks as <code>.
		expect(shown.message).toMatch(
			/beta\.mdx:11:\d+: error Unknown source <code>@treaty-tree<\/code>.*\[unknown-source\]/,
		);
		expect(shown.loc?.file).toMatch(/articles\/beta\.mdx$/);
		expect(shown.loc?.line).toBe(11);
		edit('articles/beta.mdx', 'cites the treaty too [@treaty-tree]', 'cites the treaty too [@treaty-three]');
		await eventually('/beta/', (p) => p.status === 200);
	});
});

describe('astro dev, in a browser tab the author leaves open', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});

	/** A tab on `path`, once Vite's client in it is connected to the dev server (so it hears every reload). */
	async function openTab(path: string): Promise<Page> {
		const page = await browser.newPage();
		const connected = page.waitForEvent('console', (message) => message.text().includes('[vite] connected'));
		await page.goto(base + path);
		await connected;
		return page;
	}

	/** Astro's error overlay in the tab, once it shows text matching `text`. */
	async function overlayShows(page: Page, text: RegExp): Promise<void> {
		await page.locator('vite-error-overlay').getByText(text).first().waitFor({ timeout: 45_000 });
	}

	/**
	 * The tab back on the article by itself: the overlay gone and the article's heading shown (locators,
	 * so a second reload on the way, Astro's own once its store is written, is waited through).
	 */
	async function backOnArticle(page: Page, title: string): Promise<void> {
		await page.locator('vite-error-overlay').waitFor({ state: 'detached', timeout: 45_000 });
		await page.locator('h1', { hasText: title }).waitFor({ timeout: 45_000 });
	}

	it('comes back to an article by itself once its broken frontmatter is fixed', async () => {
		const page = await openTab('/gamma/');
		const errorPage = page.waitForResponse(
			(r) => r.url() === `${base}/gamma/` && r.request().isNavigationRequest() && r.status() === 500,
			{ timeout: 45_000 },
		);
		// Astro reloads the tab once its store has the changed entry, and the page is the error: Vite's
		// error page, whose overlay and client load from the same server. (They were refused too, and the
		// tab stayed on "Internal Server Error (Error overlay failed to load)" until reloaded by hand.)
		edit('articles/gamma.mdx', 'published: 2024-11-05', 'published: 2024-13-45');
		await errorPage;
		await overlayShows(page, /gamma\.mdx:4:\d+: error Invalid `?published/);
		edit('articles/gamma.mdx', 'published: 2024-13-45', 'published: 2024-11-05');
		await backOnArticle(page, 'Gamma explainer');
		await page.close();
	});

	it('comes back to an article by itself once a broken source record is fixed, after a reload showed the error', async () => {
		const page = await openTab('/alpha/');
		edit('sources/wire-one.yaml', 'title: "Envoy says the leader agreed to protections"', 'title: [unclosed');
		// The open tab is told over the socket; Astro's store keeps the last good record, so nothing reloads it.
		await overlayShows(page, /wire-one\.yaml:\d+:\d+: error Invalid YAML/);
		// The author reloads: the page is the error, never the last good citation.
		const reloaded = await page.reload();
		expect(reloaded?.status()).toBe(500);
		await overlayShows(page, /wire-one\.yaml:\d+:\d+: error Invalid YAML/);
		edit('sources/wire-one.yaml', 'title: [unclosed', 'title: "Envoy says the leader agreed to protections"');
		await backOnArticle(page, 'Alpha explainer');
		await page.getByText('Envoy says the leader agreed to protections').first().waitFor({ state: 'attached' });
		await page.close();
	});
});
