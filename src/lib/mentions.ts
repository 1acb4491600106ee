/**
 * Finding where an explainer mentions an entity: by name or alias, ignoring
 * case and diacritics, on word boundaries ("Trump’s" mentions Trump;
 * "Natal" does not mention NATO).
 */

/** Lowercase, without diacritics, with typographic apostrophes and dashes made plain. */
export function normaliseName(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[’‘]/g, "'")
		.replace(/[‐‑–—]/g, '-')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const patterns = new Map<string, RegExp>();

/** A matcher for any of `names` in normalised text (compiled once per list of names). */
export function mentionPattern(names: readonly string[]): RegExp {
	const key = names.join('\n');
	let pattern = patterns.get(key);
	if (!pattern) patterns.set(key, (pattern = compile(names)));
	return pattern;
}

function compile(names: readonly string[]): RegExp {
	const alternatives = [...new Set(names.map(normaliseName))].sort((a, b) => b.length - a.length).map(escape);
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** True when `text` mentions any of `names`. */
export function mentions(text: string, names: readonly string[]): boolean {
	return mentionPattern(names).test(normaliseName(text));
}

/**
 * `text` split into plain and matched parts, for highlighting a mention.
 * Offsets are kept because normalising keeps one character per character
 * for the scripts our content uses (NFKD + dropping marks).
 */
export function markMentions(text: string, names: readonly string[]): { text: string; match: boolean }[] {
	const pattern = new RegExp(mentionPattern(names).source, 'gu');
	const folded = foldPerChar(text);
	const parts: { text: string; match: boolean }[] = [];
	let last = 0;
	for (const m of folded.matchAll(pattern)) {
		if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false });
		parts.push({ text: text.slice(m.index, m.index + m[0].length), match: true });
		last = m.index + m[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), match: false });
	return parts;
}

/** normaliseName applied per character, so offsets line up with the original. */
export function foldPerChar(text: string): string {
	return [...text].map((ch) => {
		const folded = normaliseName(ch);
		return folded.length === 1 ? folded : ch.length === 1 ? ch.toLowerCase() : ch;
	}).join('');
}
