/**
 * Topics as readers browse them: each topic name folded into one stable
 * slug (`/topics/us-foreign-policy/`), so "NATO" and "Nato" are the same
 * topic, which the content check then asks the author to spell one way.
 */
import { fold } from '../text/fold.ts';
import { withBase } from '../site-base.ts';

export function topicSlug(name: string): string {
	return fold(name)
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

export function topicPath(name: string): string {
	return withBase(`/topics/${topicSlug(name)}/`);
}

export interface Topic<T> {
	slug: string;
	name: string;
	items: T[];
}

/** Every topic with its explainers in the order given (newest first), sorted by name. */
export function topicsOf<T extends { data: { topics: readonly string[] } }>(explainers: readonly T[]): Topic<T>[] {
	const bySlug = new Map<string, Topic<T>>();
	for (const explainer of explainers) {
		for (const name of new Set(explainer.data.topics)) {
			const slug = topicSlug(name);
			if (!slug) continue;
			const topic = bySlug.get(slug) ?? { slug, name, items: [] };
			topic.items.push(explainer);
			bySlug.set(slug, topic);
		}
	}
	return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}
