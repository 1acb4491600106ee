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
import { buildDate } from './build-date.ts';
import { withBase } from '../site-base.ts';

/** True while an embargoed explainer's date is still to come. */
export function isEmbargoed(data: { published: string; embargo?: boolean | undefined }, today = buildDate()): boolean {
	return data.embargo === true && data.published > today;
}

/** The explainers a listing may show today. */
export function listed<T extends { data: { published: string; embargo?: boolean | undefined } }>(explainers: readonly T[]): T[] {
	const today = buildDate();
	return explainers.filter((e) => !isEmbargoed(e.data, today));
}

const embargoed = new Map<string, Set<string>>();

/** URL paths (`/<slug>/`) of the explainers under embargo, read from the article files once: for the sitemap's filter. */
export function embargoedPaths(dir = articlesDir): ReadonlySet<string> {
	const known = embargoed.get(dir);
	if (known) return known;
	const paths = new Set<string>();
	embargoed.set(dir, paths);
	const today = buildDate();
	for (const name of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : []) {
		const data = readFrontmatter(name, readFileSync(join(dir, name), 'utf8'))?.data;
		if (data && isEmbargoed(data, today)) paths.add(withBase(`/${name.replace(/\.mdx$/, '')}/`));
	}
	return paths;
}
