/** Queries over the article collection shared by several pages. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { ClaimRecord, ParagraphRecord } from '../claims/citations.ts';

export type Article = CollectionEntry<'articles'>;

/** Explainers, newest first. */
export async function getArticles(): Promise<Article[]> {
	const all = await getCollection('articles');
	return all.sort((a, b) => (b.data.updated ?? b.data.published).localeCompare(a.data.updated ?? a.data.published) || a.id.localeCompare(b.id));
}

export interface ArticleRecords {
	claims: ClaimRecord[];
	paragraphs: ParagraphRecord[];
	sourceOrder: string[];
}

// Entity pages each read every article's paragraphs: remember them per
// version of the article (the digest changes when the file does, so dev stays fresh).
const records = new Map<string, Promise<ArticleRecords>>();

/** The claims and paragraphs the remark plugin recorded while rendering an article. */
export function getRecords(article: Article): Promise<ArticleRecords> {
	const key = `${article.id}:${article.digest ?? ''}`;
	let found = records.get(key);
	if (!found) records.set(key, (found = readRecords(article)));
	return found;
}

async function readRecords(article: Article): Promise<ArticleRecords> {
	const { remarkPluginFrontmatter } = await render(article);
	return {
		claims: (remarkPluginFrontmatter.claims as ClaimRecord[] | undefined) ?? [],
		paragraphs: (remarkPluginFrontmatter.paragraphs as ParagraphRecord[] | undefined) ?? [],
		sourceOrder: (remarkPluginFrontmatter.sourceOrder as string[] | undefined) ?? [],
	};
}

/** URL path of an article. */
export function articlePath(article: Article): string {
	return `/${article.id}/`;
}
