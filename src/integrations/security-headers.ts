/**
 * After the build: hash every page's inline scripts and styles into its
 * own `<meta>` Content-Security-Policy, and write `_headers` with the
 * site-wide policy (as a header it can also forbid framing) and the other
 * security and caching headers. Nothing is maintained by hand.
 */
import { existsSync, linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../site-base.ts';
import { htmlFiles } from './built-pages.ts';
import { inlineCode, policy, sha256, withMetaPolicy } from '../security/csp.ts';
import { headersFile } from '../security/headers.ts';

/**
 * Add the meta policies and write `_headers` into the built site at `dir`.
 *
 * `cachedPages` is where Astro's incremental build keeps its copy of each
 * page it rendered (`<cacheDir>/dist/`, as rendered, without the policy),
 * which the next build restores instead of rendering the page again. Each
 * copy becomes a hard link to the secured page, so a restored page already
 * carries its policy and is not written again; a page whose policy changed
 * (a new inline script) still is.
 */
export function secureSite(dir: string, base = '/', cachedPages?: string): { pages: number; written: number; scriptHashes: number; styleHashes: number } {
	const scriptHashes = new Set<string>();
	const styleHashes = new Set<string>();
	let pages = 0;
	let written = 0;
	for (const file of htmlFiles(dir)) {
		const html = readFileSync(file, 'utf8');
		const { scripts, styles } = inlineCode(html);
		const pageScripts = scripts.map(sha256);
		const pageStyles = styles.map(sha256);
		pageScripts.forEach((h) => scriptHashes.add(h));
		pageStyles.forEach((h) => styleHashes.add(h));
		const secured = withMetaPolicy(html, policy({ scriptHashes: pageScripts, styleHashes: pageStyles, header: false }));
		// A page Astro's incremental build restored from the last build may already carry this very policy.
		if (secured !== html) {
			writeFileSync(file, secured);
			written++;
			if (cachedPages) cachedPages = keepSecured(file, join(cachedPages, relative(dir, file)), cachedPages);
		}
		pages++;
	}
	writeFileSync(join(dir, '_headers'), headersFile({ csp: policy({ scriptHashes, styleHashes, header: true }), base }));
	return { pages, written, scriptHashes: scriptHashes.size, styleHashes: styleHashes.size };
}

/** The cached copy of `file` replaced by a link to it; returns the cache folder, or undefined once links cannot be made there. */
function keepSecured(file: string, cached: string, cachedPages: string): string | undefined {
	if (!existsSync(cached)) return cachedPages;
	// Linked beside it, then renamed over it: if linking fails, Astro's copy is still there to restore.
	const linked = `${cached}.secured`;
	try {
		rmSync(linked, { force: true });
		linkSync(file, linked);
		renameSync(linked, cached);
		return cachedPages;
	} catch {
		// Another file system (or none that links): the next build restores pages without the policy and writes them again.
		return undefined;
	}
}

export function securityHeaders(): AstroIntegration {
	let base = '/';
	let cachedPages: string | undefined;
	return {
		name: 'explainer:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normaliseBase(config.base);
				// Where `experimental.incrementalBuild` keeps the pages it restores (astro/dist/core/build/incremental.js).
				if (config.experimental.incrementalBuild) cachedPages = join(fileURLToPath(config.cacheDir), 'dist');
			},
			'astro:build:done': ({ dir, logger }) => {
				const { pages, written, scriptHashes, styleHashes } = secureSite(fileURLToPath(dir), base, cachedPages);
				logger.info(`Content-Security-Policy on ${pages} pages (${scriptHashes} inline script and ${styleHashes} inline style hashes; ${pages - written} already had it); wrote _headers`);
			},
		},
	};
}
