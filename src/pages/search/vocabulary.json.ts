/**
 * The words the site knows (search/vocabulary.ts), as a static file the
 * search UI fetches only when a search finds little or nothing. Only what
 * the search index holds: listed explainers (none under embargo), their
 * sources, and every entity.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../site-index/site.ts';
import { listed } from '../../site-index/embargo.ts';
import { buildVocabulary } from '../../search/vocabulary.ts';

export const GET: APIRoute = async () => {
	const site = await getSite();
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
	function* texts(): Generator<string> {
		for (const e of explainers) yield e.data.description;
		for (const uses of site.uses.values()) {
			for (const use of uses) {
				if (first(`${use.explainer.id}#${use.claim.id}`)) yield use.claim.text;
				if (use.quote) yield use.quote;
			}
		}
		for (const mentions of site.mentions.values())
			for (const m of mentions)
				if (first(`${m.explainer.id}#${m.passage.id}`)) yield `${m.passage.section} ${m.passage.text}`;
		for (const e of site.entities) yield e.description;
		for (const s of cited) yield s.title;
	}
	return new Response(JSON.stringify(buildVocabulary(names, texts())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
