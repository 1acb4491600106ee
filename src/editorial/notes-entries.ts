/**
 * Which words of the research notes are a source's, and whose. The notes
 * mix the sources' words (in quote marks, or in a `>` block) with the
 * researcher's own commentary, and file each quote under a source entry:
 * a table row that starts with its id, a line that names it ("- ap-x:
 * “…”"), or a list item, numbered paragraph or heading that names it
 * above the line. A quote belongs to the nearest naming before it on its
 * line (after the previous quote), else to the same owner as the quote
 * before it, else to whatever names the line or its enclosing items; a
 * table row's quotes belong to the row. A naming is a source id or the
 * address of the page read; which tokens are names is decided when the
 * check knows the source records (see `ownersOf`).
 */
import { normalise } from './notes-text.ts';

/** A quoted passage of the notes, with the tokens that may name its owner. */
export interface QuotedPassage {
	line: number;
	column: number;
	/** The words, normalised (notes-text.ts). */
	text: string;
	/** Candidate names, most specific first: each group is tried in turn and the first with a known name wins. */
	scopes: string[][];
}

const ID = /[a-z0-9]+(?:-[a-z0-9]+)+/g;
const URL = /(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^\s|)<>"“”,]*/gi;
const QUOTED = /“([^“”]+)”|"([^"]+)"/g;

/** An address without its scheme or trailing punctuation, so notes and records compare. */
export function addressKey(url: string): string {
	return url.replace(/^https?:\/\//i, '').replace(/[.,;:]+$/, '');
}

/** Ids and addresses in `text`, in order, with where each starts. */
function tokens(text: string): { at: number; token: string }[] {
	const found: { at: number; token: string }[] = [];
	const urls: [number, number][] = [];
	for (const m of text.matchAll(URL)) {
		found.push({ at: m.index, token: addressKey(m[0]) });
		urls.push([m.index, m.index + m[0].length]);
	}
	for (const m of text.matchAll(ID)) {
		const inUrl = urls.some(([a, b]) => m.index >= a && m.index < b);
		const glued = /[\w./]/.test(text[m.index - 1] ?? ' ');
		if (!inUrl && !glued) found.push({ at: m.index, token: m[0] });
	}
	return found.sort((a, b) => a.at - b.at);
}

/** Every quoted passage of the notes, with its candidate owners. */
export function quotedPassages(text: string): QuotedPassage[] {
	const out: QuotedPassage[] = [];
	let heading: string[] = [];
	let lead: string[] = [];
	let stack: { indent: number; names: string[] }[] = [];
	const inherited = () => [...stack.flatMap((s) => s.names).reverse(), ...lead, ...heading];
	text.split('\n').forEach((raw, i) => {
		const line = i + 1;
		const lineNames = tokens(raw);
		const names = lineNames.map((t) => t.token);
		if (/^#{1,6}\s/.test(raw)) {
			heading = names;
			lead = [];
			stack = [];
			return;
		}
		if (/^\s*\|/.test(raw)) {
			for (const q of quotesIn(raw)) out.push({ line, column: q.at + 1, text: q.text, scopes: [names] });
			return;
		}
		if (raw.trim() === '') return;
		const item = /^(\s*)(?:[-*+]|\d+\.)\s/.exec(raw);
		const block = /^(\s*)>\s?/.exec(raw);
		let outer: string[];
		if (item) {
			const indent = item[1]!.length;
			while (stack.length > 0 && stack.at(-1)!.indent >= indent) stack.pop();
			outer = inherited();
			stack.push({ indent, names });
		} else if (block || /^\s/.test(raw)) {
			outer = inherited();
		} else {
			// A paragraph at the margin ("**C3. Seed:** …", an introduction) opens a new entry.
			lead = names;
			stack = [];
			outer = [...lead, ...heading];
		}
		let previous: string[] | undefined;
		let from = 0;
		const passages = block
			? [{ at: block[0].length, end: raw.length, text: normalise(raw.slice(block[0].length)) }, ...quotesIn(raw)]
			: quotesIn(raw);
		for (const q of passages) {
			const before = lineNames
				.filter((t) => t.at >= from && t.at < q.at)
				.map((t) => t.token)
				.reverse();
			const scopes = [before, ...(previous ? [previous] : []), names, outer];
			out.push({ line, column: q.at + 1, text: q.text, scopes });
			if (before.length > 0) previous = before;
			if (!block || q.at !== block[0].length) from = q.end;
		}
	});
	return out;
}

function quotesIn(raw: string): { at: number; end: number; text: string }[] {
	return [...raw.matchAll(QUOTED)].map((m) => ({
		at: m.index,
		end: m.index + m[0].length,
		text: normalise(m[1] ?? m[2]!),
	}));
}

/** What a passage's owner must match: a source's id, or the address of the page it was read on. */
export interface Owner {
	id: string;
	url: string;
}

/**
 * The owners of a passage, given what counts as a name: the first scope
 * with a known name, all its known names. `pageOf` gives the addresses a
 * name stands for (a source id: its record's address and the addresses in
 * its notes row), so two records of one page are one entry.
 */
export function ownedBy(
	passage: QuotedPassage,
	owner: Owner,
	known: (token: string) => boolean,
	pageOf: (token: string) => readonly string[],
): boolean {
	const scope = passage.scopes.map((s) => s.filter(known)).find((s) => s.length > 0) ?? [];
	const page = addressKey(owner.url);
	return scope.some((name) => name === owner.id || name === page || pageOf(name).includes(page));
}

/** The addresses each table row gives, by the id in its first cell: the page a notes id stands for. */
export function rowPages(text: string): Map<string, string[]> {
	const rows = new Map<string, string[]>();
	for (const raw of text.split('\n')) {
		const cells = raw.split('|');
		if (!/^\s*\|/.test(raw) || cells.length < 3) continue;
		const id = /^\s*([a-z0-9]+(?:-[a-z0-9]+)+)\b/.exec(cells[1]!)?.[1];
		if (!id) continue;
		rows.set(id, [...(rows.get(id) ?? []), ...[...raw.matchAll(URL)].map((m) => addressKey(m[0]))]);
	}
	return rows;
}
