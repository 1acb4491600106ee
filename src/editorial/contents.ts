/**
 * A long explainer's contents and reading time, for the line under its
 * headline: its sections (the author's `##` headings, with the key points
 * and the methods note where it has them) and the minutes its paragraphs
 * take to read. An explainer is long for this when the author divided it
 * into sections of their own; a list of one or two says less than the page.
 */

/** An explainer with at least this many sections of the author's own is long enough for a contents list. */
export const CONTENTS_FROM = 3;

/** Words a minute, for reading time: adults reading non-fiction silently (Brysbaert, 2019). */
const WORDS_PER_MINUTE = 238;

export interface Contents {
	sections: { id: string; text: string }[];
	minutes: number;
}

/** The contents of an explainer with these headings and paragraphs, or undefined when it is short; `blockIds` are the headings of blocks (key points, methods). */
export function contentsOf(
	headings: readonly { depth: number; id: string; text: string }[],
	paragraphs: readonly string[],
	blockIds: ReadonlySet<string> = new Set(),
): Contents | undefined {
	const sections = headings.filter((h) => h.depth === 2).map(({ id, text }) => ({ id, text }));
	if (sections.filter((s) => !blockIds.has(s.id)).length < CONTENTS_FROM) return undefined;
	const words = paragraphs.reduce((n, text) => n + (text.match(/\S+/g)?.length ?? 0), 0);
	return { sections, minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}
