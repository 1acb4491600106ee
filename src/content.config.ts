/**
 * The four collections, each with its schema from `src/schema/` as the
 * contract. The folders come from `EXPLAINER_CONTENT` (`src/content-paths.ts`),
 * so the tests and the bench load other content with the same loaders.
 * Positioned checks of the same files (with rule ids and line:column) run
 * before Astro starts, in `src/integrations/content-check.ts`; Astro's own
 * schema check is the contract the pages' types come from.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { glob, type Loader } from 'astro/loaders';
import { articlesLoader } from './loaders/articles.ts';
import type { ArticleRecord } from './loaders/article-record.ts';
import { articlesDir, authorsDir, entitiesDir, sourcesDir } from './content-paths.ts';
import { articleSchema } from './schema/article.ts';
import { authorSchema } from './schema/author.ts';
import { entitySchemaWith } from './schema/entity.ts';
import { sourceSchema } from './schema/source.ts';

/** The id is the file name without its extension (names are checked to be valid ids first). */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.(?:mdx|ya?ml)$/, '');

/**
 * Authors are optional: a site whose explainers name no author has no
 * folder for them. The glob loader would warn on every build that the
 * folder is missing or empty; those two notices are dropped, and anything
 * else it says still prints.
 */
function optional(loader: Loader): Loader {
	const empty = /^(?:The base directory .* does not exist\.|No files found matching .*)$/;
	return {
		...loader,
		load: (context) => {
			const warn = context.logger.warn.bind(context.logger);
			const logger = Object.assign(Object.create(context.logger) as typeof context.logger, {
				warn: (message: string) => (empty.test(message) ? undefined : warn(message)),
			});
			return loader.load({ ...context, logger });
		},
	};
}

export const collections = {
	/**
	 * Explainers: `articles/<slug>.mdx`, compiled by @astrojs/mdx with the claims plugins. The
	 * loader also parses each one's claims and keeps, as `claims`, what its page and the pages
	 * across explainers show (`src/loaders/articles.ts`); an author cannot set it (the content check
	 * refuses keys the schema does not name). The store keeps no body (`retainBody: false`):
	 * nothing reads `entry.body` (the page renders the compiled module), and kept it was three
	 * copies of every article's text, live through the whole build.
	 */
	articles: defineCollection({
		loader: articlesLoader({ base: articlesDir, pattern: '*.mdx', generateId: byFileName, retainBody: false }),
		schema: articleSchema.extend({
			claims: z.custom<ArticleRecord>((v) => typeof v === 'object' && v !== null, 'set by the articles loader'),
		}),
	}),
	/** One YAML record per cited source: `sources/<id>.yaml`. */
	sources: defineCollection({
		loader: glob({ base: sourcesDir, pattern: '*.{yaml,yml}', generateId: byFileName }),
		schema: sourceSchema,
	}),
	/** People, organisations, places, terms and events: `entities/<id>.yaml`; `related` names other entities. */
	entities: defineCollection({
		loader: glob({ base: entitiesDir, pattern: '*.{yaml,yml}', generateId: byFileName }),
		schema: entitySchemaWith(reference('entities')),
	}),
	/** Who writes the explainers: `authors/<id>.yaml`, named by an article's `author`. */
	authors: defineCollection({
		loader: optional(glob({ base: authorsDir, pattern: '*.{yaml,yml}', generateId: byFileName })),
		schema: authorSchema,
	}),
};
