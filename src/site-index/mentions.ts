/**
 * Finding where the explainers mention an entity: by name or alias,
 * ignoring case and diacritics, on whole words ("Trump’s" mentions Trump;
 * "Natal" does not mention NATO). Names become a tree of folded words,
 * walked as the text's words go by only as far as they follow a name, so
 * matching costs one pass over the text however many entities there are,
 * and however long a name (an alias of many words that all start with
 * "the" costs a word of "the" one step, not a join of every length).
 */
import { foldPerChar, foldedWords } from '../text/fold.ts';

export interface Mention {
	entity: string;
	/** Offsets into the text. */
	start: number;
	end: number;
}

export interface Nameable {
	id: string;
	name: string;
	aliases: readonly string[];
}

/** A word: a run of letters and digits (of folded text). */
const WORD = /[\p{L}\p{N}]+/gu;

/** A word of a name, and the words that may follow it; `entity` where a whole name ends. */
interface NameNode {
	next: Map<string, NameNode>;
	entity?: string;
}

export class MentionMatcher {
	/** The names as a tree of their folded words: a text's words walk it only as far as they follow a name. */
	readonly #names: NameNode = { next: new Map() };

	constructor(entities: Iterable<Nameable>) {
		for (const entity of entities) {
			for (const name of [entity.name, ...entity.aliases]) {
				const words = foldedWords(name);
				if (words.length === 0) continue;
				let node = this.#names;
				for (const word of words) {
					let next = node.next.get(word);
					if (!next) node.next.set(word, (next = { next: new Map() }));
					node = next;
				}
				// The first entity to claim a name keeps it (duplicate aliases are a content error elsewhere).
				node.entity ??= entity.id;
			}
		}
	}

	/** Every mention in `text`, longest name first where names overlap, in text order. */
	find(text: string): Mention[] {
		// Plain arrays of the words and where they start (a folded character keeps its place: `foldPerChar`).
		const words: string[] = [];
		const starts: number[] = [];
		const folded = foldPerChar(text);
		WORD.lastIndex = 0;
		for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
			words.push(m[0]);
			starts.push(m.index);
		}
		const out: Mention[] = [];
		for (let i = 0; i < words.length;) {
			// Walk the names as far as the words follow one, keeping the longest whole name passed.
			let node = this.#names.next.get(words[i]!);
			let matched = 0;
			let entity: string | undefined;
			for (let n = 1; node; n++) {
				if (node.entity) [matched, entity] = [n, node.entity];
				node = i + n < words.length ? node.next.get(words[i + n]!) : undefined;
			}
			if (entity) {
				const last = i + matched - 1;
				out.push({ entity, start: starts[i]!, end: starts[last]! + words[last]!.length });
			}
			i += matched || 1;
		}
		return out;
	}

	/** Ids of the entities `text` mentions, in order of first mention. */
	entitiesIn(text: string): string[] {
		return [...new Set(this.find(text).map((m) => m.entity))];
	}
}

/** `text` split into plain and matched parts, for highlighting `entity`'s mentions. */
export function markMentions(
	text: string,
	mentions: readonly Mention[],
	entity: string,
): { text: string; match: boolean }[] {
	const parts: { text: string; match: boolean }[] = [];
	let last = 0;
	for (const m of mentions) {
		if (m.entity !== entity) continue;
		if (m.start > last) parts.push({ text: text.slice(last, m.start), match: false });
		parts.push({ text: text.slice(m.start, m.end), match: true });
		last = m.end;
	}
	if (last < text.length) parts.push({ text: text.slice(last), match: false });
	return parts;
}
