/**
 * HTML (as hast) for citation markers and per-paragraph source notes.
 * Plain links and lists: complete without JavaScript or CSS.
 */
import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Source } from '../schema/source.ts';
import { excerpt, formatShortDate } from './format.ts';
import { LABEL_TEXT, type ClaimStatus, type SupportKind } from './labels.ts';
import { urlAtQuote } from './text-fragment.ts';

/** One claim a source supports in a paragraph, with its labels. */
export interface Support {
	claimId: string;
	claimText: string;
	quote?: string;
	support: SupportKind;
	status?: ClaimStatus;
	/** Different outlets supporting the claim (corroboration). */
	outlets: number;
}

/** A paragraph's entry for one source: the source, its page number, and what it supports here. */
export interface NoteEntry {
	source: Source;
	number: number;
	supports: Support[];
}

/** A headline as shown: supplied descriptions in square brackets, as bibliographies do. */
export function displayTitle(source: Source): string {
	return source.titleSupplied ? `[${source.title}]` : source.title;
}

/** Fragment id of a source's entry in a paragraph's notes. */
export function noteId(paragraphId: string, number: number): string {
	return `${paragraphId}-s${number}`;
}

/** Accessible name of a marker: what the reader would go to. */
export function markerLabel(source: Source, number: number): string {
	return `Source ${number}: ${source.outlet}${source.published ? `, ${formatShortDate(source.published)}` : ''}`;
}

/** The superscript after a claim: one link per source, to its entry beside the paragraph. */
export function renderMarker(paragraphId: string, claimId: string, cited: { source: Source; number: number }[]): Element {
	const links: ElementContent[] = [];
	cited.forEach(({ source, number }, i) => {
		if (i > 0) links.push(h('span.marker-sep', { ariaHidden: 'true' }, ','));
		links.push(h('a', { href: `#${noteId(paragraphId, number)}`, role: 'doc-noteref', ariaLabel: markerLabel(source, number) }, String(number)));
	});
	return h('sup.marker', { dataClaim: claimId }, links);
}

/** The aside listing a paragraph's sources, in marker order. */
export function renderNotes(paragraphId: string, paragraphText: string, entries: NoteEntry[]): Element {
	return h(
		'aside.notes',
		{ ariaLabel: `Sources for the paragraph “${excerpt(paragraphText, 48)}”` },
		h('ol.notes-list', entries.map((entry) => renderEntry(paragraphId, entry))),
	);
}

function renderEntry(paragraphId: string, { source, number, supports }: NoteEntry): Element {
	const meta: ElementContent[] = [h('span.note-outlet', source.outlet)];
	if (source.published) meta.push(h('time', { dateTime: source.published }, formatShortDate(source.published)));
	// Say when the link goes to a copy or republication, not the outlet's own page.
	if (source.via) meta.push(h('span.note-via', source.via));
	return h('li.note', { id: noteId(paragraphId, number), value: number, dataSource: source.id }, [
		h('span.note-number', { ariaHidden: 'true' }, String(number)),
		h('p.note-source', [
			h('span.note-meta', joinWith(meta, ' · ')),
			' ',
			h('cite', h('a.note-title', { href: source.url, rel: 'noopener' }, displayTitle(source))),
			...(source.archive ? [' ', h('a.note-archive', { href: source.archive, rel: 'noopener' }, 'Archived copy')] : []),
		]),
		...supports.map((support) => renderSupport(source, support)),
	]);
}

function renderSupport(source: Source, support: Support): Element {
	const { claimId, claimText, quote } = support;
	const actions: ElementContent[] = [];
	if (quote) {
		actions.push(h('a.open-at-quote', { href: urlAtQuote(source.url, quote), rel: 'noopener' }, ['Open at quote', h('span.visually-hidden', ` in ${source.outlet}`)]));
	}
	// Short names: the entry around them says which source and quote they belong to.
	actions.push(h('a.backlink', { href: `#${claimId}`, role: 'doc-backlink', title: excerpt(claimText, 60) }, '↩ Claim'));
	actions.push(h('a.claim-link', { href: `#${claimId}`, dataCopy: '' }, 'Link to claim'));
	return h('div.support', { dataClaim: claimId }, [
		...(quote ? [h('blockquote.quote', { cite: source.url }, h('p', `“${quote}”`))] : []),
		renderLabels(support),
		h('p.support-actions', joinWith(actions, ' ')),
	]);
}

/** Small labels: directness, corroboration and (when authored) status. */
export function renderLabels({ support, outlets, status }: Pick<Support, 'support' | 'outlets' | 'status'>): Element {
	const labels: ElementContent[] = [
		h(`span.label.label-${support}`, LABEL_TEXT[support].name),
		outlets > 1 ? h('span.label.label-corroborated', `${LABEL_TEXT.corroborated.name} (${outlets} outlets)`) : h('span.label.label-single', LABEL_TEXT.single.name),
	];
	if (status) labels.push(h(`strong.label.label-${status}`, LABEL_TEXT[status].name));
	return h('p.labels', [h('span.visually-hidden', 'Support: '), ...joinWith(labels, ' ')]);
}

function joinWith(items: ElementContent[], separator: string): ElementContent[] {
	return items.flatMap((item, i) => (i === 0 ? [item] : [{ type: 'text', value: separator }, item]));
}
