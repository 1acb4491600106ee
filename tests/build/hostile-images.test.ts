/**
 * A real build of the fixture site with a hostile author's images: a
 * `<Figure>` naming a script beside the article (which would write a marker
 * file if it ever ran), `?raw` of the build's own environment, an HTML page
 * named `.png`, an SVG carrying a script, a reference-style image of the
 * script and a missing image. The build fails with each at its own
 * file:line:column, the script never runs, and no environment variable
 * reaches the log. (The resolver's cases are unit-tested in
 * tests/unit/image-address.test.ts, the compiled modules in image-imports.)
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../scripts/build-site.ts';
import { BUILD_ROOT, FIXTURE_CONTENT } from '../support/paths.ts';
import { oneBuildAtATime } from '../support/build-lock.ts';

const dir = join(BUILD_ROOT, 'content-hostile-images');
const marker = join(BUILD_ROOT, 'hostile-images-ran');
// A value only this build's environment holds: if any of it reaches the log, the environment was printed.
const sentinel = `sentinel-${process.pid}-${Date.now().toString(36)}`;

/** Append `lines` to an article; returns the line number of each (1-based). */
function append(file: string, lines: string[]): number[] {
	const text = readFileSync(join(dir, file), 'utf8').replace(/\n*$/, '\n');
	const first = text.split('\n').length + 1;
	writeFileSync(join(dir, file), `${text}\n${lines.join('\n\n')}\n`);
	return lines.map((_, i) => first + 2 * i);
}

let build: BuildResult;
let beta: number[];
let gamma: number[];
beforeAll(async () => {
	rmSync(dir, { recursive: true, force: true });
	rmSync(marker, { force: true });
	cpSync(FIXTURE_CONTENT, dir, { recursive: true });
	writeFileSync(
		join(dir, 'articles/chart.js'),
		`import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'the figure ran');\nexport default {};\n`,
	);
	writeFileSync(
		join(dir, 'articles/images/page.png'),
		'<!doctype html><title>x</title><script>alert(document.domain)</script>\n',
	);
	writeFileSync(
		join(dir, 'articles/images/map.svg'),
		'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>\n',
	);
	beta = append('articles/beta.mdx', [
		'<Figure src="./chart.js" alt="A chart" credit="Us" />',
		'<Figure src="../../../../../../../../../../proc/self/environ?raw" alt="The environment" credit="Us" />',
		'![A page](./images/page.png)',
		'![A map](./images/map.svg)',
		'![A chart][chart]',
		'[chart]: ./chart.js',
	]);
	gamma = append('articles/gamma.mdx', ['![A map](./images/missing.png)']);
	build = await oneBuildAtATime(() =>
		buildSite(dir, join(BUILD_ROOT, 'broken-hostile-images'), {
			cache: join(BUILD_ROOT, 'cache-hostile-images'),
			env: { EXPLAINER_SENTINEL: sentinel },
		}),
	);
});

describe('a build with hostile images', () => {
	it('fails with every image problem at the image’s own file:line:column', () => {
		expect(build.code).not.toBe(0);
		expect(build.output).toMatch(/6 problems in content:/);
		const at = (file: string, line: number, column: number, rule: string) =>
			new RegExp(`content-hostile-images/articles/${file}:${line}:${column}: error [^\\n]*\\[${rule}\\]`);
		expect(build.output).toMatch(at('beta.mdx', beta[0]!, 9, 'image-format'));
		expect(build.output).toMatch(at('beta.mdx', beta[1]!, 9, 'image-address'));
		expect(build.output).toMatch(at('beta.mdx', beta[2]!, 1, 'image-format'));
		expect(build.output).toMatch(at('beta.mdx', beta[3]!, 1, 'image-format'));
		expect(build.output).toMatch(at('beta.mdx', beta[4]!, 1, 'image-format'));
		// The article has 12 lines now; Astro's own error put a missing image past its end.
		expect(build.output).toMatch(at('gamma.mdx', gamma[0]!, 1, 'image-missing'));
		expect(build.output).toMatch(/SVG .*can carry scripts/);
		expect(build.output).not.toMatch(/undefined:\d+:\d+|:0:0|node_modules\/[^\s]*:\d+:\d+/);
	});

	it('never runs the script a figure names', () => {
		expect(existsSync(marker)).toBe(false);
	});

	it('prints no environment variable of the build', () => {
		expect(build.output).not.toContain(sentinel);
		expect(build.output).not.toMatch(/EXPLAINER_SENTINEL|PATH=|HOME=/);
	});
});
