/**
 * An explainer dated in the future is allowed only with `embargo: true`,
 * and until its `published` date it is built (so its page can be checked
 * and its address shared ahead) but listed nowhere: not on the front page
 * or the explainer pages, not in the feed, the sitemap or the search
 * index, and not on the source, entity or corrections pages. "Today" is
 * the build's date in UTC: a static site changes only when it is rebuilt,
 * so an embargo lifts at the first build on or after the date.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlesDir } from '../content-paths.ts';
import { readFrontmatter } from './articles.ts';
import { buildDate } from '../build-date.ts';
import { withBase } from '../site-base.ts';

/** True while an embargoed explainer's date is still to come. */
export function isEmbargoed(data: { published: string; embargo?: boolean | undefined }, today = buildDate()): boolean {
	return data.embargo === true && data.published > today;
}

/** The explainers a listing may show today. */
export function listed<T extends { data: { published: string; embargo?: boolean | undefined } }>(
	explainers: readonly T[],
): T[] {
	const today = buildDate();
	return explainers.filter((e) => !isEmbargoed(e.data, today));
}

/** What the sitemap needs of each explainer, by URL path: its last change, and whether it is under embargo. */
export interface ListedExplainer {
	lastChange: string;
	embargoed: boolean;
}

const listings = new Map<string, ReadonlyMap<string, ListedExplainer>>();

/** Every explainer's path (`/<slug>/`, under the base) with its dates, read from the article files once per folder. */
export function explainerListing(dir = articlesDir): ReadonlyMap<string, ListedExplainer> {
	const known = listings.get(dir);
	if (known) return known;
	const listing = new Map<string, ListedExplainer>();
	listings.set(dir, listing);
	const today = buildDate();
	for (const name of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : []) {
		const data = readFrontmatter(name, readFileSync(join(dir, name), 'utf8'))?.data;
		if (data)
			listing.set(withBase(`/${name.replace(/\.mdx$/, '')}/`), {
				lastChange: data.updated ?? data.published,
				embargoed: isEmbargoed(data, today),
			});
	}
	return listing;
}

const embargoed = new Map<string, ReadonlySet<string>>();

/** URL paths of the explainers under embargo: for the sitemap's filter (asked once per page, so kept). */
export function embargoedPaths(dir = articlesDir): ReadonlySet<string> {
	let paths = embargoed.get(dir);
	if (!paths)
		embargoed.set(
			dir,
			(paths = new Set([...explainerListing(dir)].filter(([, e]) => e.embargoed).map(([path]) => path))),
		);
	return paths;
}
