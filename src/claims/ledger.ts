/**
 * The claim ledger: an article's claims edition by edition, so that a
 * claim keeps its id when its words change. Ids are still born from a
 * claim's words (`ids.ts`), but only once: after that the ledger names the
 * claim, and a copy-edit finds its old id by its old words.
 *
 * Three users: the build gives each claim the id the ledger has for the
 * same words, or for the recorded claim most like it that no other claim
 * took (`ClaimMatcher`); `npm run claims` records what changed as an
 * edition (`recordEdition`); the edition history shows each edition's
 * changes (`editionChanges`). Plain data in, plain data out: the file is
 * read and checked in `src/schema/ledger-file.ts`.
 */
import { claimId, normalise } from './ids.ts';
import { SAME_CLAIM, similarity, wordsOf } from './similarity.ts';

export type LedgerEntry =
	{ id: string; text: string; sources: string[]; was?: string | undefined } | { id: string; removed: true };

export interface Edition {
	date: string;
	claims: LedgerEntry[];
}

export interface Ledger {
	editions: Edition[];
}

/** A claim as an edition has it. */
export interface Wording {
	text: string;
	sources: string[];
}

/** A claim as it reads after some editions, with the ids it had before. */
export interface ClaimState extends Wording {
	id: string;
	aliases: string[];
}

/** The ledger folded up to an edition: the claims then, and those removed by then with their last wording. */
export interface LedgerState {
	claims: Map<string, ClaimState>;
	removed: Map<string, Wording & { date: string; aliases: string[] }>;
}

/** One claim's change in one edition. `before` is absent for a new claim, `after` for a removed one. */
export interface Change {
	id: string;
	/** The id it had before, when it changed. */
	was?: string;
	before?: Wording;
	after?: Wording;
}

export function emptyState(): LedgerState {
	return { claims: new Map(), removed: new Map() };
}

/** Apply one edition to `state` (in place), returning what changed. */
export function applyEdition(state: LedgerState, edition: Edition): Change[] {
	const changes: Change[] = [];
	for (const entry of edition.claims) {
		if ('removed' in entry) {
			const gone = state.claims.get(entry.id);
			if (!gone) continue;
			state.claims.delete(entry.id);
			state.removed.set(entry.id, {
				text: gone.text,
				sources: gone.sources,
				date: edition.date,
				aliases: gone.aliases,
			});
			changes.push({ id: entry.id, before: wording(gone) });
			continue;
		}
		const from = entry.was ?? entry.id;
		const old = state.claims.get(from);
		if (old && from !== entry.id) state.claims.delete(from);
		const aliases = old ? [...old.aliases, ...(from !== entry.id ? [from] : [])] : [];
		state.claims.set(entry.id, { id: entry.id, text: entry.text, sources: entry.sources, aliases });
		state.removed.delete(entry.id);
		changes.push({
			id: entry.id,
			...(old && from !== entry.id ? { was: from } : {}),
			...(old ? { before: wording(old) } : {}),
			after: { text: entry.text, sources: entry.sources },
		});
	}
	return changes;
}

function wording(claim: Wording): Wording {
	return { text: claim.text, sources: claim.sources };
}

/** The ledger folded to its latest edition. */
export function currentState(ledger: Ledger): LedgerState {
	const state = emptyState();
	for (const edition of ledger.editions) applyEdition(state, edition);
	return state;
}

/**
 * The state with the renames a correction gives (`claim` now, `was` before)
 * applied: a claim the ledger knows as `was` is the one the correction calls
 * `claim`, and no other claim takes a `was` id. An author (or a branch merged
 * in) who named a reworded claim by its new id keeps that id; `npm run claims`
 * then records the rename.
 */
export function withRenames(state: LedgerState, renamed: ReadonlyMap<string, readonly string[]>): LedgerState {
	if (renamed.size === 0) return state;
	const claims = new Map(state.claims);
	for (const [now, before] of renamed) {
		// Only a claim id can be a claim's new name: a correction's `claim` is the author's text.
		if (claims.has(now) || !CLAIM_ID.test(now)) continue;
		const old = before.map((id) => claims.get(id)).find(Boolean);
		if (!old) continue;
		claims.delete(old.id);
		claims.set(now, { ...old, id: now, aliases: [...old.aliases, old.id] });
	}
	// An id a correction lists as one a claim had is no claim's now, whatever the words say: its links land on
	// the claim the correction names (an author who folded two claims into one names the one it became).
	for (const before of renamed.values()) for (const id of before) claims.delete(id);
	return { claims, removed: state.removed };
}

const CLAIM_ID = /^c-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every edition with the changes it made, oldest first. */
export function editionChanges(ledger: Ledger): { date: string; changes: Change[] }[] {
	const state = emptyState();
	return ledger.editions.map((edition) => ({ date: edition.date, changes: applyEdition(state, edition) }));
}

/**
 * Which recorded claim each claim of the article is, as the build meets
 * them in order. The same words (as `normalise` sees them) take their
 * recorded id; otherwise the recorded claim most like it (`similarity.ts`),
 * among those no claim took and whose words no longer stand before a marker
 * in the article (so a claim further down, unchanged, keeps its own id).
 */
export class ClaimMatcher {
	readonly state: LedgerState;
	private readonly byText = new Map<string, string[]>();
	private readonly taken = new Set<string>();
	private readonly candidates: { id: string; words: string[] }[] = [];
	private readonly named: ReadonlySet<string>;

	/**
	 * @param article the article's text as written (markers and all), to tell which recorded wordings it still holds
	 * @param named ids a correction gave a reworded claim (`withRenames`): each is the claim whose words make that
	 *   id now, never one merely like the old words (a claim split in two would otherwise hand it to the wrong half)
	 */
	constructor(state: LedgerState, article: string, named: ReadonlySet<string> = new Set()) {
		this.state = state;
		this.named = named;
		// A claim is the words right before its marker: the text before each marker, to tell which
		// recorded wordings still end where a marker stands (a wording with words added after it does not).
		// Indexed by their last word, so each recorded claim is compared with a few texts, not all of them.
		const beforeMarkers = new Map<string, string[]>();
		for (const chunk of article.split(/\[(?=[@!])/).slice(0, -1)) {
			const normal = ` ${normalise(chunk)}`;
			const last = normal.slice(normal.lastIndexOf(' ') + 1);
			const same = beforeMarkers.get(last);
			if (same) same.push(normal);
			else beforeMarkers.set(last, [normal]);
		}
		for (const claim of state.claims.values()) {
			const normal = normalise(claim.text);
			const same = this.byText.get(normal);
			if (same) same.push(claim.id);
			else this.byText.set(normal, [claim.id]);
			const last = normal.slice(normal.lastIndexOf(' ') + 1);
			if (named.has(claim.id)) continue;
			if (!beforeMarkers.get(last)?.some((chunk) => chunk.endsWith(` ${normal}`)))
				this.candidates.push({ id: claim.id, words: normal.split(' ').filter(Boolean) });
		}
	}

	/** The recorded id for a claim with these words, if the ledger has one free; records it as taken. */
	idFor(text: string, free: (id: string) => boolean): string | undefined {
		const normal = normalise(text);
		const same = this.byText.get(normal)?.find((id) => !this.taken.has(id) && !this.named.has(id) && free(id));
		if (same) return this.take(same);
		const derived = claimId(text);
		if (this.named.has(derived) && this.state.claims.has(derived) && !this.taken.has(derived) && free(derived))
			return this.take(derived);
		const words = wordsOf(text);
		let best: { id: string; score: number } | undefined;
		for (const c of this.candidates) {
			if (this.taken.has(c.id) || !free(c.id)) continue;
			const score = similarity(words, c.words);
			if (score >= SAME_CLAIM && (!best || score > best.score)) best = { id: c.id, score };
		}
		return best ? this.take(best.id) : undefined;
	}

	/** The ids a recorded claim had before (editions backfilled from history renamed claims). */
	aliasesOf(id: string): string[] {
		return this.state.claims.get(id)?.aliases ?? [];
	}

	private take(id: string): string {
		this.taken.add(id);
		return id;
	}
}

/** A claim of the article as it reads now. */
export interface CurrentClaim extends Wording {
	id: string;
}

/**
 * The entries that turn `before` into `now`. Claims are the same claim when
 * they have the same id, when `renamed` says so (new id → ids it had),
 * when their words are the same, or, among those left, when they are alike
 * enough (`similarity.ts`); a claim whose id changed gets `was`.
 */
export function changesBetween(
	before: LedgerState,
	now: readonly CurrentClaim[],
	renamed: ReadonlyMap<string, readonly string[]> = new Map(),
): LedgerEntry[] {
	const left = new Map(before.claims);
	const match = new Map<CurrentClaim, string>();
	const pair = (claim: CurrentClaim, id: string | undefined) => {
		if (id === undefined || !left.has(id) || match.has(claim)) return;
		match.set(claim, id);
		left.delete(id);
	};
	for (const claim of now) pair(claim, left.has(claim.id) ? claim.id : undefined);
	for (const claim of now) for (const old of renamed.get(claim.id) ?? []) pair(claim, old);
	// The other ids a correction lists for a claim that is here were folded into it: no other claim is them.
	const folded: string[] = [];
	for (const claim of now) {
		for (const old of renamed.get(claim.id) ?? []) {
			if (!left.delete(old)) continue;
			folded.push(old);
		}
	}
	const byText = new Map<string, string>();
	for (const c of left.values()) if (!byText.has(normalise(c.text))) byText.set(normalise(c.text), c.id);
	for (const claim of now) if (!match.has(claim)) pair(claim, byText.get(normalise(claim.text)));
	// Alike enough: the best pairs first, so one loose match cannot take a close one's claim.
	const scored: { claim: CurrentClaim; id: string; score: number }[] = [];
	for (const claim of now) {
		if (match.has(claim)) continue;
		const words = wordsOf(claim.text);
		for (const old of left.values()) {
			const score = similarity(words, wordsOf(old.text));
			if (score >= SAME_CLAIM) scored.push({ claim, id: old.id, score });
		}
	}
	for (const s of scored.sort((a, b) => b.score - a.score)) pair(s.claim, s.id);

	const entries: LedgerEntry[] = [];
	for (const claim of now) {
		const old = match.get(claim);
		const was = old !== undefined && old !== claim.id ? old : undefined;
		const prior = old !== undefined ? before.claims.get(old) : undefined;
		if (prior && !was && prior.text === claim.text && sameList(prior.sources, claim.sources)) continue;
		entries.push({ id: claim.id, text: claim.text, sources: claim.sources, ...(was ? { was } : {}) });
	}
	for (const id of [...left.keys(), ...folded]) entries.push({ id, removed: true });
	return entries;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The ledger with the article as it reads now recorded as the edition of
 * `date`. An edition of the same day (or a date no later than the first
 * edition: edits before publication) is recomputed rather than added, so a
 * day's edits make one edition. Unchanged when nothing changed.
 */
export function recordEdition(
	ledger: Ledger | undefined,
	now: readonly CurrentClaim[],
	date: string,
	renamed?: ReadonlyMap<string, readonly string[]>,
): { ledger: Ledger; entries: LedgerEntry[] } {
	const editions = [...(ledger?.editions ?? [])];
	const first = editions[0]?.date;
	const day = first !== undefined && date < first ? first : date;
	if (editions.at(-1)?.date === day) editions.pop();
	const state = emptyState();
	for (const edition of editions) applyEdition(state, edition);
	const entries = changesBetween(state, now, renamed);
	if (entries.length === 0) return { ledger: { editions }, entries };
	return { ledger: { editions: [...editions, { date: day, claims: entries }] }, entries };
}
