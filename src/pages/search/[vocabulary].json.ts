/**
 * The words the site knows (search/vocabulary.ts), as a static file the
 * search UI fetches only when a search finds little or nothing:
 * `/search/vocabulary.json`, one path of this route, so that its
 * `cacheKey` (the words it is made from) lets a rebuild copy it when
 * they are unchanged. Only what the search index holds: listed explainers
 * (none under embargo), their sources, and every entity.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../site-index/cache-keys.ts';
import { getSite, getSiteToRender } from '../../site-index/site.ts';
import { listed } from '../../site-index/embargo.ts';
import type { Site } from '../../site-index/site-types.ts';
import { buildVocabulary } from '../../search/vocabulary.ts';

/** The names and the texts the vocabulary is made from, once per site index (its key and its file both read them). */
const made = new WeakMap<Site, { names: string[]; texts: string[] }>();
function inputs(site: Site): { names: string[]; texts: string[] } {
	let found = made.get(site);
	if (!found) made.set(site, (found = inputsOf(site)));
	return found;
}

function inputsOf(site: Site): { names: string[]; texts: string[] } {
	const explainers = listed(site.explainers);
	const cited = [...site.uses.keys()].map((id) => site.sources.get(id)).filter((s) => s !== undefined);
	const names = [
		...site.entities.flatMap((e) => [e.name, ...e.aliases]),
		...explainers.map((e) => e.data.title),
		...cited.map((s) => s.outlet),
	];
	// A claim is listed under each of its sources, a paragraph under each entity it names: each counted once.
	const once = new Set<string>();
	const first = (key: string) => !once.has(key) && Boolean(once.add(key));
	const texts: string[] = [];
	for (const e of explainers) texts.push(e.data.description);
	for (const uses of site.uses.values()) {
		for (const use of uses) {
			if (first(`${use.explainer.id}#${use.claim.id}`)) texts.push(use.claim.text);
			if (use.quote) texts.push(use.quote);
		}
	}
	for (const mentions of site.mentions.values())
		for (const m of mentions)
			if (first(`${m.explainer.id}#${m.passage.id}`)) texts.push(`${m.passage.section} ${m.passage.text}`);
	for (const e of site.entities) texts.push(e.description);
	for (const s of cited) texts.push(s.title);
	return { names, texts };
}

export const getStaticPaths = (async () => {
	const { names, texts } = inputs(await getSite());
	return [{ params: { vocabulary: 'vocabulary' }, cacheKey: cacheKey('vocabulary', names, texts) }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
	const { names, texts } = inputs(await getSiteToRender());
	return new Response(JSON.stringify(buildVocabulary(names, texts)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
