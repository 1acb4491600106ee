/**
 * The claims engine for one block of text (a paragraph or a list item),
 * independent of any Markdown engine. The adapter hands it the block's
 * inline content as pieces (text, opaque inline nodes, markers); it
 * decides which words each marker supports, gives claims and the block
 * stable ids, numbers sources for the page, checks ids against the source
 * files, and returns the block rebuilt as pieces plus its notes.
 */
import type { Element } from 'hast';
import { finding, closest, type Finding } from '../diagnostics/diagnostic.ts';
import type { SourceRecord as Source } from './model.ts';
import { corroboratingOrigins } from './corroboration.ts';
import { asOfFindings, disputedFinding, sourcesDiffer } from './label-rules.ts';
import { claimId, paragraphId, unique } from './ids.ts';
import type { ClaimMatcher } from './ledger.ts';
import type { ClaimStatus, Editorial } from './labels.ts';
import { parseMarker, type Citation, type MarkerContent } from './marker-grammar.ts';
import { quoteLabelFinding } from './quote-label.ts';
import type { Claim, Passage } from './model.ts';
import { addSupport, renderMarker, renderNotes, type EditorialEntry, type NoteEntry } from './notes-html.ts';
import { segmentClaims, uncoveredSentences } from './segment.ts';

/** A piece of a block's inline content. `offset` is its position in the file, when known. */
export type Piece<N> =
	| { kind: 'text'; value: string; offset?: number }
	| { kind: 'inline'; node: N; text: string; offset?: number }
	| { kind: 'marker'; raw: string; offset: number };

/** A piece of the rebuilt block: text and nodes tagged with the claim they belong to, and rendered markers. */
export type OutPiece<N> =
	| { kind: 'text'; value: string; claim?: string }
	| { kind: 'inline'; node: N; claim?: string }
	| { kind: 'marker'; element: Element };

/** What the page shares across its blocks. */
export interface PageContext {
	/**
	 * The source records, to check citations against and render notes from. An article leaves
	 * them out: its markers and notes are filled in by the page (`PAGE_NOTES`, `page-notes.ts`)
	 * and its citations checked by the site index (`citation-checks.ts`), so its compile reads no record.
	 */
	sources?: ReadonlyMap<string, Source>;
	/** Ids of source files that exist but are invalid: reported once, at the file, not at every citation. */
	invalidSources: ReadonlySet<string>;
	/** Source numbers, one per source for the whole page, in order of first citation. */
	numbers: Map<string, number>;
	/** Fragment ids already used on the page. */
	ids: Set<string>;
	/** The article's claim ledger: a claim it has recorded keeps its id when its words change (`ledger.ts`). */
	ledger?: ClaimMatcher;
	/**
	 * Record claims and passages only, rendering no notes or markers: the content layer keeps
	 * the record (`src/loaders/articles.ts`); the compiled page renders the notes.
	 */
	recordOnly?: boolean;
}

/** What a block's `notes` hold when the page renders them. */
export const PAGE_NOTES = 'page';

export interface BlockResult<N> {
	passage: Passage;
	pieces: OutPiece<N>[];
	/** The `<aside>` of notes, as HTML, when the block cites anything. */
	notes?: string;
	claims: Claim[];
	findings: Finding[];
}

interface MarkerAt {
	at: number;
	offset: number;
	content?: MarkerContent;
	/** File offset of the `!status` label, when there is one. */
	statusAt?: number;
}

/**
 * @param section the heading the block is under (search titles)
 * @param requireCitations whether a sentence with no marker is a problem (off in the methods note)
 */
export function processBlock<N>(
	pieces: Piece<N>[],
	page: PageContext,
	section: string,
	requireCitations: boolean,
): BlockResult<N> {
	const findings: Finding[] = [];
	const { plain, markers, parts } = flatten(pieces, findings);
	const pid = unique(paragraphId(plain), page.ids);
	const text = plain.replace(/\s+/g, ' ').trim();
	const passage: Passage = { id: pid, section, text, sources: [] };

	const ranges = segmentClaims(
		plain,
		markers.map((m) => m.at),
	);
	if (requireCitations) {
		for (const s of uncoveredSentences(plain, ranges)) {
			findings.push(
				finding(
					'uncited-sentence',
					`Unexpected sentence without a source: “${shorten(plain.slice(s.start, s.end))}”, expected a marker after the words it supports (\`[@source-id]\`), or \`[!analysis]\` / \`[!note]\` if these are our own words`,
					offsetAt(parts, s.start),
				),
			);
		}
	}
	if (markers.length === 0)
		return {
			passage,
			pieces: parts.flatMap(({ piece }) => (piece.kind === 'marker' ? [] : [piece])),
			claims: [],
			findings,
		};

	const claimOf = new Map<number, string>();
	const markerClaims = new Map<number, string>();
	const entries: NoteEntry[] = [];
	const editorials: EditorialEntry[] = [];
	const claims: Claim[] = [];
	for (const range of ranges) {
		const group = range.markers.map((i) => markers[i]!);
		const words = plain.slice(range.start, range.end);
		if (words.trim() === '') {
			findings.push(
				finding(
					'marker-without-claim',
					'Unexpected citation marker with no words before it, expected it right after the words it supports',
					group[0]!.offset,
				),
			);
			continue;
		}
		if (group.some((m) => !m.content)) continue;
		const id = unique(page.ledger?.idFor(words, (recorded) => !page.ids.has(recorded)) ?? claimId(words), page.ids);
		claimOf.set(range.start, id);
		markerClaims.set(range.markers.at(-1)!, id);
		const claim = recordClaim(id, pid, words, group, page, findings);
		claims.push(claim);
		for (const s of claim.sources) noteSupport(entries, page, s, claim);
		if (claim.editorial && claim.sources.length === 0)
			editorials.push({ kind: claim.editorial, claimId: id, claimText: words });
	}
	passage.sources = [...new Set(claims.flatMap((c) => c.sources.map((s) => s.id)))];
	const out = rebuild(parts, ranges, claimOf, markers, markerClaims, claims, page, pid);
	const notes =
		!page.recordOnly && (passage.sources.length > 0 || editorials.length > 0)
			? page.sources
				? renderNotes(pid, entries, editorials)
				: PAGE_NOTES
			: undefined;
	return { passage, pieces: out, ...(notes ? { notes } : {}), claims, findings };
}

interface Part<N> {
	/** Text and nodes as they will be output; a marker by its index until it is rendered. */
	piece: Exclude<OutPiece<N>, { kind: 'marker' }> | { kind: 'marker'; index: number };
	start: number;
	end: number;
	offset?: number;
}

/** The block's plain text (markers removed, with the space before a marker), its markers, and where each piece sits in the text. */
function flatten<N>(pieces: Piece<N>[], findings: Finding[]) {
	// The text is kept as chunks and joined once: cutting the space before each marker
	// off a growing string copied it once per marker.
	const chunks: string[] = [];
	let length = 0;
	const markers: MarkerAt[] = [];
	const parts: Part<N>[] = [];
	pieces.forEach((piece, i) => {
		if (piece.kind === 'marker') {
			// Pandoc style: the space before a marker is not kept ("claim¹", not "claim ¹").
			const last = parts.at(-1);
			if (last?.piece.kind === 'text') {
				const trimmed = last.piece.value.replace(/\s+$/u, '');
				length -= last.piece.value.length - trimmed.length;
				chunks[chunks.length - 1] = trimmed;
				last.piece.value = trimmed;
				last.end = length;
			}
			const parsed = parseMarker(piece.raw);
			if (!parsed.ok) findings.push({ ...parsed.problem, offset: piece.offset + parsed.problem.offset });
			const status =
				parsed.ok && parsed.marker.status ? piece.raw.search(new RegExp(`!\\s*${parsed.marker.status}`)) : -1;
			markers.push({
				at: length,
				offset: piece.offset,
				...(parsed.ok ? { content: parsed.marker } : {}),
				...(status >= 0 ? { statusAt: piece.offset + status } : {}),
			});
			parts.push({
				piece: { kind: 'marker', index: markers.length - 1 },
				start: length,
				end: length,
				offset: piece.offset,
			});
			const next = pieces[i + 1];
			if (next?.kind === 'text' && next.value.startsWith(']')) {
				findings.push(
					finding(
						'marker-stray-bracket',
						'Unexpected `]` right after a citation marker, expected the marker to end with a single `]`',
						next.offset ?? piece.offset + piece.raw.length,
					),
				);
			}
			return;
		}
		const value = piece.kind === 'text' ? piece.value : piece.text;
		const out: Part<N>['piece'] =
			piece.kind === 'text' ? { kind: 'text', value } : { kind: 'inline', node: piece.node };
		parts.push({
			piece: out,
			start: length,
			end: length + value.length,
			...(piece.offset !== undefined ? { offset: piece.offset } : {}),
		});
		chunks.push(value);
		length += value.length;
	});
	return { plain: chunks.join(''), markers, parts };
}

/** The file offset of a position in the plain text (exact at piece starts, close within text). */
function offsetAt<N>(parts: Part<N>[], at: number): number {
	// Parts are in text order: a binary search, so thousands of uncited sentences cost no more than a scan.
	let low = 0;
	let high = parts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (parts[mid]!.start <= at) low = mid;
		else high = mid - 1;
	}
	let hit: Part<N> | undefined;
	// Step back over empty parts (markers) that start at `at`; the part holding `at` is the last that starts at or before it.
	for (let i = low; i >= 0 && parts[i]!.start <= at; i--) {
		if (parts[i]!.end > at) hit = parts[i];
		if (hit || parts[i]!.start < at) break;
	}
	const part = hit ?? parts.find((p) => p.offset !== undefined);
	if (!part || part.offset === undefined) return 0;
	return part.offset + (part.piece.kind === 'text' ? at - part.start : 0);
}

function recordClaim(
	id: string,
	paragraph: string,
	text: string,
	group: MarkerAt[],
	page: PageContext,
	findings: Finding[],
): Claim {
	const status: ClaimStatus | undefined = group.find((m) => m.content!.status)?.content!.status;
	const editorial: Editorial | undefined = group.find((m) => m.content!.editorial)?.content!.editorial;
	for (const marker of group)
		for (const citation of marker.content!.citations) {
			if (citation.support !== 'quote') continue;
			const problem = quoteLabelFinding(text, citation, marker.offset + citation.offset);
			if (problem) findings.push(problem);
		}
	if (!page.sources) return citedClaim(id, paragraph, text, group, status, editorial);
	const cited: { citation: Citation; source: Source; quote?: string; at: number }[] = [];
	for (const marker of group) {
		for (const citation of marker.content!.citations) {
			const source = page.sources.get(citation.id);
			if (source)
				cited.push({
					citation,
					source,
					at: marker.offset + citation.offset,
					...(citation.quote ? { quote: citation.quote } : {}),
				});
			else if (!page.invalidSources.has(citation.id))
				findings.push(unknownSource(citation, marker.offset, page.sources));
		}
	}
	const statusMarker = group.find((m) => m.content!.status);
	const disputed = disputedFinding(status, cited, text, statusMarker?.statusAt ?? statusMarker?.offset ?? 0);
	if (disputed) findings.push(disputed);
	findings.push(...asOfFindings(text, cited, group[0]!.offset));
	// Sources recorded as differing each back only their own account: the claim is not corroborated (notes-html.ts).
	const differs = sourcesDiffer(cited);
	const origins = corroboratingOrigins(cited);
	const sources = cited.map(
		({ citation, at }) =>
			({
				id: citation.id,
				support: citation.support ?? 'paraphrase',
				...(citation.quote ? { quote: citation.quote } : {}),
				at,
			}) as Claim['sources'][number],
	);
	return {
		id,
		paragraph,
		text: text.replace(/\s+/g, ' ').trim(),
		origins,
		sources,
		...(differs ? { differs: true as const } : {}),
		...(status ? { status } : {}),
		...(editorial ? { editorial } : {}),
	};
}

/**
 * A claim as recorded without the source records: every citation as written, and where
 * its markers stand, for the checks the site index makes against the records
 * (`src/site-index/citation-checks.ts`: unknown ids, `!disputed`, "as of" dates) and the
 * labels the page computes (`page-notes.ts`).
 */
function citedClaim(
	id: string,
	paragraph: string,
	text: string,
	group: MarkerAt[],
	status: ClaimStatus | undefined,
	editorial: Editorial | undefined,
): Claim {
	const sources = group.flatMap((marker) =>
		marker.content!.citations.map(
			(citation) =>
				({
					id: citation.id,
					support: citation.support ?? 'paraphrase',
					...(citation.quote ? { quote: citation.quote } : {}),
					at: marker.offset + citation.offset,
				}) as Claim['sources'][number],
		),
	);
	const statusMarker = group.find((m) => m.content!.status);
	return {
		id,
		paragraph,
		text: text.replace(/\s+/g, ' ').trim(),
		sources,
		at: group[0]!.offset,
		...(status ? { status, statusAt: statusMarker?.statusAt ?? statusMarker?.offset ?? 0 } : {}),
		...(editorial ? { editorial } : {}),
	};
}

export function unknownSource(
	citation: Pick<Citation, 'id' | 'offset'>,
	markerOffset: number,
	sources: ReadonlyMap<string, Source>,
) {
	const near = closest(citation.id, sources.keys());
	const hint =
		near.length > 0 ? `closest known ids: ${near.map((id) => `\`${id}\``).join(', ')}` : 'no sources are defined yet';
	return finding(
		'unknown-source',
		`Unknown source \`@${citation.id}\`, expected the id of a file in \`content/sources/\` (${hint})`,
		markerOffset + citation.offset,
	);
}

/** The source's number on the page (the next one when it is first cited) and, with the records, its support in the notes. */
function noteSupport(entries: NoteEntry[], page: PageContext, cited: Claim['sources'][number], claim: Claim): void {
	let number = page.numbers.get(cited.id);
	if (number === undefined) page.numbers.set(cited.id, (number = page.numbers.size + 1));
	// Without the records the page makes the notes (`page-notes.ts`); only the numbers are needed here.
	const source = page.sources?.get(cited.id);
	if (source) addSupport(entries, source, number, cited, claim);
}

/**
 * The block's pieces again: text split at claim boundaries and tagged with
 * its claim, and one marker element per claim where its last marker stood
 * (adjacent markers merge, and a source cited twice shows once).
 */
function rebuild<N>(
	parts: Part<N>[],
	ranges: ReturnType<typeof segmentClaims>,
	claimOf: Map<number, string>,
	markers: MarkerAt[],
	markerClaims: Map<number, string>,
	claims: Claim[],
	page: PageContext,
	pid: string,
): OutPiece<N>[] {
	// Ranges, cuts and parts are all in text order: one pointer into each, so the work is linear
	// in the block (looking every position up among all claims made long paragraphs quadratic).
	const claimRanges = ranges
		.filter((r) => claimOf.has(r.start))
		.map((r) => ({ start: r.start, end: r.end, id: claimOf.get(r.start)! }));
	const cuts = [...new Set(claimRanges.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
	const byId = new Map(claims.map((c) => [c.id, c]));
	let next = 0;
	const claimAt = (pos: number) => {
		while (next < claimRanges.length && claimRanges[next]!.end <= pos) next++;
		const r = claimRanges[next];
		return r && r.start <= pos && pos < r.end ? r.id : undefined;
	};
	let cut = 0;
	const out: OutPiece<N>[] = [];
	for (const part of parts) {
		const { piece } = part;
		if (piece.kind === 'marker') {
			const id = markerClaims.get(piece.index);
			const claim = id ? byId.get(id) : undefined;
			if (!claim) continue;
			if (page.recordOnly) continue;
			const records = page.sources;
			if (!records) {
				// A place the page fills with the marker (`page-notes.ts`): its label names the sources.
				const element: Element = { type: 'element', tagName: 'sup', properties: { dataCite: claim.id }, children: [] };
				out.push({ kind: 'marker', element });
				continue;
			}
			const cited = [...new Set(claim.sources.map((s) => s.id))].map((sid) => ({
				source: records.get(sid)!,
				number: page.numbers.get(sid)!,
			}));
			out.push({
				kind: 'marker',
				element: renderMarker(pid, claim.id, cited, claim.sources.length === 0 ? claim.editorial : undefined),
			});
			continue;
		}
		if (piece.kind === 'inline') {
			const claim = claimAt(part.start);
			out.push({ kind: 'inline', node: piece.node, ...(claim ? { claim } : {}) });
			continue;
		}
		let from = part.start;
		while (cut < cuts.length && cuts[cut]! <= part.start) cut++;
		const inside: number[] = [];
		for (let c = cut; c < cuts.length && cuts[c]! < part.end; c++) inside.push(cuts[c]!);
		for (const point of [...inside, part.end]) {
			const value = piece.value.slice(from - part.start, point - part.start);
			const claim = claimAt(from);
			if (value !== '') out.push({ kind: 'text', value, ...(claim ? { claim } : {}) });
			from = point;
		}
	}
	void markers;
	return out;
}

function shorten(text: string): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	return clean.length > 70 ? `${clean.slice(0, 67)}…` : clean;
}
