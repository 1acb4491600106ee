/**
 * remark plugin: turns `[@id, "quote"]` markers into claim spans, numbered
 * note references and a source list (aside) beside each paragraph.
 *
 * It only walks the tree; parsing, segmentation, ids, validation and HTML
 * live in `src/claims/`, so another Markdown engine could reuse them.
 */
import { relative } from 'node:path';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Element } from 'hast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkCitation, ParagraphNotes, SourceNumbers, type ClaimRecord, type ParagraphRecord } from '../claims/citations.ts';
import { outletCount } from '../claims/labels.ts';
import type { Citation } from '../claims/markers.ts';
import { claimId, paragraphId, unique } from '../claims/ids.ts';
import { ContentError, locate, type LocatedIssue } from '../claims/issues.ts';
import { renderMarker, renderNotes } from '../claims/render.ts';
import { segmentClaims } from '../claims/segment.ts';
import { loadSources } from '../schema/load-sources.ts';
import type { Source } from '../schema/source.ts';
import { paragraphParts, type Part } from './paragraph-parts.ts';

export interface RemarkClaimsOptions {
	/** Folder of `<id>.yaml` source records. */
	sourcesDir: string;
}

interface PageState {
	file: string;
	source: string;
	sources: ReadonlyMap<string, Source>;
	numbers: SourceNumbers;
	ids: Set<string>;
	claims: ClaimRecord[];
	paragraphs: ParagraphRecord[];
	issues: LocatedIssue[];
}

export function remarkClaims({ sourcesDir }: RemarkClaimsOptions) {
	return function transform(tree: Root, vfile: VFile): void {
		const loaded = loadSources(sourcesDir);
		if (loaded.issues.some((i) => i.severity === 'error')) throw new ContentError(loaded.issues);
		const frontmatter = (vfile.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
		const page: PageState = {
			file: vfile.path ? relative(process.cwd(), vfile.path) : '<input>',
			source: String(vfile.value),
			sources: loaded.sources,
			numbers: new SourceNumbers(),
			ids: new Set(),
			claims: [],
			paragraphs: [],
			issues: [],
		};
		let section = typeof frontmatter?.title === 'string' ? frontmatter.title : '';

		visit(tree, (node, index, parent) => {
			if (node.type === 'heading') section = toString(node);
			if (node.type === 'paragraph' && parent && index !== undefined) {
				parent.children[index] = transformParagraph(node, section, page) as never;
				return [SKIP, index + 1];
			}
			if (node.type === 'text' && node.value.includes('[@')) {
				page.issues.push(misplaced(node.position?.start.offset ?? 0, page));
			}
			return undefined;
		});

		if (page.issues.length > 0) throw new ContentError(page.issues);
		if (frontmatter) {
			frontmatter.claims = page.claims;
			frontmatter.paragraphs = page.paragraphs;
			frontmatter.sourceOrder = page.numbers.order;
		}
	};
}

function misplaced(offset: number, page: PageState): LocatedIssue {
	return locate(
		{ ruleId: 'marker-misplaced', reason: 'Unexpected citation marker outside a paragraph (in a heading, table or code), expected markers only in paragraph text', offset, severity: 'error' },
		page.file,
		page.source,
	);
}

/** Returns the paragraph, wrapped with its notes when it cites anything. */
function transformParagraph(paragraph: Paragraph, section: string, page: PageState): RootContent {
	const { parts, plain, issues } = paragraphParts(paragraph, page.source);
	page.issues.push(...issues.map((i) => locate(i, page.file, page.source)));
	const pid = unique(paragraphId(plain), page.ids);
	paragraph.data = { ...paragraph.data, hProperties: { id: pid } };

	const record: ParagraphRecord = { id: pid, section, text: plain.replace(/\s+/g, ' ').trim(), sources: [] };
	page.paragraphs.push(record);
	const markerParts = parts.filter((p): p is Extract<Part, { kind: 'marker' }> => p.kind === 'marker');
	if (markerParts.length === 0) return paragraph;

	const notes = new ParagraphNotes();
	const ranges = segmentClaims(plain, markerParts.map((m) => m.at));
	const claimOf = new Map<Part, string>();
	const cutAt = new Set(ranges.flatMap((r) => [r.start, r.end]));
	const pieces = parts.flatMap((part) => cutText(part, cutAt));

	const markerClaim = new Map<Part, string>();
	for (const range of ranges) {
		const group = range.markers.map((index) => markerParts[index]!);
		const text = plain.slice(range.start, range.end);
		if (text.trim() === '') {
			page.issues.push(locate({ ruleId: 'marker-without-claim', reason: 'Unexpected citation marker with no claim before it, expected it after the words it supports', offset: group[0]!.fileOffset, severity: 'error' }, page.file, page.source));
			continue;
		}
		const id = unique(claimId(text), page.ids);
		for (const piece of pieces) {
			if (piece.kind !== 'marker' && piece.start < range.end && piece.end > range.start) claimOf.set(piece, id);
		}
		for (const marker of group) markerClaim.set(marker, id);
		page.claims.push(recordClaim(id, pid, text, group, notes, page));
	}

	record.sources = notes.entries.map((e) => e.source.id);
	paragraph.children = rebuild(pieces, claimOf, markerClaim, pid, page);
	if (notes.entries.length === 0) return paragraph;
	const aside = renderNotes(pid, plain, notes.entries);
	return {
		type: 'citedParagraph',
		data: { hName: 'div', hProperties: { className: ['cited'] } },
		children: [paragraph, fromHast(aside)],
	} as unknown as RootContent;
}

/** Add a claim's sources to the paragraph's notes and describe it for the pages. */
function recordClaim(id: string, paragraph: string, text: string, group: Extract<Part, { kind: 'marker' }>[], notes: ParagraphNotes, page: PageState): ClaimRecord {
	const cited = knownCitations(group, page);
	const status = group.find((m) => m.marker.status)?.marker.status;
	const outlets = outletCount(cited.map(({ source }) => source.outlet));
	const sources = cited.map(({ citation }) => ({ id: citation.id, support: citation.support ?? 'paraphrase', ...(citation.quote ? { quote: citation.quote } : {}) }) as const);
	cited.forEach(({ source }, i) => {
		const { support, quote } = sources[i]!;
		notes.add(source, page.numbers.number(source.id), { claimId: id, claimText: text, support, outlets, ...(quote ? { quote } : {}), ...(status ? { status } : {}) });
	});
	return { id, paragraph, text, outlets, ...(status ? { status } : {}), sources };
}

/** A claim's citations whose sources exist; unknown ids become positioned issues. */
function knownCitations(group: Extract<Part, { kind: 'marker' }>[], page: PageState): { source: Source; citation: Citation }[] {
	const out: { source: Source; citation: Citation }[] = [];
	for (const marker of group) {
		for (const citation of marker.marker.citations) {
			const offset = marker.fileOffset - marker.marker.start + citation.offset;
			const problem = checkCitation({ ...citation, offset }, page.sources);
			if (problem) page.issues.push(locate(problem, page.file, page.source));
			else out.push({ source: page.sources.get(citation.id)!, citation });
		}
	}
	return out;
}

/** Split text parts at claim boundaries so each piece is inside or outside one claim. */
function cutText(part: Part, cuts: Set<number>): Part[] {
	if (part.kind !== 'text') return [part];
	const points = [...cuts].filter((c) => c > part.start && c < part.end).sort((a, b) => a - b);
	const out: Part[] = [];
	let from = part.start;
	for (const point of [...points, part.end]) {
		out.push({ kind: 'text', value: part.value.slice(from - part.start, point - part.start), start: from, end: point });
		from = point;
	}
	return out;
}

/** New paragraph children: claim spans around their pieces, markers as note references. */
function rebuild(pieces: Part[], claimOf: Map<Part, string>, markerClaim: Map<Part, string>, pid: string, page: PageState): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	let open: { id: string; children: PhrasingContent[] } | undefined;
	for (const piece of pieces) {
		const id = claimOf.get(piece);
		if (open && open.id !== id) open = undefined;
		if (piece.kind === 'marker') {
			// One link per source, even when a marker quotes the same source twice.
			const ids = [...new Set(piece.marker.citations.map((c) => c.id))].filter((id) => page.sources.has(id));
			const cited = ids.map((id) => ({ source: page.sources.get(id)!, number: page.numbers.number(id) }));
			const claim = markerClaim.get(piece);
			if (cited.length > 0 && claim) out.push(fromHast(renderMarker(pid, claim, cited)) as PhrasingContent);
			continue;
		}
		const node: PhrasingContent = piece.kind === 'text' ? { type: 'text', value: piece.value } : piece.node;
		if (id === undefined) {
			out.push(node);
			continue;
		}
		if (!open) {
			open = { id, children: [] };
			out.push({ type: 'claim', data: { hName: 'span', hProperties: { className: ['claim'], id } }, children: open.children } as unknown as PhrasingContent);
		}
		open.children.push(node);
	}
	return out;
}

/** An mdast stand-in that mdast-util-to-hast turns into `element`. */
function fromHast(element: Element): RootContent {
	return {
		type: 'hastElement',
		data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
		children: [],
	} as unknown as RootContent;
}
