/**
 * Builds the Pagefind search index from the finished HTML. Any Pagefind
 * error fails the build: a site without its index must not ship silently.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function assertOk(step: string, response: { errors: string[] }): void {
	if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'explainer:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				assertOk('createIndex', { errors });
				if (!index) throw new Error('Pagefind createIndex returned no index');
				try {
					const added = await index.addDirectory({ path: site });
					assertOk('addDirectory', added);
					if (added.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing?');
					assertOk('writeFiles', await index.writeFiles({ outputPath: `${site}/pagefind` }));
					logger.info(`Pagefind indexed ${added.page_count} pages`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
