/**
 * The first path segments the site itself uses. An explainer is served at
 * `/<slug>/`, so an article named after one of these would be shadowed by
 * the built-in page (`sources.mdx` and the Sources index both want
 * `/sources/`) and vanish from the build with only a warning from Astro;
 * it fails at its first line instead (`reserved-slug`). The page routes
 * and `public/` are kept in step with this list by a unit test
 * (tests/unit/reserved-slugs.test.ts); the entity folders come from the
 * route's own `kindPaths`.
 */
import { basename } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { kindPaths } from '../schema/entity.ts';

/** One per top-level route in `src/pages/` (`index.astro`, `404.astro`, `rss.xml.ts`, `robots.txt.ts`, `sources/`, `social/` …). */
export const PAGE_SLUGS = [
	'index',
	'404',
	'a-z',
	'authors',
	'corrections',
	'explainers',
	'robots',
	'rss',
	'search',
	'social',
	'sources',
	'timeline',
	'topics',
] as const;

/** What the build writes beside the pages: the search index, the sitemaps, and the files in `public/`. */
export const OUTPUT_SLUGS = ['pagefind', 'sitemap-index', 'favicon'] as const;

const RESERVED: ReadonlySet<string> = new Set<string>([...PAGE_SLUGS, ...Object.values(kindPaths), ...OUTPUT_SLUGS]);

/** True when `/<slug>/` belongs to the site: a page route, an entity folder, or a generated file (`sitemap-0.xml` …). */
export function isReservedSlug(slug: string): boolean {
	return RESERVED.has(slug) || /^sitemap-\d+$/.test(slug);
}

/** Every reserved slug, for messages. */
export function reservedSlugs(): string[] {
	return [...RESERVED, 'sitemap-0'].sort();
}

/** The problem with an article file (`shown` as in messages) whose name is a reserved slug, if it is one. */
export function reservedSlugProblems(shown: string): Diagnostic[] {
	const slug = basename(shown).replace(/\.mdx$/, '');
	if (!isReservedSlug(slug)) return [];
	return [
		diagnostic(
			{ file: shown, text: '', offset: 0 },
			'reserved-slug',
			`Unexpected article slug \`${slug}\`: \`/${slug}/\` is one of the site’s own pages or files, so the explainer would never be served; expected another file name, e.g. \`${slug}-explainer.mdx\` (reserved: ${reservedSlugs()
				.map((s) => `\`${s}\``)
				.join(', ')})`,
		),
	];
}
