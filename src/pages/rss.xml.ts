/** The feed of explainers, newest first, each with its full text and sources (linked from every page's head). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteToRender } from '../site-index/site.ts';
import { feedContent } from '../editorial/feed-content.ts';
import { listed } from '../site-index/embargo.ts';
import { SITE } from '../site.ts';

/** Items in the feed: readers' feed tools want the recent ones, not the archive. */
const ITEMS = 50;

export const GET: APIRoute = async ({ site }) => {
	const { explainers, sources, authors } = await getSiteToRender();
	return rss({
		title: `${SITE.name}: explainers`,
		description: SITE.tagline,
		site: new URL(import.meta.env.BASE_URL, site).href,
		customData: `<language>${SITE.lang.toLowerCase()}</language>`,
		items: await Promise.all(
			listed(explainers)
				.slice(0, ITEMS)
				.map(async (e) => ({
					title: e.data.title,
					description: e.data.description,
					link: e.path,
					pubDate: new Date(`${e.data.updated ?? e.data.published}T00:00:00Z`),
					categories: e.data.topics,
					content: feedContent((await e.render()).claims, sources, new URL(e.path, site).href),
					...(e.data.author && authors.has(e.data.author) ? { author: authors.get(e.data.author)!.name } : {}),
				})),
		),
	});
};
