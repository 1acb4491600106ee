/**
 * `npm run bench`: prints figures, asserts nothing. Everything compared is
 * measured in the same run on this machine (2 shared cores: compare within
 * a run, as ratios, not across runs).
 *
 * 1. Build: the real site (median of 3); 1,000 generated explainers, ours
 *    beside a plain Astro + MDX + Pagefind build of the same articles, and
 *    what their social cards cost, cold and on a rebuild after one
 *    standfirst changed; 5,000 explainers, time and peak memory; the
 *    Pagefind step alone over each, with Pagefind's own peak memory and CPU.
 * 2. Size: the search index on disk (ours vs plain), the largest page of
 *    each kind, the article's weight before any interaction.
 * 3. Search: bytes and time from opening search to the first result, in
 *    Chromium, ours beside the last release (a git ref, built here), and
 *    Node query latency.
 * 4. Reading: the article's page height at 390, 820 and 1280 px, ours
 *    beside the last release.
 * 5. Errors: reporting 5,000 problems in one article.
 * 6. Tests: `npm test` from no builds and no timing cache, and its ten
 *    slowest tests (bench-tests.ts). `BENCH_ONLY=tests` runs this alone.
 * 7. Scaling: one paragraph of 1,000, 5,000 and 10,000 markers, articles
 *    of 1 MB and 5 MB, time and peak memory; articles of 1,000 and 5,000
 *    paragraphs compiled as the build does (`scripts/bench-scaling.ts`;
 *    alone: `npm run bench -- scaling`).
 *
 * BENCH_PATCHES_OFF=0 skips the cold build and rebuild of the generated
 * site with src/integrations/patches/ and the cards drawn ahead switched off
 * (EXPLAINER_ACCELERATORS=0 EXPLAINER_CARD_PREWARM=0).
 * BENCH_ARTICLES (default 1000), BENCH_REPEAT (default 1: cold builds of
 * ours and the plain baseline, each of ours followed by the rebuild; more
 * gives medians), BENCH_LARGE (default 5000; a list such as
 * 5000,10000; 0 to skip), BENCH_BASELINE_REF (default the last release
 * before this layout; "" to skip), BENCH_BEFORE_REF (our code at an earlier
 * commit, searched beside this one), BENCH_SEARCH_ROUNDS (default 1: times
 * each site's queries run, in turn), BENCH_ONLY=build (only the build
 * figures) or search (only the real site's search and reading, one build).
 */
import { execFileSync, spawn } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { loadSources } from '../src/data/sources.ts';
import { diagnosticsOf } from '../src/diagnostics/vfile-messages.ts';
import { claimsPlugins } from '../src/markdown/pipeline.ts';
import { runSearch } from '../src/search/query.ts';
import { serveSite } from '../src/server/static-server.ts';
import { buildSite } from './build-site.ts';
import { measureTestSuite } from './bench-tests.ts';
import { watchTreeMemory } from './tree-memory.ts';
import { rankRelated } from './bench-related.ts';
import { launchChromium } from './chromium.ts';
import { generateSite } from './generate-site.ts';
import { astroBuild } from './build-flags.ts';
import { pageWeight } from './page-weight.ts';
import { openIndex } from './pagefind-node.ts';
import { writePlainSite } from './plain-site.ts';
import { scalingRows } from './bench-scaling.ts';
import { isReservedSlug } from '../src/data/reserved-slugs.ts';

const ROOT = resolve('.bench');
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const LARGE = (process.env.BENCH_LARGE ?? '5000')
	.split(',')
	.map(Number)
	.filter((n) => n > 0);
/** A cold build and the correction's rebuild with every accelerator off, beside ours (BENCH_PATCHES_OFF=0 skips them). */
const PATCHES_OFF = process.env.BENCH_PATCHES_OFF !== '0';
/** Cold builds of ours and of the plain baseline (each of ours followed by a rebuild), for medians. */
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
const BASELINE_REF = process.env.BENCH_BASELINE_REF ?? '6680cca';
/** Our own code at an earlier commit, measured beside this one with the same UI (a change's before and after in one run); "" (default) to skip. */
const BEFORE_REF = process.env.BENCH_BEFORE_REF ?? '';
/** How many times each site's search queries run, in turn (medians over all). */
const SEARCH_ROUNDS = Math.max(1, Number(process.env.BENCH_SEARCH_ROUNDS ?? 1));
/** `search`: only the real site's search and reading figures (quick, while working on search); `tests`: only the suite's time. */
const ONLY = process.env.BENCH_ONLY;
const ARTICLE = '/us-nato-style-security-guarantees-ukraine/';
const QUERIES = ['Witkoff', 'Zelenskyy', 'Article 5', 'coalition of the willing', 'SCMP'];
/** Words and names the generated explainers contain (see generate-site.ts). */
const GENERATED_QUERIES = ['Andersen', 'ceasefire', 'Marivale', 'coalition', 'grain corridor'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (x: number) => `${Math.round(x)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rows: [string, string, string][] = [];
const row = (name: string, value: string, note = '') => {
	rows.push([name, value, note]);
	console.log(`  ${name}: ${value}${note ? `  (${note})` : ''}`);
};

function dirStats(dir: string, filter = (_path: string) => true): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		if (!filter(path)) continue;
		bytes += statSync(path).size;
		files++;
	}
	return { bytes, files };
}

/** Index files only: Pagefind also writes its own UI bundles, which neither site serves. */
const indexOnly = (path: string) => !/pagefind-(component-ui|ui|modular-ui|highlight)\.(js|css)$/.test(path);

/** Time a command in a child process, with the peak memory of its Node process and of all its processes together. */
function timed(
	command: string,
	args: string[],
	cwd: string,
	env: Record<string, string> = {},
): Promise<{ ms: number; cpuMs: number; code: number; maxRssMb: number; treeRssMb: number; output: string }> {
	const started = performance.now();
	return new Promise((done) => {
		const child = spawn(command, args, {
			cwd,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const tree = watchTreeMemory(child.pid);
		let output = '';
		child.stdout.on('data', (c) => (output += c));
		child.stderr.on('data', (c) => (output += c));
		child.on('close', (code) => {
			const rss = Number(/PEAK_RSS_KB (\d+)/.exec(output)?.[1] ?? NaN);
			const cpu = Number(/CPU_MS (\d+)/.exec(output)?.[1] ?? NaN);
			// A sample can miss a short peak that the Node process's own figure saw.
			const treeRssMb = Math.max(tree.stop(), rss / 1024);
			done({ ms: performance.now() - started, cpuMs: cpu, code: code ?? 1, maxRssMb: rss / 1024, treeRssMb, output });
		});
	});
}

/**
 * Node flags that make a build print its peak memory and its CPU time (user + system, all threads) as it exits.
 * Worker threads run the same `--import`; only the main thread's exit is the whole build's.
 */
const USAGE = [
	'--import',
	'data:text/javascript,import{isMainThread}from"node:worker_threads";if(isMainThread)process.on("exit",()=>{const u=process.resourceUsage();console.error("PEAK_RSS_KB "+u.maxRSS+" CPU_MS "+Math.round((u.userCPUTime+u.systemCPUTime)/1000))})',
];

/**
 * What the social cards cost a build: how many of the card route's pages (`/social/<slug>.png`) were
 * rendered and copied from the last build (incremental builds), and the time from the first rendered
 * card's line of Astro's route log to the last one's. Pages render a few at a time, in several
 * threads, so each page's own timing includes its neighbours' and their sum is no cost; the log's
 * clock counts whole seconds, so the span is good to a second.
 */
function cardCost(output: string): { rendered: number; cached: number; ms: number } | undefined {
	// Astro colours the timings when it writes to a terminal.
	const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
	const seconds = [...plain.matchAll(/^(\d\d):(\d\d):(\d\d) +[├└]─ \/social\/\S+\.png \(\+/gm)].map(
		(m) => Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]),
	);
	const rendered = seconds.length;
	const ms = rendered > 0 ? (Math.max(...seconds) - Math.min(...seconds)) * 1000 : 0;
	const cached = (plain.match(/\/social\/[^\s]+\.png \((?:cached|restored)\)/g) ?? []).length;
	return rendered + cached > 0 ? { rendered, cached, ms } : undefined;
}

/**
 * Our build of `content` into `out`, recording the Node process's peak
 * memory. A fresh folder and `--force`, as the plain build gets; `again`
 * keeps both, as a republished correction would.
 */
function buildOurs(content: string, out: string, again = false, tuned = false, env: Record<string, string> = {}) {
	// Cold: nothing from an earlier build, neither the compiled articles (src/integrations/patches/article-modules.ts),
	// the copies of the pages Pagefind read (src/integrations/index-view-files.ts) nor the drawn social cards
	// (src/social/card-cache.ts).
	if (!again)
		for (const dir of [out, ...['articles', 'pagefind-view', 'social-cards'].map((d) => join(`${out}-cache`, d))])
			rmSync(dir, { recursive: true, force: true });
	const build = astroBuild(
		again ? [] : ['--force'],
		{
			EXPLAINER_CONTENT: resolve(content),
			EXPLAINER_OUT: resolve(out),
			EXPLAINER_CACHE: resolve(`${out}-cache`),
			...env,
		},
		{ tuned },
	);
	return timed(build.command, [...USAGE, ...build.args], process.cwd(), build.env as Record<string, string>);
}

/**
 * Where a build's time went, from Astro's own log: the bundling step
 * (Vite, which compiles every MDX article), page generation, and our
 * post-build hooks (CSP pass, Pagefind), by the log's timestamps.
 */
function buildPhases(output: string): string | undefined {
	// "820ms", "12.34s" or "1m 23s".
	const secs = (m: RegExpExecArray | null) =>
		m ? Number(m[1] ?? 0) * 60 + Number(m[2]) * (m[3] === 'ms' ? 0.001 : 1) : NaN;
	const bundle = secs(/\[vite\] ✓ built in (?:(\d+)m )?([\d.]+)(m?s)/.exec(output));
	const routes = secs(/generating static routes[^]*?✓ Completed in (?:(\d+)m )?([\d.]+)(m?s)/.exec(output));
	const clock = (what: RegExp) => {
		const m = new RegExp(`^(\\d\\d):(\\d\\d):(\\d\\d) ${what.source}`, 'm').exec(output);
		return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : NaN;
	};
	const hooks =
		clock(/\[build\] Complete!/) - clock(/\[build\] ✓ Completed in [\d.]+m?s\.\n+\S+ \[@astrojs\/sitemap\]/);
	if (Number.isNaN(bundle) || Number.isNaN(routes)) return undefined;
	return `Vite bundle, MDX compile included ${bundle.toFixed(1)} s; generating routes ${routes.toFixed(1)} s${Number.isNaN(hooks) ? '' : `; sitemap and Pagefind about ${hooks} s`}`;
}

/** The plain baseline: Astro build, then Pagefind's CLI over the built pages. */
async function buildPlain(dir: string) {
	const astro = await timed(
		process.execPath,
		[...USAGE, resolve('node_modules/astro/bin/astro.mjs'), 'build', '--force'],
		dir,
	);
	if (astro.code !== 0) throw new Error(`plain build failed:\n${astro.output.slice(-2000)}`);
	const index = await timed(process.execPath, [resolve('node_modules/.bin/pagefind'), '--site', 'dist'], dir);
	if (index.code !== 0) throw new Error(`plain pagefind failed:\n${index.output.slice(-2000)}`);
	return { ms: astro.ms + index.ms, astro: astro.ms, astroCpu: astro.cpuMs, index: index.ms };
}

/**
 * The build's Pagefind step alone over a built site (scripts/pagefind-alone.ts), with
 * Pagefind's own process: the build's peak memory above is its Node process only.
 */
async function pagefindRow(dist: string, label: string): Promise<void> {
	const run = await timed(process.execPath, [resolve('scripts/pagefind-alone.ts'), dist], process.cwd());
	const line = run.output.split('\n').find((l) => l.startsWith('{"pages"'));
	if (run.code !== 0 || !line) throw new Error(`Pagefind alone failed:\n${run.output.slice(-2000)}`);
	const r = JSON.parse(line) as Record<string, number | null>;
	const index = dirStats(join(dist, 'pagefind'), indexOnly);
	const fragments = dirStats(join(dist, 'pagefind', 'fragment'));
	const pagefind =
		r.pagefindPeakRssMb === null
			? "Pagefind's process not measured (needs Linux's /proc)"
			: `Pagefind's process: peak memory ${r.pagefindPeakRssMb} MB, CPU ${s(r.pagefindCpuMs!)}`;
	row(
		`Pagefind alone, ${label}`,
		s(r.ms!),
		`${r.pages} pages; ${pagefind}; the step in Node: peak ${r.nodePeakRssMb} MB, CPU ${s(r.nodeCpuMs!)}; index ${mb(index.bytes)}, fragments ${mb(fragments.bytes)}; alone: node scripts/pagefind-alone.ts <dist>`,
	);
}

/** The largest page of each kind, gzip. */
function largestPages(dist: string): Map<string, { path: string; gzip: number }> {
	const kinds = new Map<string, { path: string; gzip: number }>();
	for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const path = join(entry.parentPath, entry.name);
		const url = `/${path.slice(dist.length + 1).replace(/index\.html$/, '')}`;
		const first = url.split('/')[1]!;
		// An explainer is `/<slug>/`; the site's own first segments (`/topics/`, `/authors/` …) are pages of their own kind.
		const kind = url === '/' ? 'home' : /^\/[a-z0-9-]+\/$/.test(url) && !isReservedSlug(first) ? 'article' : first;
		const gzip = gzipSync(readFileSync(path), { level: 9 }).length;
		if ((kinds.get(kind)?.gzip ?? 0) < gzip) kinds.set(kind, { path: url, gzip });
	}
	return kinds;
}

/** Chromium: from opening search to the first result, bytes fetched and time, median over the queries. */
async function browserSearch(
	browser: Browser,
	dist: string,
	page: string,
	ui: 'ours' | 'component',
	queries = QUERIES,
) {
	const server = await serveSite(dist);
	const sel =
		ui === 'ours'
			? { input: '#search-dialog-input', result: '#search-dialog .search-result' }
			: { input: 'pagefind-modal pagefind-input input', result: 'pagefind-modal .search-result' };
	const bytes: number[] = [];
	const times: number[] = [];
	for (const q of queries) {
		const context = await browser.newContext();
		const tab = await context.newPage();
		await tab.goto(server.url + page);
		// Every request the page or its workers finish, with its wall-clock span.
		const finished: { url: string; start: number; end: number; bytes: Promise<number> }[] = [];
		tab.on('requestfinished', (r) => {
			const t = r.timing();
			finished.push({
				url: r.url(),
				start: t.startTime,
				end: t.startTime + t.responseEnd,
				bytes: r.sizes().then(
					(x) => x.responseBodySize + x.responseHeadersSize,
					() => 0,
				),
			});
		});
		// The page notes when the reader clicked and when the first result was in the DOM.
		await tab.evaluate((selector) => {
			const w = window as unknown as { clickAt?: number; firstAt?: number };
			document.addEventListener('click', () => (w.clickAt ??= Date.now()), { capture: true });
			new MutationObserver((_, observer) => {
				if (!document.querySelector(selector)) return;
				w.firstAt = Date.now();
				observer.disconnect();
			}).observe(document.body, { childList: true, subtree: true });
		}, sel.result);
		const since = Date.now();
		await tab.locator('[data-search-trigger]').click();
		await tab.locator(sel.input).fill(q);
		await tab.locator(sel.result).first().waitFor({ timeout: 30_000 });
		const { clickAt, firstAt } = await tab.evaluate(() => {
			const w = window as unknown as { clickAt: number; firstAt: number };
			return { clickAt: w.clickAt, firstAt: w.firstAt };
		});
		times.push(firstAt - clickAt);
		// What search cost: what was fetched from reaching for it to the first result, and any
		// of Pagefind's files fetched earlier (a UI that preloads them pays for them too).
		const counted = finished.filter((r) => r.end <= firstAt && (r.start >= since || r.url.includes('/pagefind/')));
		bytes.push((await Promise.all(counted.map((r) => r.bytes))).reduce((a, b) => a + b, 0));
		await context.close();
	}
	await server.close();
	return { bytes, times, each: queries.map((q, i) => `${q} ${kb(bytes[i]!)}`).join(', ') };
}

/**
 * The sites' searches, `ROUNDS` times over, taking turns query by query
 * (which site goes first rotates too), so that a spike of load on a shared
 * machine falls on every site alike: the medians of every sample, and the
 * first site's time as a share of each site's (`ours`), the median of the
 * ratios of the same query's searches one after the other.
 */
async function searchSideBySide(browser: Browser, sites: { dist: string; ui: 'ours' | 'component' }[]) {
	const samples = sites.map(() => ({ bytes: [] as number[], times: [] as number[], ours: [] as number[] }));
	const firstBytes = sites.map(() => new Map<string, number>());
	for (let round = 0; round < SEARCH_ROUNDS; round++) {
		for (const [qi, q] of QUERIES.entries()) {
			const time: number[] = [];
			for (let k = 0; k < sites.length; k++) {
				const i = (k + qi + round) % sites.length;
				const one = await browserSearch(browser, sites[i]!.dist, ARTICLE, sites[i]!.ui, [q]);
				samples[i]!.bytes.push(one.bytes[0]!);
				samples[i]!.times.push((time[i] = one.times[0]!));
				if (!firstBytes[i]!.has(q)) firstBytes[i]!.set(q, one.bytes[0]!);
			}
			for (const [i, x] of samples.entries()) x.ours.push(time[0]! / time[i]!);
		}
	}
	return samples.map((x, i) => ({
		bytes: median(x.bytes),
		time: median(x.times),
		ours: median(x.ours),
		each: [...firstBytes[i]!].map(([q, b]) => `${q} ${kb(b)}`).join(', '),
		n: x.times.length,
	}));
}

async function pageHeights(browser: Browser, dist: string) {
	const server = await serveSite(dist);
	const heights: Record<number, number> = {};
	for (const width of [390, 820, 1280]) {
		const context = await browser.newContext({ viewport: { width, height: 900 } });
		const tab = await context.newPage();
		await tab.goto(server.url + ARTICLE);
		heights[width] = await tab.evaluate(() => document.documentElement.scrollHeight);
		await context.close();
	}
	await server.close();
	return heights;
}

async function nodeLatency(dist: string, tag: string, queries: string[]) {
	const { pagefind, close } = await openIndex(dist, tag);
	const started = performance.now();
	const first = await runSearch(pagefind, queries[0]!);
	await first.rows(0);
	const cold = performance.now() - started;
	const warm: number[] = [];
	for (const q of queries.slice(1)) {
		const t = performance.now();
		const search = await runSearch(pagefind, q);
		await search.rows(0);
		warm.push(performance.now() - t);
	}
	await close();
	return { cold, warm: median(warm) };
}

/** The real site as of git `ref`, built here (once, kept in `.bench/<name>/`), for side-by-side figures. */
async function siteAt(ref: string, name: string): Promise<string | undefined> {
	if (!ref) return undefined;
	const dir = join(ROOT, name);
	const dist = join(dir, 'dist');
	try {
		if (!existsSync(join(dist, 'index.html'))) {
			rmSync(dir, { recursive: true, force: true });
			mkdirSync(dir, { recursive: true });
			execFileSync('sh', ['-c', `git archive ${ref} | tar -x -C ${JSON.stringify(dir)}`]);
			symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
			const result = await timed(
				process.execPath,
				[resolve('node_modules/astro/bin/astro.mjs'), 'build', '--force'],
				dir,
				{ EXPLAINER_OUT: dist },
			);
			if (result.code !== 0) throw new Error(result.output.slice(-1500));
		}
		return dist;
	} catch (error) {
		console.log(`  (no ${name} site from ${ref}: ${(error as Error).message.split('\n')[0]})`);
		return undefined;
	}
}

/** Run the claims adapter over `text` in-process, as the build does; returns how many problems it placed. */
function reportProblems(text: string): number {
	const sources = loadSources(resolve('content/sources'));
	const processor = unified()
		.use(remarkParse)
		.use(claimsPlugins({ sources: () => sources }));
	const file = new VFile({ value: text, path: 'content/articles/bench.mdx' });
	processor.runSync(processor.parse(text), file);
	return diagnosticsOf(file.messages).length;
}

/**
 * A correction republished: one sentence and the standfirst of one explainer changed, then the
 * same build again, keeping the output and the cache (only that explainer's social card, its
 * compiled article and the pages showing the changed claim are made again); the file is restored.
 */
async function correctionRebuild(content: string, out: string, env: Record<string, string> = {}) {
	const first = join(content, 'articles/explainer-1.mdx');
	const text = readFileSync(first, 'utf8');
	const sentence = /\n\n([A-Z][^.\n[]{20,}?) \[@/.exec(text);
	if (!sentence) return undefined;
	writeFileSync(
		first,
		text
			.replace(sentence[1]!, `${sentence[1]!}, as corrected`)
			.replace('description: "Generated for', 'description: "Regenerated for'),
	);
	try {
		const again = await buildOurs(content, out, true, false, env);
		if (again.code !== 0) throw new Error(`our rebuild failed:\n${again.output.slice(-3000)}`);
		return again;
	} finally {
		writeFileSync(first, text);
	}
}

/**
 * A rebuild after one source record changed (its headline), and how many
 * articles that rebuild compiled: the compile cache's files written since it
 * started (src/integrations/patches/article-modules.ts). Notes are rendered
 * at page time, so the answer should be none.
 */
async function sourceEditRebuild(content: string, out: string) {
	const file = join(content, 'sources/source-7.yaml');
	const text = readFileSync(file, 'utf8');
	writeFileSync(file, text.replace(/^title: "/m, 'title: "Updated: '));
	const cache = join(`${out}-cache`, 'articles');
	const started = Date.now();
	try {
		const again = await buildOurs(content, out, true);
		if (again.code !== 0) throw new Error(`our rebuild after a source edit failed:\n${again.output.slice(-3000)}`);
		const compiled = existsSync(cache)
			? readdirSync(cache).filter((f) => f.endsWith('.json') && statSync(join(cache, f)).mtimeMs >= started).length
			: 0;
		return { ...again, compiled };
	} finally {
		writeFileSync(file, text);
	}
}

/** How many pages a build rendered and how many it copied from the last one (Astro's incremental build log). */
function pagesReused(output: string): string {
	const reused = (output.match(/\((?:cached|restored)\)/g) ?? []).length;
	const all = (output.match(/^\S+\s+├─ /gm) ?? []).length;
	return `${all - reused} pages rendered, ${reused} copied from the last build`;
}

/** The generated sites: 1,000 explainers beside the plain baseline, then 5,000. */
async function generatedSites(oursOut: string) {
	console.log(`Generating ${ARTICLES} explainers and building ours and the plain baseline…`);
	const genContent = join(ROOT, `content-${ARTICLES}`);
	const shape = generateSite(genContent, ARTICLES);
	row(
		'Generated site',
		`${shape.articles} explainers`,
		`${shape.sources} sources, ${shape.entities} entities; per explainer about ${shape.words} words and ${shape.citations} citations`,
	);
	const plainDir = join(ROOT, `plain-${ARTICLES}`);
	writePlainSite(plainDir, join(genContent, 'articles'));
	// BENCH_REPEAT pairs, ours and plain in turn (the order swapped each time, so neither always
	// runs in the busier minutes), each of ours followed by the rebuild after a correction.
	const colds: Awaited<ReturnType<typeof buildOurs>>[] = [];
	const plains: Awaited<ReturnType<typeof buildPlain>>[] = [];
	const rebuilds: Awaited<ReturnType<typeof buildOurs>>[] = [];
	for (let i = 0; i < REPEAT; i++) {
		if (i % 2 === 1) plains.push(await buildPlain(plainDir));
		// Cold: no compiled article, no page from an earlier build (`buildOurs` clears both).
		const ours = await buildOurs(genContent, oursOut);
		if (ours.code !== 0) throw new Error(`our build failed:\n${ours.output.slice(-3000)}`);
		colds.push(ours);
		const again = await correctionRebuild(genContent, oursOut);
		if (again) rebuilds.push(again);
		if (i % 2 === 0) plains.push(await buildPlain(plainDir));
	}
	const each = (xs: { ms: number }[]) =>
		xs.length > 1 ? `median of ${xs.length}: ${xs.map((x) => s(x.ms)).join(', ')}; ` : '1 run; ';
	const cold = colds.map((c) => c.ms);
	const ours = colds.toSorted((a, b) => a.ms - b.ms)[Math.floor(colds.length / 2)]!;
	const plain = plains.toSorted((a, b) => a.ms - b.ms)[Math.floor(plains.length / 2)]!;
	row(
		`Build, ${ARTICLES} explainers: ours`,
		s(median(cold)),
		`${each(colds)}CPU ${s(median(colds.map((c) => c.cpuMs)))}; peak memory ${Math.round(Math.max(...colds.map((c) => c.maxRssMb)))} MB, all processes together ${Math.round(Math.max(...colds.map((c) => c.treeRssMb)))} MB`,
	);
	row(
		`Build, ${ARTICLES} explainers: plain Astro + MDX + Pagefind`,
		s(median(plains.map((p) => p.ms))),
		`${each(plains)}Astro ${s(plain.astro)} (CPU ${s(plain.astroCpu)}), Pagefind CLI ${s(plain.index)}`,
	);
	row(
		'Build ratio, ours ÷ plain',
		`${(median(cold) / median(plains.map((p) => p.ms))).toFixed(2)}×`,
		`medians, same run; goal ≤ 1.3× and ≤ 60 s; CPU of the Astro process, ours ÷ plain: ${(median(colds.map((c) => c.cpuMs)) / median(plains.map((p) => p.astroCpu))).toFixed(2)}×`,
	);
	const ranked = rankRelated(genContent);
	row(
		`Related explainers, ${ARTICLES} explainers: ranking`,
		ms(ranked.ms),
		`${((ranked.ms / ours.ms) * 100).toFixed(2)}% of the cold build (goal ≤ 5%); ${ranked.withRelated} of ${ranked.explainers} have related explainers`,
	);
	const coldCards = cardCost(ours.output);
	if (coldCards)
		row(
			`Social cards, ${ARTICLES} explainers, cold: their route's pages`,
			s(coldCards.ms),
			`${coldCards.rendered} rendered; ${((coldCards.ms / ours.ms) * 100).toFixed(1)}% of the cold build; goal ≤ 10%`,
		);
	const phases = buildPhases(ours.output);
	if (phases) row(`Build phases, ${ARTICLES} explainers: ours`, phases);

	if (rebuilds.length > 0) {
		const again = rebuilds.toSorted((a, b) => a.ms - b.ms)[Math.floor(rebuilds.length / 2)]!;
		const fractions = rebuilds.map((r, i) => r.ms / colds[i]!.ms);
		row(
			`Rebuild after a one-sentence correction, ${ARTICLES} explainers`,
			s(again.ms),
			`${each(rebuilds)}${median(fractions).toFixed(2)}× the cold build before it (median); goal ≤ 0.3×; ${pagesReused(again.output)}`,
		);
		const rebuildPhases = buildPhases(again.output);
		if (rebuildPhases) row('  its phases', rebuildPhases);
		const warmCards = cardCost(again.output);
		if (warmCards)
			row(
				`Social cards in that rebuild`,
				s(warmCards.ms),
				`${warmCards.rendered} rendered, ${warmCards.cached} copied from the last build; ${((warmCards.ms / again.ms) * 100).toFixed(1)}% of the rebuild`,
			);
	}
	const sourceEdit = await sourceEditRebuild(genContent, oursOut);
	// The correction's rebuild put its article's first text back, which compiles once more here.
	const restored = rebuilds.length > 0 ? 1 : 0;
	row(
		`Rebuild after one source record changed, ${ARTICLES} explainers`,
		s(sourceEdit.ms),
		`${(sourceEdit.ms / ours.ms).toFixed(2)}× the cold build; ${sourceEdit.compiled - restored} articles compiled for it (goal: none)${restored ? `, and the corrected one, restored to its first text` : ''}; CPU ${s(sourceEdit.cpuMs)}; ${pagesReused(sourceEdit.output)}`,
	);

	// What the patches (src/integrations/patches/) and the cards drawn ahead (src/integrations/card-prewarm.ts)
	// buy: the same cold build and correction with all of them off.
	if (PATCHES_OFF) {
		const off = { EXPLAINER_ACCELERATORS: '0', EXPLAINER_CARD_PREWARM: '0' };
		const offOut = join(ROOT, `site-${ARTICLES}-unpatched`);
		const cold = await buildOurs(genContent, offOut, false, false, off);
		if (cold.code !== 0) throw new Error(`our build with the accelerators off failed:\n${cold.output.slice(-3000)}`);
		const again = await correctionRebuild(genContent, offOut, off);
		row(
			`Build, ${ARTICLES} explainers, patches and card prewarm off (EXPLAINER_ACCELERATORS=0 EXPLAINER_CARD_PREWARM=0)`,
			s(cold.ms),
			`1 run; CPU ${s(cold.cpuMs)}; peak memory ${Math.round(cold.maxRssMb)} MB`,
		);
		if (again)
			row(
				`Rebuild after the correction, patches and card prewarm off`,
				s(again.ms),
				`CPU ${s(again.cpuMs)}; peak memory ${Math.round(again.maxRssMb)} MB; ${pagesReused(again.output)}`,
			);
		rmSync(offOut, { recursive: true, force: true });
		rmSync(`${offOut}-cache`, { recursive: true, force: true });
	}

	const oursIndex = dirStats(join(oursOut, 'pagefind'), indexOnly);
	const plainIndex = dirStats(join(plainDir, 'dist/pagefind'), indexOnly);
	row(`Search index on disk, ${ARTICLES} explainers: ours`, mb(oursIndex.bytes), `${oursIndex.files} files`);
	row(`Search index on disk, ${ARTICLES} explainers: plain`, mb(plainIndex.bytes), `${plainIndex.files} files`);
	row('Index ratio, ours ÷ plain', `${(oursIndex.bytes / plainIndex.bytes).toFixed(2)}×`, 'goal ≤ 2×');
	await pagefindRow(oursOut, `${ARTICLES} explainers`);
	const largest = largestPages(oursOut);
	for (const [kind, page] of [...largest].sort())
		row(`Largest page, ${kind}, ${ARTICLES} explainers (gzip)`, kb(page.gzip), page.path);
	const top = [...largest.values()].sort((a, b) => b.gzip - a.gzip)[0];
	if (top) row(`Largest page of all, ${ARTICLES} explainers (gzip)`, kb(top.gzip), `${top.path}; goal ≤ 100 KB`);

	for (const size of LARGE) {
		console.log(`Generating and building ${size} explainers…`);
		const large = join(ROOT, `content-${size}`);
		const shape = generateSite(large, size);
		// The large builds only, with the memory flags measured on them (scripts/build-flags.ts).
		const result = await buildOurs(large, join(ROOT, `site-${size}`), false, true);
		if (result.code !== 0) console.log(result.output.slice(-2000));
		row(
			`Build, ${size} explainers: ours`,
			result.code === 0 ? s(result.ms) : 'failed',
			`1 run, with scripts/build-flags.ts; CPU ${s(result.cpuMs)}; peak memory of the Node process ${Math.round(result.maxRssMb)} MB, of all its processes together (Node and Pagefind) ${Math.round(result.treeRssMb)} MB; ${shape.sources} sources; ${(result.ms / median(cold)).toFixed(1)}× the ${ARTICLES}-explainer build for ${(size / ARTICLES).toFixed(0)}× the explainers; goal at 10,000 ≤ 8 min and ≤ 4 GB for all processes together`,
		);
		const phases = buildPhases(result.output);
		if (phases) row(`Build phases, ${size} explainers: ours`, phases);
		if (result.code === 0) await pagefindRow(join(ROOT, `site-${size}`), `${size} explainers`);
		// Its cache too (gigabytes at 10,000): every build of it here is cold, and Vite's watcher walks the project,
		// so `astro dev` in this checkout took five times as long to start beside it.
		for (const dir of [join(ROOT, `site-${size}`), join(ROOT, `site-${size}-cache`)])
			rmSync(dir, { recursive: true, force: true });
	}
}

async function testSuite() {
	console.log('Running the test suite as a fresh clone would (npm test: the lint and astro check beside vitest)…');
	const suite = await measureTestSuite(ROOT);
	row(
		'npm test, wall time',
		s(suite.ms),
		`${suite.steps.map((step) => step.replace(/^ok +/, '')).join(', ')}; ${suite.passed} passed, ${suite.failed} failed; goal ≤ 3 min beside one build loop`,
	);
	for (const [i, test] of suite.slowest.entries()) row(`  slowest test ${i + 1}`, s(test.ms), test.name);
}

async function main() {
	mkdirSync(ROOT, { recursive: true });
	if (ONLY === 'tests') {
		await testSuite();
		return printTable();
	}
	if (process.argv[2] === 'scaling') {
		await scalingRows(row, ROOT, buildOurs);
		printTable();
		return;
	}
	console.log(ONLY === 'search' ? 'Building the real site…' : 'Building the real site three times…');
	const realOut = join(ROOT, 'site');
	const realTimes: number[] = [];
	// Once when only search is measured: its figures need the pages, not the build's time.
	for (let i = 0; i < (ONLY === 'search' ? 1 : 3); i++) {
		// Each one cold: no compiled article kept from the one before.
		rmSync(join(ROOT, 'site-cache', 'articles'), { recursive: true, force: true });
		const result = await buildSite('content', realOut, { cache: join(ROOT, 'site-cache') });
		if (result.code !== 0) throw new Error(result.output);
		realTimes.push(result.ms);
	}
	row(`Build, real site (median of ${realTimes.length})`, s(median(realTimes)), realTimes.map(s).join(', '));

	const oursOut = join(ROOT, `site-${ARTICLES}`);
	if (ONLY !== 'search') await generatedSites(oursOut);
	if (ONLY === 'build') return printTable();

	const weight = pageWeight(realOut, ARTICLE);
	const total = (type?: string) =>
		weight.resources.filter((r) => !type || r.type === type).reduce((n, r) => n + r.gzip, 0);
	row(
		'Article page, gzip, before any interaction',
		kb(total()),
		`HTML ${kb(total('html'))}, JS ${kb(total('js') + weight.inlineJs)} (inline included), ${weight.resources.length} requests; budget 30 KB`,
	);

	console.log('Measuring search and reading…');
	const baseline = await siteAt(BASELINE_REF, 'baseline');
	const earlier = await siteAt(BEFORE_REF, `before-${BEFORE_REF}`);
	const browser = await launchChromium();
	type Side = { dist: string; ui: 'ours' | 'component' } | undefined;
	const sides: Side[] = [
		{ dist: realOut, ui: 'ours' },
		earlier ? { dist: earlier, ui: 'ours' } : undefined,
		baseline ? { dist: baseline, ui: 'component' } : undefined,
	];
	const measured = await searchSideBySide(
		browser,
		sides.filter((x) => x !== undefined),
	);
	const [real, before, peer] = sides.map((side) => (side ? measured.shift() : undefined));
	row('Open search → first result, real site: bytes', kb(real!.bytes), `median; goal ≤ 110 KB; ${real!.each}`);
	row(
		'Open search → first result, real site: time',
		ms(real!.time),
		`median of ${real!.n} (${QUERIES.length} queries × ${SEARCH_ROUNDS})`,
	);
	if (before) {
		row(`  the same, our code at ${BEFORE_REF}: bytes`, kb(before.bytes), before.each);
		row(
			`  the same, our code at ${BEFORE_REF}: time`,
			ms(before.time),
			`ours now ${before.ours.toFixed(2)}× that (median of the paired searches' ratios)`,
		);
	}
	if (peer) {
		const before = peer;
		row(`  the same, last release (${BASELINE_REF}): bytes`, kb(before.bytes), before.each);
		row(
			`  the same, last release (${BASELINE_REF}): time`,
			ms(before.time),
			`ours is ${Math.round((1 - real!.time / before.time) * 100)}% faster; goal ≥ 30%`,
		);
		// The peer is Pagefind's own modal UI over the same pages, as Starlight ships Pagefind.
		row(
			'Open search → first result, ours ÷ the peer (Pagefind UI)',
			`${before.ours.toFixed(2)}× the time`,
			`median of the ratios of paired searches (the same query, one after the other); of the medians ${(real!.time / before.time).toFixed(2)}×; ${(real!.bytes / before.bytes).toFixed(2)}× the bytes (${kb(real!.bytes)} vs ${kb(before.bytes)}); goal ≤ 0.5× the time, no more bytes`,
		);
	}
	if (ONLY !== 'search') {
		const gen = await browserSearch(browser, oursOut, '/explainer-1/', 'ours', GENERATED_QUERIES);
		row(`Open search → first result, ${ARTICLES} explainers`, `${kb(median(gen.bytes))}, ${ms(median(gen.times))}`);
	}
	const heights = await pageHeights(browser, realOut);
	const oldHeights = baseline ? await pageHeights(browser, baseline) : undefined;
	for (const width of [390, 820, 1280] as const)
		row(
			`Article page height at ${width} px`,
			`${heights[width]} px`,
			oldHeights ? `last release ${oldHeights[width]} px` : '',
		);
	await browser.close();
	const sites = [
		['real site', realOut, 'real', QUERIES],
		[`${ARTICLES} explainers`, oursOut, 'gen', GENERATED_QUERIES],
	] as const;
	for (const [name, dist, tag, queries] of ONLY === 'search' ? sites.slice(0, 1) : sites) {
		const latency = await nodeLatency(dist, tag, queries);
		row(`Node, first query → first row, ${name}`, ms(latency.cold), `later queries ${ms(latency.warm)}`);
	}

	const text = Array.from({ length: 5000 }, (_, i) => `Claim ${i} [@missing-${i}].`).join('\n');
	const started = performance.now();
	const found = reportProblems(text);
	row(
		'Reporting 5,000 unknown sources in one article',
		ms(performance.now() - started),
		`${found} problems, each at its line and column`,
	);

	if (ONLY !== 'search') {
		await testSuite();
		await scalingRows(row, ROOT, buildOurs);
	}
	printTable();
}

function printTable(): void {
	const width = Math.max(...rows.map((r) => r[0].length));
	console.log(`\n${'Measure'.padEnd(width)}  Value\n${'-'.repeat(width)}  -----`);
	for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value}${note ? `  (${note})` : ''}`);
}

await main();
