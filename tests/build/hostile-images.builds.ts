/**
 * The build tests/build/hostile-images.test.ts reads: the fixture with a
 * hostile author's images appended to two articles (run by the global
 * setup's build queue).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from '../../scripts/build-site.ts';
import type { Astro } from '../support/build-service.ts';
import { BUILD_ROOT, FIXTURE_CONTENT } from '../support/paths.ts';

const dir = join(BUILD_ROOT, 'content-hostile-images');
/** The file the figure's script would write if it ever ran. */
export const MARKER = join(BUILD_ROOT, 'hostile-images-ran');

export interface HostileBuild {
	build: BuildResult;
	/** A value only this build's environment held: if any of it reaches the log, the environment was printed. */
	sentinel: string;
	/** The line of each appended image, in the order appended. */
	beta: number[];
	gamma: number[];
}

/** Append `lines` to an article; returns the line number of each (1-based). */
function append(file: string, lines: string[]): number[] {
	const text = readFileSync(join(dir, file), 'utf8').replace(/\n*$/, '\n');
	const first = text.split('\n').length + 1;
	writeFileSync(join(dir, file), `${text}\n${lines.join('\n\n')}\n`);
	return lines.map((_, i) => first + 2 * i);
}

export default async function builds(astro: Astro): Promise<HostileBuild> {
	const sentinel = `sentinel-${process.pid}-${Date.now().toString(36)}`;
	rmSync(dir, { recursive: true, force: true });
	rmSync(MARKER, { force: true });
	cpSync(FIXTURE_CONTENT, dir, { recursive: true });
	writeFileSync(
		join(dir, 'articles/chart.js'),
		`import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(MARKER)}, 'the figure ran');\nexport default {};\n`,
	);
	writeFileSync(
		join(dir, 'articles/images/page.png'),
		'<!doctype html><title>x</title><script>alert(document.domain)</script>\n',
	);
	writeFileSync(
		join(dir, 'articles/images/map.svg'),
		'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>\n',
	);
	const beta = append('articles/beta.mdx', [
		'<Figure src="./chart.js" alt="A chart" credit="Us" />',
		'<Figure src="../../../../../../../../../../proc/self/environ?raw" alt="The environment" credit="Us" />',
		'![A page](./images/page.png)',
		'![A map](./images/map.svg)',
		'![A chart][chart]',
		'[chart]: ./chart.js',
	]);
	const gamma = append('articles/gamma.mdx', ['![A map](./images/missing.png)']);
	const build = await astro(dir, join(BUILD_ROOT, 'broken-hostile-images'), {
		cache: join(BUILD_ROOT, 'cache-hostile-images'),
		env: { EXPLAINER_SENTINEL: sentinel },
	});
	return { build, sentinel, beta, gamma };
}
