/**
 * Related explainers for the site as built: the entities each explainer
 * mentions (from the mention index) and the sources it cites, ranked by
 * `editorial/related.ts`, once per site object.
 */
import { relatedExplainers, type Related } from '../editorial/related.ts';
import type { Site } from './site.ts';
import { listed } from './embargo.ts';

const cache = new WeakMap<Site, Map<string, Related[]>>();

export function relatedOf(site: Site): Map<string, Related[]> {
	const known = cache.get(site);
	if (known) return known;
	const features = new Map<string, Map<string, string>>();
	const shown = listed(site.explainers);
	for (const e of shown) features.set(e.id, new Map(e.claims.sourceOrder.map((id) => [`source:${id}`, ''])));
	for (const [entityId, mentions] of site.mentions) {
		const name = site.entityById.get(entityId)?.name ?? entityId;
		for (const m of mentions) features.get(m.explainer.id)?.set(`entity:${entityId}`, name);
	}
	const related = relatedExplainers(shown.map((e) => ({ id: e.id, date: e.data.updated ?? e.data.published, features: features.get(e.id)! })));
	cache.set(site, related);
	return related;
}
