/**
 * After the build: `_headers`, with what a page's `<meta>` policy cannot
 * carry (`frame-ancestors`, the other security headers), a policy under
 * which nothing runs for files that are never pages, and the caching
 * rules. Every page's own policy is Astro's (`security.csp`,
 * src/security/csp.ts); no page is read or rewritten here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../site-base.ts';
import { headersFile } from '../security/headers.ts';

export function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'explainer:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normaliseBase(config.base);
			},
			'astro:build:done': ({ dir }) => {
				writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile({ base }));
			},
		},
	};
}
