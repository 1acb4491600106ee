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
import type { Element, ElementContent, Properties, Text } from 'hast';
import type { SourceRecord as Source } from './model.ts';
import { excerpt } from '../text/format.ts';
import { el, escapeText } from '../text/html.ts';
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
			element(
				'a',
				{ href: `#${noteId(paragraphId, number)}`, role: 'doc-noteref', ariaLabel: markerLabel(source, number) },
				[text(String(number))],
			),
		);
	}
	if (editorial) {
		if (links.length > 0) links.push(separator());
		links.push(
			element(
				'a',
				{
					href: `#${editorialNoteId(paragraphId, editorial)}`,
					role: 'doc-noteref',
					ariaLabel: LABEL_TEXT[`our-${editorial}`].name,
				},
				[text('†')],
			),
		);
	}
	return element('sup', { className: ['marker'], dataClaim: claimId }, links);
}

// A marker's elements are written out as the tree hastscript's `h()` makes for them, without its
// selector parsing and property lookups: a build makes one marker per claim, some 80,000 per 1,000 explainers.
const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
const text = (value: string): Text => ({ type: 'text', value });
const separator = (): Element => element('span', { className: ['marker-sep'], ariaHidden: 'true' }, [text(',')]);

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
	return el(
		'div',
		{ class: 'notes', role: 'note' },
		el(
			'details',
			{ class: 'notes-fold' },
			el(
				'summary',
				null,
				el('span', { class: 'notes-label' }, entries.length > 0 ? 'Sources: ' : 'Labels: '),
				escapeText(line),
			),
			el(
				'ol',
				{ class: 'notes-list' },
				...entries.map((entry) => renderEntry(paragraphId, entry)),
				...kinds.map((kind) =>
					renderEditorial(
						paragraphId,
						kind,
						editorials.filter((e) => e.kind === kind),
					),
				),
			),
		),
	);
}

function strongestStatus(supports: Support[]): ClaimStatus | undefined {
	if (supports.some((s) => s.status === 'disputed')) return 'disputed';
	if (supports.some((s) => s.status === 'unconfirmed')) return 'unconfirmed';
	return undefined;
}

function renderEntry(paragraphId: string, { source, number, supports }: NoteEntry): string {
	let quotes = 0;
	const date = sourceDate(source);
	const status = strongestStatus(supports);
	const about = [provenance(source), source.via].filter(Boolean).join('. ');
	// The outlet's name is also the search filter "Outlet cited" for the page.
	const line = [
		el('span', { class: 'note-number' }, String(number)),
		el('span', { class: 'note-outlet', 'data-pagefind-filter': 'outlet' }, escapeText(attribution(source))),
		date && el('time', { datetime: date.iso }, escapeText(sourceDateLabel(source)!)),
		status && el('strong', { class: `chip chip-${status}` }, LABEL_TEXT[status].name),
	].filter(Boolean);
	const head = el(
		'p',
		{ class: 'card-source' },
		el(
			'cite',
			null,
			el('a', { class: 'note-title', href: source.url, rel: 'noopener' }, escapeText(displayTitle(source))),
		),
		about && ` ${el('span', { class: 'note-via' }, escapeText(about))}`,
		source.archive && ` ${el('a', { class: 'note-archive', href: source.archive, rel: 'noopener' }, 'Archived copy')}`,
	);
	return el(
		'li',
		{ class: 'note', id: noteId(paragraphId, number), 'data-source': source.id },
		el(
			'details',
			{ class: 'note-card' },
			el('summary', { class: 'note-line' }, line.join(' ')),
			el(
				'div',
				{ class: 'card' },
				head,
				...supports.map((support) =>
					renderSupport(source, support, support.quote ? quoteId(noteId(paragraphId, number), ++quotes) : undefined),
				),
			),
		),
	);
}

/**
 * A quote is its own search anchor (`…-s3q1`, titled with the outlet), so
 * a phrase remembered from it finds the paragraph it supports, and the
 * result shows the quote with whose words they are.
 */
function renderSupport(source: Source, support: Support, quoteId: string | undefined): string {
	const { claimId, quote } = support;
	// The back link is also the claim's link: the script adds a button that copies it.
	const actions = [
		quote && el('a', { class: 'open-at-quote', href: urlAtQuote(source.url, quote), rel: 'noopener' }, 'Open at quote'),
		el('a', { class: 'backlink', href: `#${claimId}`, role: 'doc-backlink' }, '↩ Claim'),
	].filter(Boolean);
	return el(
		'div',
		{ class: 'support' },
		quote &&
			el(
				'blockquote',
				{ class: 'quote', cite: source.url, id: quoteId, 'data-pagefind-title': attribution(source) },
				el('p', null, escapeText(`“${quote}”`)),
			),
		renderLabels(support),
		el('p', { class: 'support-actions' }, actions.join(' ')),
	);
}

/** An entry for our own words: what the label means, and a link back to each such claim. */
function renderEditorial(paragraphId: string, kind: Editorial, claims: EditorialEntry[]): string {
	const label = LABEL_TEXT[`our-${kind}`];
	return el(
		'li',
		{ class: 'note note-editorial', id: editorialNoteId(paragraphId, kind) },
		el(
			'details',
			{ class: 'note-card' },
			el(
				'summary',
				{ class: 'note-line' },
				el('span', { class: 'note-number' }, '†'),
				' ',
				el('span', { class: 'note-outlet' }, label.name),
			),
			el(
				'div',
				{ class: 'card' },
				el('p', null, label.legend),
				...claims.map((c) =>
					el(
						'p',
						{ class: 'support-actions' },
						el('a', { class: 'backlink', href: `#${c.claimId}`, role: 'doc-backlink' }, '↩ Claim'),
						' ',
						el('span', { class: 'note-claim' }, escapeText(`“${excerpt(c.claimText, 70)}”`)),
					),
				),
			),
		),
	);
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
}: Pick<Support, 'support' | 'origins' | 'differs' | 'status' | 'editorial' | 'quote'>): string {
	const labels = [
		el('span', { class: `label label-${support}` }, LABEL_TEXT[support].name),
		!quote && el('span', { class: 'label label-unquoted' }, LABEL_TEXT.unquoted.name),
		differs
			? el('span', { class: 'label label-differing' }, LABEL_TEXT.differing.name)
			: origins > 1
				? el(
						'span',
						{ class: 'label label-corroborated' },
						`${LABEL_TEXT.corroborated.name}: ${origins} independent origins`,
					)
				: origins === 1 && el('span', { class: 'label label-single-origin' }, LABEL_TEXT['single-origin'].name),
		status && el('strong', { class: `label label-${status}` }, LABEL_TEXT[status].name),
		editorial && el('span', { class: `label label-our-${editorial}` }, LABEL_TEXT[`our-${editorial}`].name),
	].filter(Boolean);
	return el('p', { class: 'labels' }, el('span', { class: 'visually-hidden' }, 'Support: '), labels.join(' '));
}
