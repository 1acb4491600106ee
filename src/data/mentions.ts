/**
 * Finding where the explainers mention an entity: by name or alias,
 * ignoring case and diacritics, on whole words ("Trump’s" mentions Trump;
 * "Natal" does not mention NATO). Names become sequences of folded words,
 * looked up in a map as the text's words go by, so matching costs one
 * pass over the text however many entities there are.
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

export class MentionMatcher {
	readonly #names = new Map<string, string>();
	/** First words of all names: most words of a text start none, and are passed over at once. */
	readonly #firsts = new Set<string>();
	#longest = 1;

	constructor(entities: Iterable<Nameable>) {
		for (const entity of entities) {
			for (const name of [entity.name, ...entity.aliases]) {
				const words = foldedWords(name);
				if (words.length === 0) continue;
				const key = words.join(' ');
				// The first entity to claim a name keeps it (duplicate aliases are a content error elsewhere).
				if (!this.#names.has(key)) this.#names.set(key, entity.id);
				this.#firsts.add(words[0]!);
				this.#longest = Math.max(this.#longest, words.length);
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
			if (!this.#firsts.has(words[i]!)) {
				i++;
				continue;
			}
			let matched = 0;
			for (let n = Math.min(this.#longest, words.length - i); n > 0 && !matched; n--) {
				const entity = this.#names.get(n === 1 ? words[i]! : words.slice(i, i + n).join(' '));
				if (entity) {
					const last = i + n - 1;
					out.push({ entity, start: starts[i]!, end: starts[last]! + words[last]!.length });
					matched = n;
				}
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
