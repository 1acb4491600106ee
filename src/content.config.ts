/**
 * The one Astro collection: the explainers (MDX). Source and entity files
 * are read by `src/data/` with the project's own validation, once per
 * build, so each is parsed by one YAML parser, with positioned errors.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';
import { articlesDir } from './content-paths.ts';

const articles = defineCollection({
	loader: glob({ base: articlesDir, pattern: '*.mdx' }),
	schema: articleSchema,
});

export const collections = { articles };
