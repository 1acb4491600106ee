/**
 * Topics as readers browse them: each topic name folded into one stable
 * slug (`/topics/us-foreign-policy/`), so "NATO" and "Nato" are the same
 * topic, which the content check then asks the author to spell one way.
 *
 * A name in any script keeps its letters: "Україна" is `/topics/україна/`
 * (percent-encoded in links, shown decoded by browsers). Transliterating
 * would need a table per language (Ukrainian and Russian write и and і
 * differently in Latin) and a dictionary for Chinese or Japanese, and it
 * gives readers of that script an address they cannot read. Latin letters
 * lose their accents as before, so every slug an ASCII or accented name had
 * stays what it was; accents on other scripts stay (a Devanagari vowel sign
 * or the Ukrainian ї is part of the letter, not decoration). github-slugger
 * was not used: it keeps Latin accents and drops `.` instead of turning it
 * into a hyphen, which would move existing topic pages ("U.S. …").
 */
import { withBase } from '../site-base.ts';

/** Latin letters with no decomposition, written the way English addresses write them. */
const LATIN: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

export function topicSlug(name: string): string {
	return name
		.normalize('NFKD')
		.toLowerCase()
		.replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
		.normalize('NFC')
		.replace(/[ßæœøłđðþı]/g, (c) => LATIN[c]!)
		.replace(/&/g, ' and ')
		.replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

/** The topic's page, its slug percent-encoded (a browser shows it decoded). */
export function topicPath(name: string): string {
	return withBase(`/topics/${encodeURIComponent(topicSlug(name))}/`);
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
