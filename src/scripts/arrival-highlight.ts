/**
 * Arriving from a search result (`?highlight=words#paragraph`): mark the
 * matched words inside the target paragraph, and the paragraph itself.
 * Marks are inline and add no space, so nothing moves after the page
 * settles; the browser has already scrolled to the fragment.
 */
import { foldPerChar, normaliseName } from '../lib/mentions.ts';

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Wrap each word of `terms` (as a word start, so stems match) in <mark>. */
export function markTerms(root: Element, terms: string[]): number {
	const words = terms.flatMap((t) => normaliseName(t).split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 1);
	if (words.length === 0) return 0;
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'gu');
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const nodes: Text[] = [];
	for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
	let count = 0;
	for (const node of nodes) {
		const text = node.data;
		const folded = foldPerChar(text);
		const matches = [...folded.matchAll(pattern)];
		if (matches.length === 0 || folded.length !== text.length) continue;
		const frag = document.createDocumentFragment();
		let last = 0;
		for (const m of matches) {
			frag.append(text.slice(last, m.index));
			const mark = document.createElement('mark');
			mark.className = 'search-hit';
			mark.textContent = text.slice(m.index, m.index + m[0].length);
			frag.append(mark);
			last = m.index + m[0].length;
			count++;
		}
		frag.append(text.slice(last));
		node.replaceWith(frag);
	}
	return count;
}

export function highlightArrival(): void {
	const query = new URLSearchParams(location.search).get('highlight');
	if (!query) return;
	const id = decodeURIComponent(location.hash.slice(1));
	const target = (id && document.getElementById(id)) || document.querySelector('main');
	if (!target) return;
	target.classList.add('search-target');
	markTerms(target, [query]);
}
