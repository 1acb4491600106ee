/**
 * The four collections, each with its schema from `src/schema/` as the
 * contract. The folders come from `EXPLAINER_CONTENT` (`src/content-paths.ts`),
 * so the tests and the bench load other content with the same loaders.
 * The loaders check the same files with positions (rule ids and
 * line:column, every problem at once) as they read them, and store only
 * what passes; Astro's own schema check is the contract the pages' types
 * come from.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { articlesLoader } from './loaders/articles.ts';
import { recordsLoader } from './loaders/records.ts';
import { problemsLoader } from './loaders/problems.ts';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import type { Cited } from './data/records.ts';
import type { ArticleRecord } from './loaders/article-record.ts';
import { articlesDir } from './content-paths.ts';
import { articleSchema } from './schema/article.ts';
import { authorSchema } from './schema/author.ts';
import { entitySchemaWith } from './schema/entity.ts';
import { sourceSchema } from './schema/source.ts';

/** The id is the file name without its extension (names are checked to be valid ids first). */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

/** Where an entity's description or an author's bio cites which source: set by the records loader. */
const cited = z.custom<Cited>((v) => typeof v === 'object' && v !== null, 'set by the records loader');

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
	/**
	 * One YAML record per cited source: `sources/<id>.yaml`. The three record collections are
	 * read, parsed and checked once, together, by our own loader (`src/loaders/records.ts`).
	 */
	sources: defineCollection({
		loader: recordsLoader('sources'),
		// The organisation entity its origin (or outlet) names, set by the loader: "AP" and "Associated Press" are one origin.
		schema: sourceSchema.extend({ originId: z.string().optional() }),
	}),
	/**
	 * People, organisations, places, terms and events: `entities/<id>.yaml`; `related` names other
	 * entities; `cited` (set by the loader) says where the description cites which source.
	 */
	entities: defineCollection({
		loader: recordsLoader('entities'),
		schema: entitySchemaWith(reference('entities'), { cited }),
	}),
	/** Who writes the explainers: `authors/<id>.yaml`, named by an article's `author`; `cited` as for entities. */
	authors: defineCollection({ loader: recordsLoader('authors'), schema: authorSchema.extend({ cited }) }),
	/**
	 * One entry: the records' and the frontmatter's problems, as the loaders found them, for the site
	 * index to list with every other problem (`src/loaders/problems.ts`). No file of an author's.
	 */
	contentProblems: defineCollection({
		loader: problemsLoader(),
		schema: z.object({
			problems: z.array(z.custom<Diagnostic>((v) => typeof v === 'object' && v !== null)),
			invalidSources: z.array(z.string()),
			articlesLeftOut: z.boolean(),
		}),
	}),
};
