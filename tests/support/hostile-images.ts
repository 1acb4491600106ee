/**
 * A hostile author's images, added to a copy of the fixture content: a
 * `<Figure>` naming a script beside the article (which would write a marker
 * file if it ever ran), `?raw` of the build's own environment, an HTML page
 * named `.png`, an SVG carrying a script, a reference-style image of the
 * script and a missing image (tests/build/hostile-images.test.ts). They are
 * built with the other problems in article bodies, in one failing build
 * (tests/build/broken-build.builds.ts): the build lists every problem at once.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ROOT } from './paths.ts';

/** The file the figure's script would write if it ever ran. */
export const MARKER = join(BUILD_ROOT, 'hostile-images-ran');

export interface HostileImages {
	/** A value only the build's environment holds (EXPLAINER_SENTINEL): if any of it reaches the log, the environment was printed. */
	sentinel: string;
	/** The line of each image appended to beta.mdx, then gamma.mdx, in the order appended. */
	beta: number[];
	gamma: number[];
}

/** Append `lines` to an article; returns the line number of each (1-based). */
function append(dir: string, file: string, lines: string[]): number[] {
	const text = readFileSync(join(dir, file), 'utf8').replace(/\n*$/, '\n');
	const first = text.split('\n').length + 1;
	writeFileSync(join(dir, file), `${text}\n${lines.join('\n\n')}\n`);
	return lines.map((_, i) => first + 2 * i);
}

/** Adds the images to the content folder `dir`, to be built with `EXPLAINER_SENTINEL=<sentinel>`. */
export function addHostileImages(dir: string, sentinel: string): HostileImages {
	rmSync(MARKER, { force: true });
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
	const beta = append(dir, 'articles/beta.mdx', [
		'<Figure src="./chart.js" alt="A chart" credit="Us" />',
		'<Figure src="../../../../../../../../../../proc/self/environ?raw" alt="The environment" credit="Us" />',
		'![A page](./images/page.png)',
		'![A map](./images/map.svg)',
		'![A chart][chart]',
		'[chart]: ./chart.js',
	]);
	const gamma = append(dir, 'articles/gamma.mdx', ['![A map](./images/missing.png)']);
	return { sentinel, beta, gamma };
}
