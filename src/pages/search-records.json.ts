/**
 * The search index's input, written at build time and consumed (then
 * deleted) by `integrations/pagefind-index.ts`. It never ships.
 */
import type { APIRoute } from 'astro';
import { articlePath, getArticles, getRecords } from '../lib/articles.ts';
import { getEntities } from '../lib/entities.ts';
import { getSources } from '../lib/sources.ts';
import { articleRecords, entityRecord, sourceRecord } from '../search/records.ts';

export const GET: APIRoute = async () => {
	const sources = await getSources();
	const entities = await getEntities();
	const records = [];
	for (const article of await getArticles()) {
		const { paragraphs } = await getRecords(article);
		const { title, description, topics } = article.data;
		records.push(...articleRecords({ path: articlePath(article), title, description, topics, paragraphs }, sources, entities));
	}
	records.push(...entities.map(entityRecord));
	records.push(...[...sources.values()].map((s) => sourceRecord(s, entities)));
	return new Response(JSON.stringify(records));
};
