/**
 * The three collections, each with its schema from `src/schema/` as the
 * contract. The folders come from `EXPLAINER_CONTENT` (`src/content-paths.ts`),
 * so the tests and the bench load other content with the same loaders.
 * Positioned checks of the same files (with rule ids and line:column) run
 * before Astro starts, in `src/integrations/content-check.ts`; Astro's own
 * schema check is the contract the pages' types come from.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articlesDir, entitiesDir, sourcesDir } from './content-paths.ts';
import { articleSchema } from './schema/article.ts';
import { entitySchemaWith } from './schema/entity.ts';
import { sourceSchema } from './schema/source.ts';

/** The id is the file name without its extension (names are checked to be valid ids first). */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.(?:mdx|ya?ml)$/, '');

export const collections = {
	/** Explainers: `articles/<slug>.mdx`, compiled by @astrojs/mdx with the claims plugins. */
	articles: defineCollection({ loader: glob({ base: articlesDir, pattern: '*.mdx', generateId: byFileName }), schema: articleSchema }),
	/** One YAML record per cited source: `sources/<id>.yaml`. */
	sources: defineCollection({ loader: glob({ base: sourcesDir, pattern: '*.{yaml,yml}', generateId: byFileName }), schema: sourceSchema }),
	/** People, organisations, places, terms and events: `entities/<id>.yaml`; `related` names other entities. */
	entities: defineCollection({ loader: glob({ base: entitiesDir, pattern: '*.{yaml,yml}', generateId: byFileName }), schema: entitySchemaWith(reference('entities')) }),
};
