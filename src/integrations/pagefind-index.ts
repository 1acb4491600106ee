/**
 * Builds the Pagefind search index from the records the build wrote to
 * `search-records.json` (see src/search/records.ts), then removes that file.
 * Any Pagefind error fails the build: a site without its index must not
 * ship silently.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../search/records.ts';
import { staticHandler } from '../../scripts/static-server.mjs';

export const RECORDS_FILE = 'search-records.json';

function assertOk(step: string, response: { errors: string[] }): void {
	if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
	let outDir = '';
	return {
		name: 'explainer:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			// `astro dev` has no index of its own: serve the last build's, if any.
			'astro:server:setup': ({ server, logger }) => {
				const root = join(outDir, 'pagefind');
				if (!existsSync(root)) logger.warn('No search index yet: run `npm run build` once to search in `astro dev`.');
				server.middlewares.use('/pagefind', staticHandler(root));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const recordsPath = `${site}/${RECORDS_FILE}`;
				const records = JSON.parse(readFileSync(recordsPath, 'utf8')) as SearchRecord[];
				rmSync(recordsPath);
				if (records.length === 0) throw new Error('No search records: is content/articles empty?');
				const { index, errors } = await pagefind.createIndex({});
				assertOk('createIndex', { errors });
				if (!index) throw new Error('Pagefind createIndex returned no index');
				try {
					for (const record of records) assertOk(`record ${record.url}`, await index.addCustomRecord(record));
					assertOk('writeFiles', await index.writeFiles({ outputPath: `${site}/pagefind` }));
					logger.info(`Pagefind indexed ${records.length} records`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
