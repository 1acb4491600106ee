/**
 * HTML (as hast) for citation markers and each paragraph's source notes.
 *
 * A paragraph's notes are one `<aside>`: a `<details>` whose summary names
 * the sources on one line ("Sources: 1 AFP · 2 Reuters, disputed") and
 * whose list holds one compact entry per source. Each entry is itself a
 * `<details>`: the line (number, outlet, date, a chip when disputed or
 * unconfirmed) opens the full card (headline, quote, labels, links). Wide
 * screens show the list in the margin; phones keep the one line; print
 * opens everything. All of it is plain HTML: nothing needs JavaScript.
 */
import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Source } from '../schema/source.ts';
import { excerpt } from '../text/format.ts';
import { attribution, provenance } from './corroboration.ts';
import { LABEL_TEXT, type ClaimStatus, type Editorial, type SupportKind } from './labels.ts';
import { displayTitle, shortDateLabel, sourceDate } from './source-display.ts';
import { urlAtQuote } from './text-fragment.ts';

/** One claim a source supports in a paragraph, with its labels. */
export interface Support {
	claimId: string;
	quote?: string;
	support: SupportKind;
	status?: ClaimStatus;
	editorial?: Editorial;
	/** Independent origins supporting the claim. */
	origins: number;
}

/** A paragraph's entry for one source: the source, its page number, and what it supports here. */
export interface NoteEntry {
	source: Source;
	number: number;
	supports: Support[];
}

/** A claim in the paragraph that is our own words (`[!analysis]`, `[!note]`) with no source. */
export interface EditorialEntry {
	kind: Editorial;
	claimId: string;
	claimText: string;
}

/** Fragment id of a source's entry in a paragraph's notes. */
export function noteId(paragraphId: string, number: number): string {
	return `${paragraphId}-s${number}`;
}

/** Fragment id of an editorial entry (one per kind per paragraph). */
export function editorialNoteId(paragraphId: string, kind: Editorial): string {
	return `${paragraphId}-${kind}`;
}

/** Accessible name of a marker: what the reader would go to. */
export function markerLabel(source: Source, number: number): string {
	const date = sourceDate(source);
	return `Source ${number}: ${attribution(source)}${date ? `, ${shortDateLabel(date)}` : ''}`;
}

/** The superscript after a claim: one link per source ("3,13"), to its entry beside the paragraph. */
export function renderMarker(paragraphId: string, claimId: string, cited: { source: Source; number: number }[], editorial?: Editorial): Element {
	const links: ElementContent[] = [];
	for (const { source, number } of cited) {
		if (links.length > 0) links.push(h('span.marker-sep', { ariaHidden: 'true' }, ','));
		links.push(h('a', { href: `#${noteId(paragraphId, number)}`, role: 'doc-noteref', ariaLabel: markerLabel(source, number) }, String(number)));
	}
	if (editorial) {
		if (links.length > 0) links.push(h('span.marker-sep', { ariaHidden: 'true' }, ','));
		links.push(h('a', { href: `#${editorialNoteId(paragraphId, editorial)}`, role: 'doc-noteref', ariaLabel: LABEL_TEXT[`our-${editorial}`].name }, '†'));
	}
	return h('sup.marker', { dataClaim: claimId }, links);
}

/** The aside listing a paragraph's sources (and editorial labels), in marker order. */
export function renderNotes(paragraphId: string, paragraphText: string, entries: NoteEntry[], editorials: EditorialEntry[]): Element {
	const kinds = [...new Set(editorials.map((e) => e.kind))];
	const line = [
		...entries.map(({ source, number, supports }) => {
			const status = strongestStatus(supports);
			return `${number} ${attribution(source)}${status ? `, ${status}` : ''}`;
		}),
		...kinds.map((k) => `† ${LABEL_TEXT[`our-${k}`].name.toLowerCase()}`),
	].join(' · ');
	return h('aside.notes', { ariaLabel: `Sources for “${excerpt(paragraphText, 48)}”` }, [
		h('details.notes-fold', [
			h('summary', [h('span.notes-label', entries.length > 0 ? 'Sources: ' : 'Labels: '), line]),
			h('ol.notes-list', [
				...entries.map((entry) => renderEntry(paragraphId, entry)),
				...kinds.map((kind) => renderEditorial(paragraphId, kind, editorials.filter((e) => e.kind === kind))),
			]),
		]),
	]);
}

function strongestStatus(supports: Support[]): ClaimStatus | undefined {
	if (supports.some((s) => s.status === 'disputed')) return 'disputed';
	if (supports.some((s) => s.status === 'unconfirmed')) return 'unconfirmed';
	return undefined;
}

function renderEntry(paragraphId: string, { source, number, supports }: NoteEntry): Element {
	const date = sourceDate(source);
	const status = strongestStatus(supports);
	// The outlet's name is also the search filter "Outlet cited" for the page.
	const line: ElementContent[] = [h('span.note-number', String(number)), ' ', h('span.note-outlet', { dataPagefindFilter: 'outlet' }, attribution(source))];
	if (date) line.push(' ', h('time', { dateTime: date.iso }, shortDateLabel(date)));
	if (status) line.push(' ', h(`strong.chip.chip-${status}`, LABEL_TEXT[status].name));
	const about = [provenance(source), source.via].filter(Boolean).join('. ');
	return h('li.note', { id: noteId(paragraphId, number), value: number, dataSource: source.id }, [
		h('details.note-card', [
			h('summary.note-line', line),
			h('div.card', [
				h('p.card-source', [
					h('cite', h('a.note-title', { href: source.url, rel: 'noopener' }, displayTitle(source))),
					...(about ? [' ', h('span.note-via', about)] : []),
					...(source.archive ? [' ', h('a.note-archive', { href: source.archive, rel: 'noopener' }, 'Archived copy')] : []),
				]),
				...supports.map((support) => renderSupport(source, support)),
			]),
		]),
	]);
}

function renderSupport(source: Source, support: Support): Element {
	const { claimId, quote } = support;
	const actions: ElementContent[] = [];
	if (quote) actions.push(h('a.open-at-quote', { href: urlAtQuote(source.url, quote), rel: 'noopener' }, 'Open at quote'), ' ');
	actions.push(h('a.backlink', { href: `#${claimId}`, role: 'doc-backlink' }, '↩ Claim'), ' ', h('a.claim-link', { href: `#${claimId}`, dataCopy: '' }, 'Link to claim'));
	return h('div.support', { dataClaim: claimId }, [
		...(quote ? [h('blockquote.quote', { cite: source.url }, h('p', `“${quote}”`))] : []),
		renderLabels(support),
		h('p.support-actions', actions),
	]);
}

/** An entry for our own words: what the label means, and a link back to each such claim. */
function renderEditorial(paragraphId: string, kind: Editorial, claims: EditorialEntry[]): Element {
	const label = LABEL_TEXT[`our-${kind}`];
	return h('li.note.note-editorial', { id: editorialNoteId(paragraphId, kind) }, [
		h('details.note-card', [
			h('summary.note-line', [h('span.note-number', '†'), ' ', h('span.note-outlet', label.name)]),
			h('div.card', [
				h('p', label.legend),
				...claims.map((c) => h('p.support-actions', [h('a.backlink', { href: `#${c.claimId}`, role: 'doc-backlink' }, '↩ Claim'), ' ', h('span.note-claim', `“${excerpt(c.claimText, 70)}”`)])),
			]),
		]),
	]);
}

/** Small labels: directness, corroboration, and (when authored) status and editorial. */
export function renderLabels({ support, origins, status, editorial }: Pick<Support, 'support' | 'origins' | 'status' | 'editorial'>): Element {
	const labels: ElementContent[] = [
		h(`span.label.label-${support}`, LABEL_TEXT[support].name),
		origins > 1 ? h('span.label.label-corroborated', `${LABEL_TEXT.corroborated.name}: ${origins} independent origins`) : h('span.label.label-single-origin', LABEL_TEXT['single-origin'].name),
	];
	if (status) labels.push(h(`strong.label.label-${status}`, LABEL_TEXT[status].name));
	if (editorial) labels.push(h(`span.label.label-our-${editorial}`, LABEL_TEXT[`our-${editorial}`].name));
	return h('p.labels', [h('span.visually-hidden', 'Support: '), ...labels.flatMap((l, i) => (i === 0 ? [l] : [' ', l]))]);
}
