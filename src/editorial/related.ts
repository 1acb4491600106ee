/**
 * "Related explainers": for each explainer, up to five others ranked by
 * what they share (the entities they mention and the sources they cite),
 * each shared thing weighted by how rare it is across the site (inverse
 * document frequency, smoothed: a source every explainer cites weighs
 * least, but still relates two explainers on a site that has only a few),
 * ties going to the most recent. Pure: features in, rankings out, computed once
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
 * Past this many explainers, a feature that more than half of them share is
 * left out: it weighs little and would cost a pass over half the site.
 */
const COMMON_AFTER = 50;

/**
 * A feature's weight when `df` of `n` explainers have it: IDF with +1
 * smoothing (as scikit-learn's `smooth_idf`), `ln((1 + n) / (1 + df)) + 1`.
 * Plain `ln(n / df)` is 0 for what every explainer shares, so on a site of
 * two explainers about NATO and Article 5 neither would list the other.
 */
export function featureWeight(df: number, n: number): number {
	return Math.log((1 + n) / (1 + df)) + 1;
}

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
	// A feature of one explainer relates nothing.
	for (const [key, list] of postings)
		if (list.length > 1 && list.length <= Math.max(COMMON_AFTER, n / 2)) idf.set(key, featureWeight(list.length, n));
	// Per explainer, its weighted features as postings indexes; scores in one reused array.
	const keysOf = items.map((item) => [...item.features.keys()].filter((key) => idf.has(key)));
	const weighted = keysOf.map((keys) => keys.map((key) => ({ weight: idf.get(key)!, postings: postings.get(key)! })));
	// Ties: the most recent first, then by id; as one number per explainer, compared cheaply.
	const recency = new Int32Array(n);
	[...items.keys()]
		.sort((a, b) => items[a]!.date.localeCompare(items[b]!.date) || items[b]!.id.localeCompare(items[a]!.id))
		.forEach((i, rank) => (recency[i] = rank));
	const score = new Float64Array(n);
	const touched: number[] = [];
	const out = new Map<string, Related[]>();
	const better = (a: number, b: number) => score[a]! - score[b]! || recency[a]! - recency[b]!;
	items.forEach((item, i) => {
		for (const { weight, postings: list } of weighted[i]!) {
			for (const j of list) {
				if (j === i) continue;
				if (score[j] === 0) touched.push(j);
				score[j]! += weight;
			}
		}
		// The best `limit`, kept in order as the scores are read once.
		const top: number[] = [];
		for (const j of touched) {
			if (top.length === limit && better(j, top[limit - 1]!) <= 0) continue;
			let at = top.length;
			while (at > 0 && better(j, top[at - 1]!) > 0) at--;
			top.splice(at, 0, j);
			if (top.length > limit) top.pop();
		}
		out.set(
			item.id,
			top.map((j) => {
				const shared = keysOf[i]!.filter((key) => items[j]!.features.has(key)).sort(
					(a, b) => idf.get(b)! - idf.get(a)!,
				);
				// What every explainer is about says why only when nothing rarer does.
				const rarer = shared.filter((key) => postings.get(key)!.length < n);
				const names = (rarer.some((key) => item.features.get(key)) ? rarer : shared)
					.map((key) => item.features.get(key)!)
					.filter(Boolean);
				return {
					id: items[j]!.id,
					score: score[j]!,
					names: names.slice(0, 2),
					sources: shared.filter((key) => !item.features.get(key)).length,
				};
			}),
		);
		for (const j of touched) score[j] = 0;
		touched.length = 0;
	});
	return out;
}

/** "Also about Steve Witkoff and Article 5", "Cites 3 of the same sources", or both. */
export function relatedReason(related: Pick<Related, 'names' | 'sources'>): string {
	const about = related.names.length > 0 ? `Also about ${related.names.join(' and ')}` : '';
	const cites =
		related.sources > 0
			? `${about ? 'cites' : 'Cites'} ${related.sources === 1 ? 'one of the same sources' : `${related.sources} of the same sources`}`
			: '';
	return [about, cites].filter(Boolean).join('; ');
}
