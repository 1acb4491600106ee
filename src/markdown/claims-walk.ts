/**
 * What the claims adapter (`remark-claims.ts`) carries through one
 * article's tree, and the steps every cited piece of text shares: hand
 * the pieces to the engine, keep what it found, and turn its output back
 * into mdast. A paragraph and a figure's credit both go through
 * `citeBlock`, so they number, record and report alike.
 */
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { h } from 'hastscript';
import type { Definition, Nodes, PhrasingContent } from 'mdast';
import { processBlock, type BlockResult, type OutPiece, type PageContext, type Piece } from '../claims/block.ts';
import { parseMarker } from '../claims/marker-grammar.ts';
import { opensMarker } from '../claims/marker-lexer.ts';
import type { ArticleClaims, Claim, Passage } from '../claims/model.ts';
import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import type { Review } from '../claims/model.ts';
import { claimNode, hastNode, passageNode } from './mdast-nodes.ts';
import type { HeadingCoverage } from './uncited-blocks.ts';

export interface Walk {
	page: PageContext;
	source: string;
	findings: Finding[];
	claims: Claim[];
	passages: Passage[];
	headings: ArticleClaims['headings'];
	timelines: MdxJsxFlowElement[];
	/** New claim id → the ids it had before a correction. */
	retired: Map<string, string[]>;
	/**
	 * The document's link and image definitions, the first of each name by its upper-cased identifier (as
	 * mdast-util-to-hast keys them): a paragraph rendered alone resolves `[text][ref]` against them.
	 */
	definitions: Map<string, Definition>;
	/** Headings still waiting for cited text under them. */
	coverage: HeadingCoverage;
	/** The article says its code blocks hold no claims (`uncitedCode: true`). */
	uncitedCode: boolean;
	reviews: Review[];
	/** The days a rating's `published` may fall on: from the explainer's first edition to the build's date. */
	reviewDates?: { from?: string; to: string } | undefined;
}

/**
 * Cite one block of text: the engine finds its claims and notes, the
 * walk keeps them, and the passage comes back as an mdast node (claim
 * spans around their words, markers as elements).
 */
export function citeBlock(
	pieces: Piece<PhrasingContent>[],
	section: string,
	cite: boolean,
	walk: Walk,
): { result: BlockResult<PhrasingContent>; passage: ReturnType<typeof passageNode> } {
	const result = processBlock(pieces, walk.page, section, cite);
	// A loop, not a spread: a paragraph of 100,000 claims would pass the engine's argument limit.
	for (const f of result.findings) walk.findings.push(f);
	for (const c of result.claims) walk.claims.push(c);
	walk.passages.push(result.passage);
	return {
		result,
		passage: passageNode(result.passage.id, section, rebuild(result.pieces, walk.retired, walk.page.ids)),
	};
}

export /**
 * `[@` or `[!label` left in text: a marker the parser could not close
 * (the same lexer decides where markers open, `claims/marker-lexer.ts`).
 * The grammar says why (an unclosed quote, a missing `]`). Escaped
 * brackets (`\[@…]`) are text on purpose and are skipped.
 */
function strayMarkers(source: string, base: number, walk: Walk): void {
	const opens: number[] = [];
	for (let at = source.indexOf('['); at !== -1; at = source.indexOf('[', at + 1))
		if (source[at - 1] !== '\\' && opensMarker(source, at)) opens.push(at);
	const lastClose = source.lastIndexOf(']');
	for (const [i, at] of opens.entries()) {
		// Each is read up to the next one's `[@` or `[!` (where a quote the lexer reads never closes): read to
		// the end of the text, 3,000 whose quotes never close took the markers times the text (6 s for 64 KB).
		const next = opens[i + 1];
		const rest = source.slice(at, next === undefined ? undefined : next + 2);
		const parsed = lastClose > at ? parseMarker(rest) : undefined;
		const problem =
			parsed && !parsed.ok
				? parsed.problem
				: finding(
						'marker-unclosed',
						'Unclosed citation marker, expected `]` before the paragraph ends (a marker cannot span emphasis, links or other formatting)',
						0,
					);
		walk.findings.push({ ...problem, offset: base + at + problem.offset });
	}
}

export function flagCitations(node: Nodes, ruleId: 'marker-misplaced' | 'marker-in-formatting', walk: Walk): void {
	const reason =
		ruleId === 'marker-misplaced'
			? 'Unexpected citation marker outside a paragraph (in a heading or table), expected markers only in paragraph and list text'
			: 'Unexpected citation marker inside emphasis, a link or other formatting, expected it after the formatted text: `*claim* [@id]`';
	const visit = (n: Nodes) => {
		if (n.type === 'citation') walk.findings.push(finding(ruleId, reason, n.position?.start.offset ?? 0));
		else if ('children' in n) n.children.forEach((c) => visit(c as Nodes));
	};
	visit(node);
}

/** Engine output back to mdast: claim spans around their words, markers as elements. */
function rebuild(
	pieces: OutPiece<PhrasingContent>[],
	retired: Map<string, string[]>,
	ids: Set<string>,
): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	let open: { id: string; children: PhrasingContent[] } | undefined;
	for (const piece of pieces) {
		if (piece.kind === 'marker') {
			open = undefined;
			out.push(hastNode(piece.element));
			continue;
		}
		const node: PhrasingContent = piece.kind === 'text' ? { type: 'text', value: piece.value } : piece.node;
		if (!piece.claim) {
			open = undefined;
			out.push(node);
			continue;
		}
		if (open?.id !== piece.claim) {
			// An old id another element already has would be a second element with one id: the first keeps it.
			for (const old of retired.get(piece.claim) ?? []) {
				if (ids.has(old)) continue;
				ids.add(old);
				out.push(hastNode(h('span.claim-alias', { id: old })));
			}
			open = { id: piece.claim, children: [] };
			out.push(claimNode(piece.claim, open.children));
		}
		open.children.push(node);
	}
	return out;
}
