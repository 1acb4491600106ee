/**
 * After the build: hash every page's inline scripts and styles into its
 * own `<meta>` Content-Security-Policy, and write `_headers` with the
 * site-wide policy (as a header it can also forbid framing) and the other
 * security and caching headers. Nothing is maintained by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../site-base.ts';
import { htmlFiles } from './built-pages.ts';
import { inlineCode, policy, sha256, withMetaPolicy } from '../security/csp.ts';
import { headersFile } from '../security/headers.ts';

/** Add the meta policies and write `_headers` into the built site at `dir`. */
export function secureSite(dir: string, base = '/'): { pages: number; scriptHashes: number; styleHashes: number } {
	const scriptHashes = new Set<string>();
	const styleHashes = new Set<string>();
	let pages = 0;
	for (const file of htmlFiles(dir)) {
		const html = readFileSync(file, 'utf8');
		const { scripts, styles } = inlineCode(html);
		const pageScripts = scripts.map(sha256);
		const pageStyles = styles.map(sha256);
		pageScripts.forEach((h) => scriptHashes.add(h));
		pageStyles.forEach((h) => styleHashes.add(h));
		writeFileSync(file, withMetaPolicy(html, policy({ scriptHashes: pageScripts, styleHashes: pageStyles, header: false })));
		pages++;
	}
	writeFileSync(join(dir, '_headers'), headersFile({ csp: policy({ scriptHashes, styleHashes, header: true }), base }));
	return { pages, scriptHashes: scriptHashes.size, styleHashes: styleHashes.size };
}

export function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'explainer:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normaliseBase(config.base);
			},
			'astro:build:done': ({ dir, logger }) => {
				const { pages, scriptHashes, styleHashes } = secureSite(fileURLToPath(dir), base);
				logger.info(`Content-Security-Policy on ${pages} pages (${scriptHashes} inline script and ${styleHashes} inline style hashes); wrote _headers`);
			},
		},
	};
}
