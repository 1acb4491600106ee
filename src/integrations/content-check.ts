/**
 * Checks every source, entity and article frontmatter before Astro starts,
 * so an author sees all of those problems at once as `file:line:column`
 * instead of a schema dump, and learns which sources nothing cites.
 * Problems in article bodies are found while MDX compiles and reported
 * together at the end of that step (see `claims-report.ts`).
 */
import type { AstroIntegration } from 'astro';
import { ContentError, formatDiagnostics, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { checkArticles } from '../data/articles.ts';
import { loadEntities } from '../data/entities.ts';
import { loadSources } from '../data/sources.ts';
import { articlesDir, entitiesDir, sourcesDir } from '../content-paths.ts';

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
			'astro:config:setup': ({ logger }) => {
				const found = checkContent();
				const warnings = found.filter((d) => d.severity === 'warning');
				if (warnings.length > 0) logger.warn(`\n${formatDiagnostics(warnings)}`);
				if (hasErrors(found)) throw new ContentError(found);
			},
		},
	};
}
