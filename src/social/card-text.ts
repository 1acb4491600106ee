/** What an explainer's social card says, from its record; its page's meta tags say the same (`[slug].astro`). */
import { SITE } from '../site.ts';
import type { CardText } from './card-svg.ts';

export function cardTextOf(data: {
	title: string;
	shortTitle?: string | undefined;
	description: string;
	topics: readonly string[];
}): CardText {
	return { title: data.shortTitle ?? data.title, standfirst: data.description, topics: data.topics, site: SITE.name };
}
