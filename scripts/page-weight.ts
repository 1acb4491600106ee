/**
 * What a browser downloads for a page before any interaction: the HTML,
 * its stylesheets, scripts (with their static imports) and icon, measured
 * as gzip bytes. Deterministic, so budgets can be asserted exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface Resource {
	url: string;
	type: 'html' | 'css' | 'js' | 'other';
	bytes: number;
	gzip: number;
}

function resource(dist: string, url: string, type: Resource['type']): Resource {
	const path = join(dist, url.endsWith('/') ? `${url}index.html` : url);
	const body = readFileSync(path);
	return { url, type, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** Static `import` specifiers of an ES module (what the browser fetches before running it). */
function staticImports(code: string): string[] {
	return [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** Every resource loaded by `path` before interaction, plus any URL on another host. */
export function pageWeight(
	dist: string,
	path: string,
): { resources: Resource[]; external: string[]; inlineJs: number } {
	const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
	const root = parse(html);
	const resources: Resource[] = [resource(dist, path, 'html')];
	const external: string[] = [];
	const seen = new Set<string>();
	const add = (url: string, type: Resource['type']) => {
		if (/^(https?:)?\/\//.test(url)) {
			external.push(url);
			return;
		}
		if (seen.has(url)) return;
		seen.add(url);
		const r = resource(dist, url, type);
		resources.push(r);
		if (type === 'js') {
			const code = readFileSync(join(dist, url), 'utf8');
			for (const spec of staticImports(code)) add(new URL(spec, `http://x${url}`).pathname, 'js');
		}
	};
	for (const link of root.querySelectorAll('link[rel~=stylesheet]')) add(link.getAttribute('href')!, 'css');
	for (const link of root.querySelectorAll('link[rel~=icon]')) add(link.getAttribute('href')!, 'other');
	for (const script of root.querySelectorAll('script[src]')) add(script.getAttribute('src')!, 'js');
	for (const img of root.querySelectorAll('img[src], source[srcset], iframe[src]'))
		add(img.getAttribute('src') ?? img.getAttribute('srcset')!, 'other');
	// Scripts inside the HTML: already in its bytes, but they count as JavaScript too.
	// Data blocks (JSON-LD) are not scripts: only executable inline code counts as JavaScript.
	const inline = root
		.querySelectorAll('script:not([src])')
		.filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
		.map((s) => s.text)
		.join('\n');
	return { resources, external, inlineJs: inline ? gzipSync(inline, { level: 9 }).length : 0 };
}

export function total(resources: Resource[], type?: Resource['type']): number {
	return resources.filter((r) => !type || r.type === type).reduce((sum, r) => sum + r.gzip, 0);
}
