/**
 * The deploy guides (docs/deploying.md) keep up with the headers the build writes:
 * every header in the built `_headers` is named in the guide of every host,
 * whether that host reads the file or needs the header set by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../src/server/headers-file.ts';
import { sitesBuilt } from '../support/builds.ts';
import { SITE_DIST } from '../support/paths.ts';

await sitesBuilt('real');

const deploying = readFileSync('docs/deploying.md', 'utf8');
const guides = new Map(
	[...deploying.matchAll(/^### (.+)\n([\s\S]*?)(?=^### |$(?![\s\S]))/gm)].map((m) => [m[1]!.trim(), m[2]!]),
);
const names = [
	...new Set(
		parseHeadersFile(readFileSync(join(SITE_DIST, '_headers'), 'utf8')).flatMap((rule) =>
			rule.headers.map(([name]) => name),
		),
	),
];

describe('deploy guides', () => {
	it('cover Netlify, Cloudflare Pages, GitHub Pages and S3 + CloudFront, each with its build command and publish folder', () => {
		expect([...guides.keys()]).toEqual([
			'Netlify',
			'Cloudflare Pages',
			'GitHub Pages (project site, with a base path)',
			'S3 + CloudFront',
		]);
		for (const [host, text] of guides) {
			expect(text, host).toMatch(/npm run build/);
			expect(text, host).toMatch(/dist/);
			expect(text, host).toMatch(/SITE_URL/);
		}
		expect(guides.get('GitHub Pages (project site, with a base path)')).toMatch(/SITE_BASE=\/<repository>\//);
	});

	it.for([...guides.keys()])('%s: names every header the build writes to _headers', (host) => {
		expect(names.length).toBeGreaterThan(5);
		const text = guides.get(host)!.toLowerCase();
		expect(names.filter((name) => !text.includes(name.toLowerCase()))).toEqual([]);
	});
});
