/**
 * What the content layer keeps of an article's claims (`entry.data.claims`):
 * what its own page shows of them (`readClaims`) and what the pages across
 * explainers show (`readIndex`), packed into one string, and the article's
 * problems with their places. Its page reads its claims from here, not from
 * its compiled module, which carries none.
 */
import { createHash } from 'node:crypto';
import type { ClaimStatus, Editorial, SupportKind } from '../claims/labels.ts';
import type { ArticleClaims, Claim, Passage, Review } from '../claims/model.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { pointAt } from '../diagnostics/line-index.ts';

/** A line and column in the article's file. */
export interface Point {
	line: number;
	column: number;
}

/**
 * A claim as the pages across explainers show it: its id and text, its sources with their quotes and
 * places; and for the checks against the source records (`src/site-index/citation-checks.ts`), its `!status`
 * and where its first marker and that label are.
 */
export interface IndexedClaim {
	id: string;
	text: string;
	sources: ({ id: string; quote?: string } & Point)[];
	status?: ClaimStatus;
	at?: Point;
	statusAt?: Point;
}

/** A paragraph as the entity pages show it. */
export interface IndexedPassage {
	id: string;
	section: string;
	text: string;
}

export interface ArticleRecord {
	/**
	 * The claims, passages, headings and reviews (`readClaims`, `readIndex`), as one string: the
	 * content store keeps every article's record through the whole build, and a string costs a
	 * fraction of the objects (and of their devalue form). A claim's text is kept as its place in
	 * its paragraph's.
	 */
	index: string;
	/** Source ids in page order (`ArticleClaims.sourceOrder`). */
	sourceOrder: string[];
	/** The sources of its `<ClaimReview>` blocks, which its page names too. */
	reviewSources: string[];
	/** A digest of the whole claims record (for its page's `cacheKey`). */
	digest: string;
	/** The problems in the body, at their places. */
	problems: Diagnostic[];
	/** It has a claim ledger, so an edition history. */
	ledger: boolean;
	/** A digest of what else the record was parsed from (its ledger, the sources, the day): stale when that changes. */
	inputs: string;
	/** The content layer's digest of the file alone (the entry's digest folds `inputs` in: `articles.ts`). */
	fileDigest?: string;
}

/** A short digest of plain data. */
export function digestOf(...parts: unknown[]): string {
	return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/**
 * Passages `[id, section, text]`; claims `[id, passage, start, end]` or `[id, paragraph, text]`, then
 * `[source, line, column, quote?, support?]`, then (when it has a marker) `[line, column, status?, line?, column?]`
 * (else `null`), then its editorial label if any; headings `[depth, id, text]`; the reviews as recorded; the
 * removed ids. A support left out is a paraphrase (the marker's default), a quote left out or empty is none.
 */
type Packed = {
	p: [string, string, string][];
	c: [
		[string, number, number, number] | [string, string, string],
		[string, number, number, string?, SupportKind?][],
		([number, number] | [number, number, ClaimStatus, number, number] | null)?,
		Editorial?,
	][];
	h: [number, string, string][];
	r?: Review[];
	x?: string[];
};

/** The record of one parse: `text` is the whole file, which the citations' offsets point into. */
export function articleRecord(
	text: string,
	claims: ArticleClaims,
	problems: Diagnostic[],
	context: { ledger: boolean; inputs: string },
): ArticleRecord {
	const lines = { locate: (offset: number) => pointAt(text, offset) };
	const passageAt = new Map(claims.passages.map((p, i) => [p.id, i]));
	const from = new Map<number, number>();
	const packed: Packed = {
		p: claims.passages.map((p) => [p.id, p.section, p.text]),
		c: claims.claims.map((c) => {
			const sources = c.sources.map((s) => {
				const { line, column } = lines.locate(s.at ?? 0);
				const cited: Packed['c'][number][1][number] = [s.id, line, column];
				if (s.quote || s.support !== 'paraphrase') cited.push(s.quote ?? '');
				if (s.support !== 'paraphrase') cited.push(s.support);
				return cited;
			});
			const at = lines.locate(c.at ?? 0);
			const status = lines.locate(c.statusAt ?? c.at ?? 0);
			const marks =
				c.at === undefined
					? null
					: c.status
						? ([at.line, at.column, c.status, status.line, status.column] as const)
						: ([at.line, at.column] as const);
			// Claims come in text order: each is looked for after the one before it in the same paragraph.
			const i = passageAt.get(c.paragraph);
			const start = i === undefined ? -1 : claims.passages[i]!.text.indexOf(c.text, from.get(i) ?? 0);
			type Claim = Packed['c'][number];
			let head: Claim[0] = [c.id, c.paragraph, c.text];
			if (i !== undefined && start !== -1) {
				head = [c.id, i, start, start + c.text.length];
				from.set(i, start + c.text.length);
			}
			const packed: Claim = [head, sources, marks && [...marks]];
			if (c.editorial) packed.push(c.editorial);
			else if (!marks) packed.pop();
			return packed;
		}),
		h: claims.headings.map((h) => [h.depth, h.id, h.text]),
		...(claims.reviews ? { r: claims.reviews } : {}),
		...(claims.removed ? { x: claims.removed } : {}),
	};
	return {
		index: JSON.stringify(packed),
		sourceOrder: claims.sourceOrder,
		reviewSources: [...new Set((claims.reviews ?? []).map((r) => r.source))],
		digest: digestOf(claims),
		problems,
		...context,
	};
}

/** The claims and passages of a record (a new copy each time: the caller keeps what it needs). */
export function readIndex(record: ArticleRecord): { claims: IndexedClaim[]; passages: IndexedPassage[] } {
	const packed = JSON.parse(record.index) as Packed;
	const passages = packed.p.map(([id, section, text]) => ({ id, section, text }));
	const claims = packed.c.map(([head, sources, marks]): IndexedClaim => ({
		id: head[0],
		text: textOf(head, passages),
		sources: sources.map(([id, line, column, quote]) => ({ id, line, column, ...(quote ? { quote } : {}) })),
		...(marks ? { at: { line: marks[0], column: marks[1] } } : {}),
		...(marks?.length === 5 ? { status: marks[2], statusAt: { line: marks[3], column: marks[4] } } : {}),
	}));
	return { claims, passages };
}

/**
 * The article's claims as its page shows them: everything the compile recorded but the places in
 * the file and the labels counted against the source records (`origins`, `differs`), which its
 * page counts again (`src/claims/page-notes.ts`).
 */
export function readClaims(record: ArticleRecord): ArticleClaims {
	const packed = JSON.parse(record.index) as Packed;
	const passages: Passage[] = packed.p.map(([id, section, text]) => ({ id, section, text, sources: [] }));
	const claims = packed.c.map(([head, sources, marks, editorial]): Claim => ({
		id: head[0],
		paragraph: head.length === 4 ? passages[head[1]]!.id : head[1],
		text: textOf(head, passages),
		...(marks?.length === 5 ? { status: marks[2] } : {}),
		...(editorial ? { editorial } : {}),
		sources: sources.map(([id, , , quote, support]) => ({
			id,
			support: support ?? 'paraphrase',
			...(quote ? { quote } : {}),
		})),
	}));
	// A paragraph's sources are those its claims cite, in order, as the claims engine records them (`claims/block.ts`).
	const cited = new Map(passages.map((p) => [p.id, new Set<string>()]));
	for (const claim of claims) for (const s of claim.sources) cited.get(claim.paragraph)?.add(s.id);
	for (const passage of passages) passage.sources = [...cited.get(passage.id)!];
	return {
		claims,
		passages,
		sourceOrder: [...record.sourceOrder],
		headings: packed.h.map(([depth, id, text]) => ({ depth, id, text })),
		...(packed.r ? { reviews: packed.r } : {}),
		...(packed.x ? { removed: packed.x } : {}),
	};
}

function textOf(head: Packed['c'][number][0], passages: readonly { text: string }[]): string {
	return head.length === 4 ? passages[head[1]]!.text.slice(head[2], head[3]) : head[2];
}
