/**
 * "Related explainers": for each explainer, up to five others ranked by
 * what they share (the entities they mention and the sources they cite),
 * each shared thing weighted by how rare it is across the site (inverse
 * document frequency: a source every explainer cites says nothing), ties
 * going to the most recent. Pure: features in, rankings out, computed once
 * per build through an inverted index, so the cost follows the pairs that
 * share something, not every pair.
 */
export interface RelatedInput {
	id: string;
	/** For ties: later first (ISO date). */
	date: string;
	/** Shared things, by key; the label names it in the reason (entities), or is empty (sources). */
	features: ReadonlyMap<string, string>;
}

export interface Related {
	id: string;
	score: number;
	/** The rarest named things both share, for "Also about …". */
	names: string[];
	/** How many sources both cite. */
	sources: number;
}

/**
 * What every explainer shares relates none of them (its weight is 0); past
 * this many explainers, a feature that more than half of them share is
 * left out too: it weighs little and would cost a pass over half the site.
 */
const COMMON_AFTER = 50;

export function relatedExplainers(items: readonly RelatedInput[], limit = 5): Map<string, Related[]> {
	const n = items.length;
	const postings = new Map<string, number[]>();
	items.forEach((item, i) => {
		for (const key of item.features.keys()) {
			const list = postings.get(key);
			if (list) list.push(i);
			else postings.set(key, [i]);
		}
	});
	const idf = new Map<string, number>();
	for (const [key, list] of postings) if (list.length > 1 && list.length < n && list.length <= Math.max(COMMON_AFTER, n / 2)) idf.set(key, Math.log(n / list.length));
	const out = new Map<string, Related[]>();
	items.forEach((item, i) => {
		const scores = new Map<number, { score: number; shared: string[] }>();
		for (const key of item.features.keys()) {
			const weight = idf.get(key);
			if (weight === undefined) continue;
			for (const j of postings.get(key)!) {
				if (j === i) continue;
				const entry = scores.get(j) ?? { score: 0, shared: [] };
				entry.score += weight;
				entry.shared.push(key);
				scores.set(j, entry);
			}
		}
		const ranked = [...scores.entries()]
			.sort(([a, x], [b, y]) => y.score - x.score || items[b]!.date.localeCompare(items[a]!.date) || items[a]!.id.localeCompare(items[b]!.id))
			.slice(0, limit)
			.map(([j, { score, shared }]) => {
				const byRarity = [...shared].sort((a, b) => idf.get(b)! - idf.get(a)!);
				const names = byRarity.map((key) => item.features.get(key)!).filter(Boolean);
				return { id: items[j]!.id, score, names: names.slice(0, 2), sources: shared.filter((key) => !item.features.get(key)).length };
			});
		out.set(item.id, ranked);
	});
	return out;
}

/** "Also about Steve Witkoff and Article 5", "Cites 3 of the same sources", or both. */
export function relatedReason(related: Pick<Related, 'names' | 'sources'>): string {
	const about = related.names.length > 0 ? `Also about ${related.names.join(' and ')}` : '';
	const cites = related.sources > 0 ? `${about ? 'cites' : 'Cites'} ${related.sources === 1 ? 'one of the same sources' : `${related.sources} of the same sources`}` : '';
	return [about, cites].filter(Boolean).join('; ');
}
