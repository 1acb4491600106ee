/** Source records as the pages need them. */
import { getCollection } from 'astro:content';
import type { Source } from '../schema/source.ts';

/** Every source record by id. */
export async function getSources(): Promise<Map<string, Source>> {
	const entries = await getCollection('sources');
	return new Map(entries.map((e) => [e.id, { ...e.data, id: e.id }]));
}
