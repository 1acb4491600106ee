/**
 * A real build of the fixture site with a hostile author's images: a
 * `<Figure>` naming a script beside the article (which would write a marker
 * file if it ever ran), `?raw` of the build's own environment, an HTML page
 * named `.png`, an SVG carrying a script, a reference-style image of the
 * script and a missing image. The build fails with each at its own
 * file:line:column, the script never runs, and no environment variable
 * reaches the log. (The resolver's cases are unit-tested in
 * tests/unit/image-address.test.ts, the compiled modules in image-imports.)
 * The images (tests/support/hostile-images.ts) are built with
 * broken-build.test.ts's problems in article bodies, in one failing build
 * (broken-build.builds.ts): the build lists every problem at once.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../scripts/build-site.ts';
import { job } from '../support/builds.ts';
import { MARKER } from '../support/hostile-images.ts';
import type { BrokenBuilds } from './broken-build.builds.ts';

let build: BuildResult;
let sentinel: string;
let beta: number[];
let gamma: number[];
beforeAll(async () => {
	let hostile: BrokenBuilds['hostile'];
	({ bodies: build, hostile } = await job<BrokenBuilds>('broken-build'));
	({ sentinel, beta, gamma } = hostile);
}, 600_000); // it waits for the builds queued before this one (tests/support/build-service.ts)

describe('a build with hostile images', () => {
	it('fails with every image problem at the image’s own file:line:column', () => {
		expect(build.code).not.toBe(0);
		// All in the build's one list of problems, with broken-build.test.ts's; six are the images'.
		expect(build.output.match(/problems? in content:/g)).toHaveLength(1);
		expect(build.output.match(/: error [^\n]*\[image-[a-z]+\]/g)).toHaveLength(6);
		const at = (file: string, line: number, column: number, rule: string) =>
			new RegExp(`content-bodies/articles/${file}:${line}:${column}: error [^\\n]*\\[${rule}\\]`);
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
		expect(existsSync(MARKER)).toBe(false);
	});

	it('prints no environment variable of the build', () => {
		expect(build.output).not.toContain(sentinel);
		expect(build.output).not.toMatch(/EXPLAINER_SENTINEL|PATH=|HOME=/);
	});
});
