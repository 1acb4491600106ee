/**
 * The scaling rows of `npm run bench` (alone: `npm run bench -- scaling`):
 * one paragraph of 1,000, 5,000 and 10,000 cited sentences, and articles
 * of 1 MB and 5 MB, each rendered through the site's own pipeline (the
 * one the build runs, `renderArticle`) in a fresh Node process, so the
 * peak memory is that article's alone; an article of 5,000 paragraphs
 * compiled as the build compiles it (MDX with our plugins). Then a build of the real site with
 * the 10,000-marker article added, beside the real site alone. A 200 KB
 * entity record goes through the content check (`bench-record.ts`). Figures
 * only, no assertions: a doubling of the input should roughly double the
 * time, not quadruple it.
 *
 * Run as a child: `node scripts/bench-scaling.ts render <kind> <size>`
 * prints one JSON line.
 */
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { loadSources } from '../src/data/sources.ts';
import { articleRemarkPlugins } from '../src/markdown/article-plugins.ts';
import { renderArticle } from '../src/markdown/render-article.ts';
import { recordRow } from './bench-record.ts';
import { jsonFromChild } from './child-json.ts';

const FRONTMATTER = '---\ntitle: "Scaling"\ndescription: "Generated for the bench."\npublished: 2025-08-22\n---\n\n';

/** The real site's first source: every generated sentence cites it, as a real article would. */
function sourceId(): string {
	return readdirSync(resolve('content/sources'))[0]!.replace(/\.ya?ml$/, '');
}

/** One paragraph of `n` short cited sentences. */
export function paragraphArticle(n: number, id = sourceId()): string {
	return (
		FRONTMATTER +
		Array.from({ length: n }, (_, i) => `Fact ${i} was reported on day ${i % 31} [@${id}].`).join(' ') +
		'\n'
	);
}

/** About `bytes` of article: paragraphs of ten cited sentences, a heading every fifty paragraphs. */
export function sizedArticle(bytes: number, id = sourceId()): string {
	const out = [FRONTMATTER];
	let size = FRONTMATTER.length;
	for (let p = 0; size < bytes; p++) {
		if (p % 50 === 0) out.push(`## Section ${p / 50 + 1}\n\n`);
		const paragraph =
			Array.from(
				{ length: 10 },
				(_, i) => `Witness ${p}-${i} said the talks went on until late on the second day [@${id}, "talks"].`,
			).join(' ') + '\n\n';
		out.push(paragraph);
		size += paragraph.length;
	}
	return out.join('');
}

/** `n` paragraphs of two cited sentences each, a heading every fifty. */
export function paragraphsArticle(n: number, id = sourceId()): string {
	const out = [FRONTMATTER];
	for (let p = 0; p < n; p++) {
		if (p % 50 === 0) out.push(`## Section ${p / 50 + 1}\n\n`);
		out.push(
			`Witness ${p} said the talks went on until late [@${id}]. The second day ended at ${p % 24} o'clock [@${id}].\n\n`,
		);
	}
	return out.join('');
}

interface Compiled {
	compileMs: number;
	compileCpuMs: number;
	code: number;
}

/** Compile one generated article in a child process as the build does. */
function compileInChild(paragraphs: number): Promise<Compiled> {
	return jsonFromChild<Compiled>('scripts/bench-scaling.ts', ['compile', String(paragraphs)]);
}

interface Rendered {
	ms: number;
	/** CPU time of the render: on a shared machine, steadier than the wall clock. */
	cpuMs: number;
	html: number;
	claims: number;
	problems: number;
	peakMb: number;
}

/** Render one generated article in a child process: time, HTML size and the process's peak memory. */
function renderInChild(kind: 'paragraph' | 'size', size: number): Promise<Rendered> {
	return jsonFromChild<Rendered>('scripts/bench-scaling.ts', ['render', kind, String(size)]);
}

const s = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

type Build = (content: string, out: string) => Promise<{ ms: number; code: number; maxRssMb: number; output: string }>;

/** The scaling rows, reported through `row` (the bench's table); `build` is the bench's own build with peak memory. */
export async function scalingRows(
	row: (name: string, value: string, note?: string) => void,
	root: string,
	build: Build,
): Promise<void> {
	console.log('Scaling: long paragraphs and large articles, each rendered in a fresh process…');
	for (const n of [1000, 5000, 10000]) {
		const r = await renderInChild('paragraph', n);
		row(
			`Render, one paragraph of ${n.toLocaleString('en')} markers`,
			s(r.ms),
			`CPU ${s(r.cpuMs)}, peak memory ${Math.round(r.peakMb)} MB, HTML ${mb(r.html)}, ${r.claims} claims`,
		);
	}
	for (const megabytes of [1, 5]) {
		const r = await renderInChild('size', megabytes * 1024 * 1024);
		row(
			`Render, a ${megabytes} MB article`,
			s(r.ms),
			`CPU ${s(r.cpuMs)}, peak memory ${Math.round(r.peakMb)} MB, HTML ${mb(r.html)}, ${r.claims.toLocaleString('en')} claims`,
		);
	}
	await recordRow(row);
	for (const n of [1000, 5000]) {
		const c = await compileInChild(n);
		row(
			`MDX compile, ${n.toLocaleString('en')} paragraphs`,
			s(c.compileMs),
			`CPU ${s(c.compileCpuMs)}; ${mb(c.code)} of code`,
		);
	}
	if (process.env.BENCH_SCALING_BUILD === '0') return;
	console.log('Scaling: building the real site alone, with the 10,000-marker paragraph, and with the 5 MB article…');
	const variants: [string, string | undefined][] = [
		['Build, real site', undefined],
		['Build, real site + a paragraph of 10,000 markers', paragraphArticle(10000)],
		['Build, real site + a 5 MB article', sizedArticle(5 * 1024 * 1024)],
	];
	let alone = 0;
	for (const [name, article] of variants) {
		const content = join(root, 'content-scaling');
		rmSync(content, { recursive: true, force: true });
		cpSync('content', content, { recursive: true });
		if (article) writeFileSync(join(content, 'articles', 'scaling.mdx'), article);
		const result = await build(content, join(root, 'site-scaling'));
		if (result.code !== 0) console.log(result.output.slice(-2000));
		if (!article) alone = result.ms;
		row(
			name,
			result.code === 0 ? s(result.ms) : 'failed',
			`peak memory ${Math.round(result.maxRssMb)} MB${article ? `, ${s(result.ms - alone)} more than the site alone` : ''}`,
		);
	}
	rmSync(join(root, 'site-scaling'), { recursive: true, force: true });
}

// The child: render one article and report.
if (process.argv[2] === 'render') {
	const [kind, size] = [process.argv[3], Number(process.argv[4])];
	const text = kind === 'paragraph' ? paragraphArticle(size) : sizedArticle(size);
	const sources = loadSources(resolve('content/sources'));
	const started = performance.now();
	const cpu = process.cpuUsage();
	const rendered = renderArticle(
		'content/articles/scaling.mdx',
		text,
		{ title: 'Scaling' },
		{ sources: () => sources },
	);
	const ms = performance.now() - started;
	const used = process.cpuUsage(cpu);
	const result: Rendered = {
		ms,
		cpuMs: (used.user + used.system) / 1000,
		html: Buffer.byteLength(rendered.html),
		claims: rendered.claims.claims.length,
		problems: rendered.diagnostics.length,
		peakMb: process.resourceUsage().maxRSS / 1024,
	};
	if (result.problems > 0) console.error(rendered.diagnostics.slice(0, 3));
	console.log(JSON.stringify(result));
}

// The child: compile one article of `n` paragraphs as the build does.
if (process.argv[2] === 'compile') {
	const n = Number(process.argv[3]);
	const text = paragraphsArticle(n).replace(/^---[^]*?---\n/, '');
	const processor = unified({
		gfm: false,
		smartypants: false,
		remarkPlugins: articleRemarkPlugins(),
	});
	const renderer = await processor.createMdxRenderer!(
		{ syntaxHighlight: false } as never,
		{ srcDir: new URL('../src/', import.meta.url), sourcemap: false } as never,
	);
	const times = () => [performance.now(), process.cpuUsage()] as const;
	const [wall, cpu] = times();
	const { code } = await renderer.process(text, resolve('content/articles/scaling.mdx'), {
		title: 'Scaling',
		description: 'Generated for the bench.',
		published: '2025-08-22',
	});
	const used = process.cpuUsage(cpu);
	const result: Compiled = {
		compileMs: performance.now() - wall,
		compileCpuMs: (used.user + used.system) / 1000,
		code: Buffer.byteLength(code),
	};
	console.log(JSON.stringify(result));
}
