/**
 * Real builds of what an author can type into records and bodies (the
 * pattern of broken-build.test.ts): awkward but valid text (markup
 * characters and a tab in a headline, topics in Cyrillic and Chinese)
 * builds, with a well-formed feed and a page per topic; control characters,
 * implausible years and broken YAML in two records and two articles'
 * frontmatter fail the build in one error with a body's problem, each at
 * its place; MDX the parser rejects and a control
 * character in the text, and a brace MDX would read for minutes, in five articles, are listed at once at each
 * article's line and column, never at `undefined` or `:0:0`, and without quoting any other file.
 * The builds: record-errors.builds.ts; the awkward text is built by
 * rebuilds.builds.ts, in its first build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../scripts/build-site.ts';
import { job } from '../support/builds.ts';
import { BUILD_ROOT } from '../support/paths.ts';
import { AWKWARD, AWKWARD_OUT, CANARY, type RecordBuilds } from './record-errors.builds.ts';
import type { Rebuilds } from './rebuilds.builds.ts';

/** Characters XML 1.0 allows (its `Char` production): anything else makes the feed ill-formed. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

let awkward: BuildResult;
let records: BuildResult;
let recordsPatchesOff: BuildResult;
let bodies: BuildResult;
beforeAll(async () => {
	({ records, recordsPatchesOff, bodies } = await job<RecordBuilds>('record-errors'));
	({ first: awkward } = await job<Rebuilds>('rebuilds'));
}, 600_000); // it waits for the builds queued before these (tests/support/build-service.ts)

describe('awkward but valid text', () => {
	it('builds, and the feed is well-formed XML that a feed reader reads back exactly', () => {
		expect(awkward.code, awkward.output).toBe(0);
		const xml = readFileSync(join(AWKWARD_OUT, 'rss.xml'), 'utf8');
		expect(xml).not.toMatch(NOT_XML);
		const feed = parseFeed(xml);
		expect(feed.items.map((i) => i.title)).toContain(AWKWARD);
		expect(feed.items.find((i) => i.title === AWKWARD)!.categories.map((c) => c.label)).toEqual([
			'Fixtures',
			'Україна',
			'中国',
		]);
	});

	it('gives topics in Cyrillic and Chinese a page, linked percent-encoded', () => {
		const out = AWKWARD_OUT;
		for (const slug of ['україна', '中国'])
			expect(existsSync(join(out, 'topics', slug, 'index.html')), slug).toBe(true);
		const beta = readFileSync(join(out, 'beta', 'index.html'), 'utf8');
		expect(beta).toContain(`href="/topics/${encodeURIComponent('україна')}/"`);
		expect(beta).not.toContain('href="/topics//"');
		expect(readFileSync(join(out, 'topics', 'index.html'), 'utf8')).toContain(
			`href="/topics/${encodeURIComponent('中国')}/">中国</a>`,
		);
	});
});

describe('an origin spelt by its alias', () => {
	it('is still one origin: a copy crediting the wire as “WS” does not corroborate the wire’s own story', () => {
		const beta = readFileSync(join(AWKWARD_OUT, 'beta', 'index.html'), 'utf8');
		expect(beta).toContain('WS, carried by Example Daily');
		expect(beta).not.toMatch(/Corroborated: \d+ independent origins/);
		expect(beta.match(/One origin/g)).toHaveLength(5);
	});

	it('is one group on the sources index, under the organisation’s name', () => {
		const index = readFileSync(join(AWKWARD_OUT, 'sources', 'index.html'), 'utf8');
		expect(index).toMatch(/<h2 id="outlet-wire-service">Wire Service <span class="count">2 sources, /);
		expect(index).not.toMatch(/<h2 id="outlet-ws">/);
	});
});

describe('records an author broke', () => {
	it('fail the build in one error with a body’s problem, each at its place, the control character named and never printed', () => {
		expect(records.code).not.toBe(0);
		// One round: the records' and the frontmatter's problems, as the loaders read each file once, with the body's.
		expect(records.output.match(/problems? in content:/g)).toEqual(['problems in content:']);
		expect(records.output).toMatch(/6 problems in content:/);
		expect(records.output).toMatch(
			/articles\/beta\.mdx:11:54: error Unexpected `;` after `;`, expected `@`.*\[marker-expected-id\]/,
		);
		expect(records.output).not.toContain('InvalidContentEntryDataError');
		expect(records.output).toMatch(
			/sources\/wire-one\.yaml:1:15: error Invalid `outlet`: unexpected control character U\+0000 \(NUL\).*\[invalid-field\]/,
		);
		expect(records.output).toMatch(
			/sources\/wire-copy\.yaml:5:12: error Invalid `published` \(got `0025-08-18`\): unexpected year 0025, expected a year from 1900 to 2026.*\[invalid-field\]/,
		);
		expect(records.output).toMatch(
			/articles\/alpha\.mdx:2:8: error Invalid YAML: .*quote a value that holds `: `, e\.g\. `title: "Alpha: explained"` \[yaml-syntax\]/,
		);
		expect(records.output).toMatch(
			/articles\/gamma\.mdx:7:22: error Invalid `topics\.1` \(got `🇺🇦`\).*\[invalid-field\]/,
		);
		// Ours only, at its place: not again as Astro's "Invalid content reference", which has none.
		expect(records.output).toMatch(
			/entities\/jane-envoy\.yaml:9:23: error Unknown entity `zanzibarr` in `related`.*\[unknown-entity\]/,
		);
		expect(records.output).not.toContain('zanzibarr" in collection');
		expect(records.output).not.toContain('\0');
		expect(existsSync(join(BUILD_ROOT, 'records-yaml', 'rss.xml'))).toBe(false);
	});

	it('with the patches off, stop the content sync listing every one at its place, not glob’s first without one', () => {
		// Glob parses the frontmatter itself there (src/integrations/patches/glob-frontmatter.ts), and stops at the
		// YAML it cannot read: the bodies' problems come once these are mended.
		const output = recordsPatchesOff.output;
		expect(recordsPatchesOff.code).not.toBe(0);
		expect(output.match(/problems? in content:/g)).toEqual(['problems in content:']);
		expect(output).toMatch(/5 problems in content:/);
		for (const at of [
			/sources\/wire-one\.yaml:1:15: error Invalid `outlet`: unexpected control character U\+0000 \(NUL\)/,
			/sources\/wire-copy\.yaml:5:12: error Invalid `published` \(got `0025-08-18`\)/,
			/articles\/alpha\.mdx:2:8: error Invalid YAML: .*\[yaml-syntax\]/,
			/articles\/gamma\.mdx:7:22: error Invalid `topics\.1` \(got `🇺🇦`\)/,
			/entities\/jane-envoy\.yaml:9:23: error Unknown entity `zanzibarr` in `related`/,
		])
			expect(output).toMatch(at);
		expect(output).not.toContain('YAMLException');
		expect(output).not.toContain('\0');
	});
});

describe('MDX the parser rejects', () => {
	it('is listed for every article at once, at the author’s line and column, with what to write', () => {
		expect(bodies.code).not.toBe(0);
		expect(bodies.output).toMatch(
			/articles\/alpha\.mdx:34:14: error Unexpected `<` before `5`: .*write `&lt;` or `\\<` for a less-than sign.*\[mdx-syntax\]/,
		);
		expect(bodies.output).toMatch(
			/articles\/alpha\.mdx:30:7: error Unexpected control character U\+0007 in the text, expected printable text: remove it \[mdx-syntax\]/,
		);
		expect(bodies.output).not.toContain('\x07');
		expect(bodies.output).toMatch(
			/articles\/beta\.mdx:13:42: error Unexpected `\{`: .*write `\\\{` for a literal brace.*\[mdx-syntax\]/,
		);
		expect(bodies.output).toMatch(
			/articles\/gamma\.mdx:10:65: error Unexpected nesting more than 32 levels deep.*\[mdx-syntax\]/,
		);
		expect(bodies.output).toMatch(
			/articles\/epsilon\.mdx:105:14: error Unexpected `\{`: .*write `\\\{` for a literal brace.*\[mdx-syntax\]/,
		);
		expect(bodies.output).toMatch(
			/articles\/delta\.mdx:10:\d+: error Unexpected `%` in the address `\.\/images\/%E0%A4%A\.png`.*\[image-address\]/,
		);
	});

	it('refuses text the bundler reads as code at its place, and never prints the build’s environment', () => {
		expect(bodies.output).toMatch(
			/articles\/delta\.mdx:24:11: error Unexpected text that the bundler reads as code wherever it stands.*\[bundler-text\]/,
		);
		expect(bodies.output).toMatch(/articles\/delta\.mdx:24:\d+: error [^\n]*\[bundler-text\]\n[^\n]*delta\.mdx:24:/);
		expect(bodies.output).not.toContain(CANARY.value);
		expect(bodies.output).not.toMatch(/Unable to get file name|Stack trace:\s*\n\s+at /);
	});

	it('never at `undefined` or `:0:0`, and quoting no file but the articles', () => {
		expect(bodies.output).not.toMatch(/undefined:|:0:0\b|node_modules|acorn|URI malformed|Not enough stack/);
	});
});
