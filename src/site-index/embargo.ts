/**
 * An explainer dated in the future is allowed only with `embargo: true`,
 * and until its `published` date it is built (so its page can be checked
 * and its address shared ahead) but listed nowhere: not on the front page
 * or the explainer pages, not in the feed or the search index, and not on
 * the source, entity or corrections pages; its page asks search engines
 * not to index it, which keeps it out of the sitemap too. "Today" is
 * the build's date in UTC: a static site changes only when it is rebuilt,
 * so an embargo lifts at the first build on or after the date.
 */
import { buildDate } from '../build-date.ts';

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
