/**
 * Checks every source, entity and article frontmatter before Astro starts,
 * so an author sees all of those problems at once as `file:line:column`
 * instead of a schema dump, and learns which sources nothing cites.
 * Problems in article bodies are found when the pages first read the
 * articles, all at once (`src/data/site.ts`). In `astro dev`, a change to
 * any content file reloads the browser.
 */
import type { AstroIntegration } from 'astro';
import { ContentError, formatDiagnostics, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { checkArticles } from '../data/articles.ts';
import { loadEntities } from '../data/entities.ts';
import { loadSources } from '../data/sources.ts';
import { articlesDir, contentRoot, entitiesDir, sourcesDir } from '../content-paths.ts';
import { checkLinks } from '../security/symlink-check.ts';
import { fileURLToPath } from 'node:url';

/** All problems in the content folder except article bodies. */
export function checkContent(): Diagnostic[] {
	const sources = loadSources(sourcesDir);
	const entities = loadEntities(entitiesDir, sources);
	return [...sources.diagnostics, ...entities.diagnostics, ...checkArticles(articlesDir)];
}

export function contentCheck(): AstroIntegration {
	return {
		name: 'explainer:content-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const found = [...checkLinks([fileURLToPath(config.publicDir), contentRoot], fileURLToPath(config.root)), ...checkContent()];
				const warnings = found.filter((d) => d.severity === 'warning');
				if (warnings.length > 0) logger.warn(`\n${formatDiagnostics(warnings)}`);
				if (hasErrors(found)) throw new ContentError(found);
			},
			// Content files are read by the pages, not imported, so Vite does not watch them.
			'astro:server:setup': ({ server }) => {
				server.watcher.add(contentRoot);
				server.watcher.on('change', (path) => {
					if (path.startsWith(contentRoot)) server.ws.send({ type: 'full-reload' });
				});
			},
		},
	};
}
