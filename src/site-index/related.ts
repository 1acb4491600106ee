/**
 * Related explainers for the site as built: the entities each explainer
 * mentions (from the mention index) and the sources it cites, ranked by
 * `editorial/related.ts`, once per site object, each with the explainer
 * it names and the reason to show.
 */
import { relatedExplainers, relatedReason } from '../editorial/related.ts';
import type { Explainer, Site } from './site-types.ts';
import { listed } from './embargo.ts';

export interface RelatedExplainer {
	explainer: Explainer;
	reason: string;
}

const cache = new WeakMap<Site, Map<string, RelatedExplainer[]>>();

export function relatedOf(site: Site): Map<string, RelatedExplainer[]> {
	const known = cache.get(site);
	if (known) return known;
	const features = new Map<string, Map<string, string>>();
	const shown = listed(site.explainers);
	const byId = new Map(shown.map((e) => [e.id, e]));
	for (const e of shown) features.set(e.id, new Map(e.sourceOrder.map((id) => [`source:${id}`, ''])));
	for (const [entityId, mentions] of site.mentions) {
		const name = site.entityById.get(entityId)?.name ?? entityId;
		for (const m of mentions) features.get(m.explainer.id)?.set(`entity:${entityId}`, name);
	}
	const ranked = relatedExplainers(
		shown.map((e) => ({ id: e.id, date: e.data.updated ?? e.data.published, features: features.get(e.id)! })),
	);
	const related = new Map(
		[...ranked].map(([id, list]) => [id, list.map((r) => ({ explainer: byId.get(r.id)!, reason: relatedReason(r) }))]),
	);
	cache.set(site, related);
	return related;
}
