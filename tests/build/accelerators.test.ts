/**
 * The patches in src/integrations/patches/, the worker threads that
 * render the pages (src/prerender-workers.ts) and the social cards drawn
 * ahead (src/integrations/card-prewarm.ts) only make the build faster or
 * leaner: the fixture site built with every patch switched off, in one
 * thread and with each card drawn as its route asks
 * (`EXPLAINER_ACCELERATORS=0`, `EXPLAINER_PRERENDER_WORKERS=1`,
 * `EXPLAINER_CARD_PREWARM=0`, global setup) must be the same site, file
 * for file and byte for byte. Nothing is left out of the comparison:
 * neither the pages, the feed, the sitemap, the search index, the social
 * cards nor the bundled assets differ between the two builds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitesBuilt } from '../support/builds.ts';
import { FIXTURE_CACHE, FIXTURE_DIST, FIXTURE_LOG, FIXTURE_PLAIN_DIST } from '../support/paths.ts';

await sitesBuilt('plain');

function files(root: string): string[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(root, join(e.parentPath, e.name)))
		.sort();
}

describe('the site built with the patches switched off and in one thread', () => {
	it('is built from articles the patched build really compiled through the patches', () => {
		// Otherwise the comparison below would compare two unpatched builds.
		const compiled = join(FIXTURE_CACHE, 'articles');
		expect(existsSync(compiled) && readdirSync(compiled).some((name) => name.endsWith('.json'))).toBe(true);
		expect(existsSync(join(FIXTURE_PLAIN_DIST, '..', 'cache-fixture-plain', 'articles'))).toBe(false);
	});

	it('is built beside a site whose cards were drawn ahead, and draws every card itself', () => {
		// Otherwise the comparison below would compare two sites whose cards the route drew.
		expect(readFileSync(FIXTURE_LOG, 'utf8')).toMatch(/\b\d+ social cards? drawn ahead of the pages/);
		expect(readFileSync(`${FIXTURE_PLAIN_DIST}.log`, 'utf8')).not.toMatch(/drawn ahead/);
	});

	it('has the same files', () => {
		expect(files(FIXTURE_PLAIN_DIST)).toEqual(files(FIXTURE_DIST));
	});

	it('has every page and every other file byte for byte the same', () => {
		// `.build-complete` carries an id of its own build (the preview server tells builds apart by it).
		const differ = files(FIXTURE_DIST).filter(
			(file) =>
				file !== '.build-complete' &&
				existsSync(join(FIXTURE_PLAIN_DIST, file)) &&
				!readFileSync(join(FIXTURE_DIST, file)).equals(readFileSync(join(FIXTURE_PLAIN_DIST, file))),
		);
		expect(differ).toEqual([]);
		expect(files(FIXTURE_DIST).filter((file) => file.endsWith('.html')).length).toBeGreaterThan(10);
	});
});
