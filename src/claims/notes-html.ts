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
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Claim, SourceRecord as Source } from './model.ts';
import { excerpt } from '../text/format.ts';
import { withWritten, written, type Raw } from '../text/html.ts';
import { attribution, provenance } from './corroboration.ts';
import { LABEL_TEXT, type ClaimStatus, type Editorial, type SupportKind } from './labels.ts';
import { displayTitle, sourceDate, sourceDateLabel } from './source-display.ts';
import { editorialNoteId, noteId, quoteId } from './ids.ts';
import { urlAtQuote } from './text-fragment.ts';

/** One claim a source supports in a paragraph, with its labels. */
export interface Support {
	claimId: string;
	quote?: string;
	support: SupportKind;
	status?: ClaimStatus;
	editorial?: Editorial;
	/** Independent origins whose quoted passages support the claim (see corroboration.ts). */
	origins: number;
	/** The claim's sources are recorded as differing: labelled so, never "Corroborated". */
	differs?: boolean;
}

/** A paragraph's entry for one source: the source, its page number, and what it supports here. */
export interface NoteEntry {
	source: Source;
	number: number;
	supports: Support[];
}

/**
 * One entry per source per block; a source cited twice in a block lists every claim it supports.
 * `claim` carries its labels (`origins`, `differs`) as counted against the source records.
 */
export function addSupport(
	entries: NoteEntry[],
	source: Source,
	number: number,
	cited: Claim['sources'][number],
	claim: Pick<Claim, 'id' | 'origins' | 'differs' | 'status' | 'editorial'>,
): void {
	let entry = entries.find((e) => e.source.id === source.id);
	if (!entry) entries.push((entry = { source, number, supports: [] }));
	entry.supports.push({
		claimId: claim.id,
		support: cited.support,
		origins: claim.origins ?? 0,
		...(claim.differs ? { differs: true } : {}),
		...(cited.quote ? { quote: cited.quote } : {}),
		...(claim.status ? { status: claim.status } : {}),
		...(claim.editorial ? { editorial: claim.editorial } : {}),
	});
}

/** A claim in the paragraph that is our own words (`[!analysis]`, `[!note]`) with no source. */
export interface EditorialEntry {
	kind: Editorial;
	claimId: string;
	claimText: string;
}

/** Accessible name of a marker: what the reader would go to. */
export function markerLabel(source: Source, number: number): string {
	const date = sourceDateLabel(source);
	return `Source ${number}: ${attribution(source)}${date ? `, ${date}` : ''}`;
}

/** The superscript after a claim: one link per source ("3,13"), to its entry beside the paragraph. */
export function renderMarker(
	paragraphId: string,
	claimId: string,
	cited: { source: Source; number: number }[],
	editorial?: Editorial,
): Element {
	const links: ElementContent[] = [];
	for (const { source, number } of cited) {
		if (links.length > 0) links.push(separator());
		links.push(
			h(
				'a',
				{ href: `#${noteId(paragraphId, number)}`, role: 'doc-noteref', ariaLabel: markerLabel(source, number) },
				String(number),
			),
		);
	}
	if (editorial) {
		if (links.length > 0) links.push(separator());
		links.push(
			h(
				'a',
				{
					href: `#${editorialNoteId(paragraphId, editorial)}`,
					role: 'doc-noteref',
					ariaLabel: LABEL_TEXT[`our-${editorial}`].name,
				},
				'†',
			),
		);
	}
	return h('sup', { className: ['marker'], dataClaim: claimId }, links);
}

const separator = (): Element => h('span', { className: ['marker-sep'], ariaHidden: 'true' }, ',');

/** `items` with a space between each two, as inline content. */
function spaced(items: readonly (ElementContent | string)[]): (ElementContent | string)[] {
	return items.flatMap((item, i) => (i === 0 ? [item] : [' ', item]));
}

/** The aside listing a paragraph's sources (and editorial labels), in marker order, as HTML. */
export function renderNotes(paragraphId: string, entries: NoteEntry[], editorials: EditorialEntry[]): string {
	const kinds = [...new Set(editorials.map((e) => e.kind))];
	const line = [
		...entries.map(({ source, number, supports }) => {
			const status = strongestStatus(supports);
			return `${number} ${attribution(source)}${status ? `, ${status}` : ''}`;
		}),
		...kinds.map((k) => `† ${LABEL_TEXT[`our-${k}`].name.toLowerCase()}`),
	].join(' · ');
	// A note (role=note), not a landmark: fifty "complementary" landmarks would bury the page's real ones.
	const notes = h('div', { class: 'notes', role: 'note' }, [
		h('details', { class: 'notes-fold' }, [
			h('summary', [h('span', { class: 'notes-label' }, entries.length > 0 ? 'Sources: ' : 'Labels: '), line]),
			h('ol', { class: 'notes-list' }, [
				...entries.map((entry) => renderEntry(paragraphId, entry)),
				...kinds.map((kind) =>
					renderEditorial(
						paragraphId,
						kind,
						editorials.filter((e) => e.kind === kind),
					),
				),
			]),
		]),
	]);
	return withWritten(notes);
}

function strongestStatus(supports: Support[]): ClaimStatus | undefined {
	if (supports.some((s) => s.status === 'disputed')) return 'disputed';
	if (supports.some((s) => s.status === 'unconfirmed')) return 'unconfirmed';
	return undefined;
}

/** What a source's entry shows wherever the source is cited: its name and date, and its headline and provenance. */
interface SourceParts {
	outlet: Raw;
	head: Raw;
}

/** Written once per source record (see `written()`): a source is cited in many paragraphs of many explainers. */
const sourceParts = new WeakMap<Source, SourceParts>();

function partsOf(source: Source): SourceParts {
	let parts = sourceParts.get(source);
	if (parts) return parts;
	const date = sourceDate(source);
	const about = [provenance(source), source.via].filter(Boolean).join('. ');
	// The outlet's name is also the search filter "Outlet cited" for the page.
	const outlet = [
		h('span', { class: 'note-outlet', 'data-pagefind-filter': 'outlet' }, attribution(source)),
		date && h('time', { datetime: date.iso }, sourceDateLabel(source)!),
	].filter((e): e is Element => Boolean(e));
	const head = h('p', { class: 'card-source' }, [
		h('cite', [h('a', { class: 'note-title', href: source.url, rel: 'noopener' }, displayTitle(source))]),
		about ? [' ', h('span', { class: 'note-via' }, about)] : [],
		source.archive
			? [' ', h('a', { class: 'note-archive', href: source.archive, rel: 'noopener' }, 'Archived copy')]
			: [],
	]);
	parts = { outlet: written(h(null, spaced(outlet))), head: written(head) };
	sourceParts.set(source, parts);
	return parts;
}

function renderEntry(paragraphId: string, { source, number, supports }: NoteEntry): Element {
	let quotes = 0;
	const status = strongestStatus(supports);
	const { outlet, head } = partsOf(source);
	const line = [
		h('span', { class: 'note-number' }, String(number)),
		outlet,
		status && h('strong', { class: `chip chip-${status}` }, LABEL_TEXT[status].name),
	].filter((e): e is Element | Raw => Boolean(e));
	return h('li', { class: 'note', id: noteId(paragraphId, number), 'data-source': source.id }, [
		h('details', { class: 'note-card' }, [
			h('summary', { class: 'note-line' }, spaced(line)),
			h('div', { class: 'card' }, [
				head,
				...supports.map((support) =>
					renderSupport(source, support, support.quote ? quoteId(noteId(paragraphId, number), ++quotes) : undefined),
				),
			]),
		]),
	]);
}

/**
 * A quote is its own search anchor (`…-s3q1`, titled with the outlet), so
 * a phrase remembered from it finds the paragraph it supports, and the
 * result shows the quote with whose words they are.
 */
function renderSupport(source: Source, support: Support, quoteId: string | undefined): Element {
	const { claimId, quote } = support;
	// The back link is also the claim's link: the script adds a button that copies it.
	const actions = [
		quote && h('a', { class: 'open-at-quote', href: urlAtQuote(source.url, quote), rel: 'noopener' }, 'Open at quote'),
		h('a', { class: 'backlink', href: `#${claimId}`, role: 'doc-backlink' }, '↩ Claim'),
	].filter((e): e is Element => Boolean(e));
	return h('div', { class: 'support' }, [
		quote
			? h('blockquote', { class: 'quote', cite: source.url, id: quoteId, 'data-pagefind-title': attribution(source) }, [
					h('p', `“${quote}”`),
				])
			: [],
		labelsOf(support),
		h('p', { class: 'support-actions' }, spaced(actions)),
	]);
}

/** An entry for our own words: what the label means, and a link back to each such claim. */
function renderEditorial(paragraphId: string, kind: Editorial, claims: EditorialEntry[]): Element {
	const label = LABEL_TEXT[`our-${kind}`];
	return h('li', { class: 'note note-editorial', id: editorialNoteId(paragraphId, kind) }, [
		h('details', { class: 'note-card' }, [
			h('summary', { class: 'note-line' }, [
				h('span', { class: 'note-number' }, '†'),
				' ',
				h('span', { class: 'note-outlet' }, label.name),
			]),
			h('div', { class: 'card' }, [
				h('p', label.legend),
				...claims.map((c) =>
					h('p', { class: 'support-actions' }, [
						h('a', { class: 'backlink', href: `#${c.claimId}`, role: 'doc-backlink' }, '↩ Claim'),
						' ',
						h('span', { class: 'note-claim' }, `“${excerpt(c.claimText, 70)}”`),
					]),
				),
			]),
		]),
	]);
}

/** The labels of each kind of support, written once (see `written()`): a site has few kinds. */
const labelParts = new Map<string, Raw>();

function labelsOf(support: Support): Raw {
	const { support: kind, origins, differs, status, editorial, quote } = support;
	const key = [kind, origins, differs ?? '', status ?? '', editorial ?? '', quote ? 'quoted' : ''].join(' ');
	let labels = labelParts.get(key);
	if (!labels) labelParts.set(key, (labels = written(renderLabels(support))));
	return labels;
}

/**
 * Small labels: directness, corroboration, and (when authored) status and
 * editorial. A source cited without a quote says so: it supports the claim
 * but is not counted in the claim's corroboration.
 */
export function renderLabels({
	support,
	origins,
	differs,
	status,
	editorial,
	quote,
}: Pick<Support, 'support' | 'origins' | 'differs' | 'status' | 'editorial' | 'quote'>): Element {
	const labels = [
		h('span', { class: `label label-${support}` }, LABEL_TEXT[support].name),
		!quote && h('span', { class: 'label label-unquoted' }, LABEL_TEXT.unquoted.name),
		differs
			? h('span', { class: 'label label-differing' }, LABEL_TEXT.differing.name)
			: origins > 1
				? h(
						'span',
						{ class: 'label label-corroborated' },
						`${LABEL_TEXT.corroborated.name}: ${origins} independent origins`,
					)
				: origins === 1 && h('span', { class: 'label label-single-origin' }, LABEL_TEXT['single-origin'].name),
		status && h('strong', { class: `label label-${status}` }, LABEL_TEXT[status].name),
		editorial && h('span', { class: `label label-our-${editorial}` }, LABEL_TEXT[`our-${editorial}`].name),
	].filter((e): e is Element => Boolean(e));
	return h('p', { class: 'labels' }, [h('span', { class: 'visually-hidden' }, 'Support: '), ...spaced(labels)]);
}
