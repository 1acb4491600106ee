/**
 * Content collections: the explainers (MDX) and their source records (YAML).
 * The schemas in `src/schema/` are the contract; `integrations/content-check`
 * reports violations with line and column before this runs.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';
import { sourceSchema } from './schema/source.ts';
import { entitySchema } from './schema/entity.ts';
import { articlesDir, entitiesDir, sourcesDir } from './content-paths.ts';

const articles = defineCollection({
	loader: glob({ base: articlesDir, pattern: '*.mdx' }),
	schema: articleSchema,
});

const sources = defineCollection({
	loader: glob({ base: sourcesDir, pattern: '*.{yaml,yml}' }),
	schema: sourceSchema,
});

const entities = defineCollection({
	loader: glob({ base: entitiesDir, pattern: '*.{yaml,yml}' }),
	schema: entitySchema,
});

export const collections = { articles, sources, entities };
