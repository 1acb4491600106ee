/**
 * Arriving from a search result (`?highlight=word#paragraph`): mark the
 * matched words in that paragraph. When they are in a supporting quote
 * rather than the paragraph's own words, mark them in the quote, open its
 * card and light up the claim the quote supports. Marks are inline and add
 * no space; the browser has already scrolled to the fragment.
 */
import { fold, foldPerChar } from '../text/fold.ts';
import { escapeRegExp } from '../text/regexp.ts';

/** Wrap each of `terms` (as a word start, so stems match) in <mark>, in the text under `root`. */
export function markTerms(root: Element, terms: string[]): number {
	const words = terms.flatMap((t) => fold(t).split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 1);
	if (words.length === 0) return 0;
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'gu');
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('.marker, summary') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
	});
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
			frag.append(
				text.slice(last, m.index),
				Object.assign(document.createElement('mark'), {
					className: 'search-hit',
					textContent: text.slice(m.index, m.index + m[0].length),
				}),
			);
			last = m.index + m[0].length;
			count++;
		}
		frag.append(text.slice(last));
		node.replaceWith(frag);
	}
	return count;
}

/** The fragment's element, tolerating a malformed escape (`#%`). */
function target(): Element | null {
	let id = location.hash.slice(1);
	try {
		id = decodeURIComponent(id);
	} catch {}
	return (id && document.getElementById(id)) || document.querySelector('main');
}

export function highlightArrival(): void {
	const terms = new URLSearchParams(location.search).getAll('highlight').filter(Boolean);
	const paragraph = target();
	if (terms.length === 0 || !paragraph) return;
	paragraph.classList.add('search-target');
	if (markTerms(paragraph, terms) > 0) return;
	// Not in the paragraph's words: in one of the quotes beside it?
	const notes = paragraph.nextElementSibling?.matches('.notes') ? paragraph.nextElementSibling : null;
	for (const support of notes?.querySelectorAll<HTMLElement>('.support') ?? []) {
		const quote = support.querySelector('.quote');
		if (!quote || markTerms(quote, terms) === 0) continue;
		for (const details of [support.closest('details.note-card'), support.closest('details.notes-fold')])
			if (details) (details as HTMLDetailsElement).open = true;
		const back = support.querySelector<HTMLAnchorElement>('a[role=doc-backlink]');
		const claim = back && document.getElementById(back.hash.slice(1));
		if (claim) claim.classList.add('search-target', 'is-active');
	}
}
