/** Entities as the pages need them: by id, A–Z, and where they are mentioned. */
import { getCollection } from 'astro:content';
import { excerpt } from '../claims/format.ts';
import { namesOf, type Entity } from '../schema/entity.ts';
import { articlePath, getArticles, getRecords } from './articles.ts';
import { markMentions, mentions } from './mentions.ts';

/** Every entity, sorted for the A–Z index. */
export async function getEntities(): Promise<Entity[]> {
	const entries = await getCollection('entities');
	return entries.map((e) => ({ ...e.data, id: e.id })).sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en') || a.id.localeCompare(b.id));
}

/** The A–Z key: `sortAs`, or the name. */
export function sortKey(entity: Pick<Entity, 'name' | 'sortAs'>): string {
	return (entity.sortAs ?? entity.name).replace(/^the\s+/i, '').replace(/^[“"']/, '');
}

export interface Mention {
	href: string;
	article: string;
	section: string;
	/** The paragraph (shortened around the mention), split into plain and matched parts. */
	parts: { text: string; match: boolean }[];
}

/** Every paragraph, across all explainers, that names the entity or one of its aliases. */
export async function mentionsOf(entity: Entity): Promise<Mention[]> {
	const names = namesOf(entity);
	const out: Mention[] = [];
	for (const article of await getArticles()) {
		const { paragraphs } = await getRecords(article);
		for (const p of paragraphs) {
			if (!mentions(p.text, names)) continue;
			out.push({ href: `${articlePath(article)}#${p.id}`, article: article.data.title, section: p.section, parts: markMentions(around(p.text, names), names) });
		}
	}
	return out;
}

/** About 220 characters of `text`, starting near the first mention. */
function around(text: string, names: string[]): string {
	const parts = markMentions(text, names);
	const before = parts.slice(0, parts.findIndex((p) => p.match)).reduce((n, p) => n + p.text.length, 0);
	const start = before > 120 ? text.lastIndexOf(' ', before - 80) + 1 : 0;
	const cut = excerpt(text.slice(start), 220);
	return start > 0 ? `…${cut}` : cut;
}
