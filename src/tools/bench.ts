/**
 * `npm run bench`: build time, article page weight, and search cost on the
 * real site and on a generated site of 1,000 explainers. Prints figures;
 * asserts nothing. Timings are medians of several runs on this machine (2
 * cores, shared): compare them within one run, as ratios, not across runs.
 *
 *   BENCH_ARTICLES=200 npm run bench   # a smaller generated site
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from './static-server.mjs';
import { generateSite } from './generate-site.ts';
import { pageWeight } from '../tests/support/page-weight.ts';
import { RANKING } from '../src/search/ranking.ts';

const ROOT = resolve('.bench');
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t: number) => `${t.toFixed(0)} ms`;

function build(content: string, out: string): number {
	const start = performance.now();
	const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--force'], {
		env: { ...process.env, EXPLAINER_CONTENT: resolve(content), EXPLAINER_OUT: out, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (run.status !== 0) throw new Error(`build of ${content} failed:\n${run.stdout}\n${run.stderr}`);
	return performance.now() - start;
}

function dirSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		files++;
	}
	return { bytes, files };
}

/** Index files only (not the UI bundles Pagefind also writes). */
function indexSize(dist: string) {
	const pf = join(dist, 'pagefind');
	const all = dirSize(pf);
	const ui = readdirSync(pf).filter((f) => /-ui\.(js|css)$|highlight\.js$/.test(f)).reduce((n, f) => n + statSync(join(pf, f)).size, 0);
	return { index: all.bytes - ui, files: all.files };
}

type Pagefind = { options(o: object): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> };

/** Query latency in Node with Pagefind's own bundle: first query (cold) and later ones (warm). */
async function nodeLatency(dist: string, queries: string[]): Promise<{ cold: number; warm: number }> {
	const server = await serveStatic(dist);
	const colds: number[] = [];
	const warms: number[] = [];
	for (let i = 0; i < queries.length; i++) {
		const pf = (await import(`${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?run=${dist}-${i}`)) as Pagefind;
		await pf.options({ basePath: `${server.url}/pagefind/`, baseUrl: '/', ranking: RANKING });
		let t = performance.now();
		await (await pf.search(queries[i]!)).results[0]?.data();
		colds.push(performance.now() - t);
		for (const q of queries) {
			t = performance.now();
			await (await pf.search(q)).results[0]?.data();
			warms.push(performance.now() - t);
		}
	}
	await server.close();
	return { cold: median(colds), warm: median(warms) };
}

/** In Chromium: bytes fetched from opening search to the first result, and time to first result. */
async function browserSearch(browser: Browser, dist: string, page: string, queries: string[]) {
	const server = await serveStatic(dist);
	const bytes: number[] = [];
	const cold: number[] = [];
	const warm: number[] = [];
	for (const q of queries) {
		const context = await browser.newContext();
		const tab = await context.newPage();
		const fetched: Promise<number>[] = [];
		await tab.goto(server.url + page);
		const count = (r: import('playwright-core').Request) => fetched.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0));
		tab.on('requestfinished', count);
		const start = performance.now();
		await tab.locator('[data-search-trigger]').click();
		const input = tab.locator('pagefind-modal pagefind-input input');
		await input.waitFor();
		await input.fill(q);
		await tab.locator('pagefind-modal .search-result').first().waitFor({ timeout: 30_000 });
		cold.push(performance.now() - start);
		tab.off('requestfinished', count);
		bytes.push((await Promise.all(fetched)).reduce((a, b) => a + b, 0));
		for (const next of queries.filter((x) => x !== q).slice(0, 3)) {
			const t = performance.now();
			await input.fill(next);
			await tab.waitForFunction((text) => document.querySelector('pagefind-summary')?.textContent?.includes(text), next, { timeout: 30_000 });
			await tab.locator('pagefind-modal .search-result').first().waitFor();
			warm.push(performance.now() - t);
		}
		await context.close();
	}
	await server.close();
	return { bytes: median(bytes), cold: median(cold), warm: median(warm) };
}

async function main() {
	const realOut = join(ROOT, 'site');
	console.log('Building the real site three times…');
	const buildTimes = [0, 1, 2].map(() => build('content', realOut));
	const pages = dirSize(realOut).files;

	console.log(`Generating and building ${ARTICLES} explainers…`);
	const genContent = join(ROOT, `content-${ARTICLES}`);
	const genOut = join(ROOT, `site-${ARTICLES}`);
	generateSite(genContent, ARTICLES);
	const genBuild = build(genContent, genOut);
	const genPages = readdirSync(join(genContent, 'articles')).length;

	const article = '/us-nato-style-security-guarantees-ukraine/';
	const { resources, inlineJs } = pageWeight(realOut, article);
	const byType = (type: string) => resources.filter((r) => r.type === type).reduce((n, r) => n + r.gzip, 0);

	const queries = ['Witkoff', 'Zelenskyy', 'Article 5', 'coalition of the willing', 'SCMP'];
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	console.log('Measuring search…');
	const real = { node: await nodeLatency(realOut, queries), browser: await browserSearch(browser, realOut, article, queries), size: indexSize(realOut) };
	const gen = { node: await nodeLatency(genOut, queries), browser: await browserSearch(browser, genOut, '/explainer-1/', queries), size: indexSize(genOut) };
	await browser.close();

	const rows: [string, string, string][] = [
		['Build (median of 3), real site', `${ms(median(buildTimes))} (${buildTimes.map(ms).join(', ')})`, `${pages} files`],
		[`Build, ${genPages} generated explainers`, ms(genBuild), `${(genBuild / genPages).toFixed(1)} ms per explainer`],
		['Article page, gzip: HTML (with inline CSS and script)', kb(byType('html')), ''],
		['Article page, gzip: external JS before interaction', kb(byType('js')), `${resources.filter((r) => r.type === 'js').length} files`],
		['Article page, gzip: inline JS (inside the HTML figure)', kb(inlineJs), 'all JS before search: external + inline'],
		['Article page, gzip: other (icon)', kb(byType('other')), ''],
		['Article page, gzip: total before interaction', kb(resources.reduce((n, r) => n + r.gzip, 0)), `${resources.length} requests`],
	];
	for (const [name, s] of [['real site', real], [`${genPages} explainers`, gen]] as const) {
		rows.push(
			[`Search index on disk, ${name}`, kb(s.size.index), `${s.size.files} files incl. UI`],
			[`Bytes fetched, open search → first result, ${name}`, kb(s.browser.bytes), 'gzip as a static host serves it; median of 5'],
			[`Chromium: open + type → first result (cold), ${name}`, ms(s.browser.cold), 'median of 5'],
			[`Chromium: next query → results (warm), ${name}`, ms(s.browser.warm), 'median of 15'],
			[`Node pagefind.js: first query (cold), ${name}`, ms(s.node.cold), 'median of 5'],
			[`Node pagefind.js: later query (warm), ${name}`, ms(s.node.warm), 'median of 25'],
		);
	}
	rows.push(['Cold first result, generated ÷ real', `${(gen.browser.cold / real.browser.cold).toFixed(2)}×`, 'same run, same machine']);
	const width = Math.max(...rows.map((r) => r[0].length));
	console.log(`\n${'Measure'.padEnd(width)}  Value\n${'-'.repeat(width)}  -----`);
	for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value}${note ? `  (${note})` : ''}`);
}

await main();
