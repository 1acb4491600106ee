/**
 * An explainer's edition history as its page shows it (`/<slug>/history/`):
 * each edition, newest first, with the claims it changed, their old and
 * new wording as a word diff (jsdiff's `diffWords`), the sources behind
 * them, and the corrections logged that day. Each claim id the ledger ever
 * knew is the id of one entry, the claim's latest, so an old link to a
 * claim that is gone lands on the entry that says what became of it.
 */
import { diffWords } from 'diff';
import { editionChanges, type Change, type Ledger, type Wording } from '../claims/ledger.ts';
import { MAX_EDITS } from '../claims/similarity.ts';
import type { Change as LoggedChange } from '../schema/article.ts';
import { withBase } from '../site-base.ts';

/** URL path of an explainer's edition history. */
export function historyPath(slug: string): string {
	return withBase(`/${slug}/history/`);
}

/** A run of words: kept, taken out or put in. */
export interface DiffPart {
	kind: 'same' | 'deleted' | 'inserted';
	text: string;
}

export interface HistoryEntry {
	/** What happened to the claim. */
	kind: 'reworded' | 'new' | 'removed' | 'sources';
	/** The claim's id after the edition (before it, for a removed claim). */
	claim: string;
	/** Fragment ids that land here: the claim's ids whose latest entry this is. */
	anchors: string[];
	parts: DiffPart[];
	before?: Wording;
	after?: Wording;
}

export interface HistoryEdition {
	date: string;
	first: boolean;
	entries: HistoryEntry[];
	/** The corrections and updates the explainer logged with this date. */
	logged: LoggedChange[];
}

/** The editions newest first, each entry with its anchors and word diff. */
export function editionHistory(ledger: Ledger, corrections: readonly LoggedChange[]): HistoryEdition[] {
	const editions = editionChanges(ledger).map((edition, i) => ({
		date: edition.date,
		first: i === 0,
		entries: edition.changes.map(entryOf),
		logged: corrections.filter((c) => c.date === edition.date),
	}));
	// Newest first: the first entry met for an id is its latest, and takes the anchor.
	editions.reverse();
	const anchored = new Set<string>();
	for (const edition of editions) {
		for (const entry of edition.entries) {
			for (const id of entry.anchors.splice(0)) {
				if (anchored.has(id)) continue;
				anchored.add(id);
				entry.anchors.push(id);
			}
		}
	}
	return editions;
}

/** Every source id the history names, once each. */
export function sourcesNamed(editions: readonly HistoryEdition[]): string[] {
	return [
		...new Set(
			editions.flatMap((e) =>
				e.entries.flatMap((entry) => [...(entry.before?.sources ?? []), ...(entry.after?.sources ?? [])]),
			),
		),
	];
}

function entryOf(change: Change): HistoryEntry {
	const anchors = [change.id, ...(change.was ? [change.was] : [])];
	const base = {
		claim: change.id,
		anchors,
		...(change.before ? { before: change.before } : {}),
		...(change.after ? { after: change.after } : {}),
	};
	if (!change.after) return { ...base, kind: 'removed', parts: [{ kind: 'deleted', text: change.before!.text }] };
	if (!change.before) return { ...base, kind: 'new', parts: [{ kind: 'inserted', text: change.after.text }] };
	if (change.before.text === change.after.text)
		return { ...base, kind: 'sources', parts: [{ kind: 'same', text: change.after.text }] };
	return { ...base, kind: 'reworded', parts: wordDiff(change.before.text, change.after.text) };
}

/**
 * The most words and punctuation a word diff takes out and puts in together. A rewording the ledger keeps
 * as one claim changes at most `MAX_EDITS` words (`similarity.ts`), well within it; a ledger edited by
 * hand can give one id two unrelated wordings as long as an article, whose diff grows with their lengths
 * multiplied (20 seconds for two of 45 KB, on the history page's render).
 */
const MAX_DIFF_EDITS = 5 * MAX_EDITS;

/**
 * The words of `before` taken out and those of `after` put in, with the space between words kept where it
 * was; past `MAX_DIFF_EDITS`, the whole of one taken out and the whole of the other put in.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
	const parts = diffWords(before, after, { maxEditLength: MAX_DIFF_EDITS });
	if (!parts)
		return [
			{ kind: 'deleted', text: before },
			{ kind: 'inserted', text: after },
		];
	return parts.map((part) => ({
		kind: part.added ? 'inserted' : part.removed ? 'deleted' : 'same',
		text: part.value,
	}));
}
