/**
 * remark plugin: the adapter between the Markdown tree and the claims
 * engine. It walks the tree, hands each paragraph to `claims/block.ts`,
 * and puts back what comes out: claim spans, markers and the notes after
 * the paragraph (for an article, which compiles without the source
 * records, places its page fills: `page-notes.ts`). It also gives headings
 * their ids, hands the allowed components (`<KeyPoints>`, `<Methods>`,
 * `<Timeline />`) the ids and events they show, and applies the content
 * policy first. What it records (claims, passages) goes on the file
 * (`file.data.claims`), not into the compiled module: the content layer's
 * parse of an article keeps it (`src/loaders/articles.ts`), and its page
 * reads it from there. Its problems go on the file as vfile messages.
 * Every decision about claims lives in `src/claims/`, so another engine
 * needs only an adapter.
 */
import type { Element, Root as HastRoot } from 'hast';
import type {
	Definition,
	Heading,
	Image,
	ImageReference,
	LinkReference,
	Nodes,
	Paragraph,
	Parent,
	PhrasingContent,
	Root,
	RootContent,
} from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { Piece } from '../claims/block.ts';
import type { ArticleClaims } from '../claims/model.ts';
import { report, type Within } from '../diagnostics/vfile-messages.ts';
import type { Source } from '../schema/source.ts';
import { contentRoot } from '../content-paths.ts';
import { fold } from '../text/fold.ts';
import type { Citation } from './citation-syntax.ts';
import { citeBlock, flagCitations, strayMarkers, type Walk } from './claims-walk.ts';
import { isAllowedBlock, policyFindings, removeDisallowed, type BlockName } from './content-policy.ts';
import { figure, IMAGE_PROPS } from './figures.ts';
import { htmlBlock } from './html-block.ts';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { TakenIds, unique } from '../claims/ids.ts';
import { PAGE_NOTES } from '../claims/block.ts';
import { citeElements, notesElement, splitAtCites } from './page-notes.ts';
import { ClaimMatcher, currentState, withRenames, type Ledger, type LedgerState } from '../claims/ledger.ts';
import { codeFinding, HeadingCoverage, tableFinding, titlesOf } from './uncited-blocks.ts';
import { ratingStrengthFindings, recordReview, reviewDate, reviewRating } from '../claims/review.ts';
import { reviewAttribute, reviewContainer } from './claim-review-block.ts';
import { buildDate } from '../build-date.ts';

export interface RemarkClaimsOptions {
	/**
	 * The source files to check citations against and render notes from: loaded once, shared by
	 * every text. An article has none: its markers and notes become `<Cite>` and `<Notes>`, which
	 * its page fills (`src/claims/page-notes.ts`), and the site index checks its citations
	 * (`src/site-index/citation-checks.ts`), so its compile depends on its own text only.
	 */
	sources?: () => { sources: ReadonlyMap<string, Source>; invalid: ReadonlySet<string> };
	/** Ids the page template uses; headings never take them. */
	reservedIds?: readonly string[];
	/** The template's numbered ids (`change-1`, …), which headings never take either. */
	reservedIdPattern?: RegExp;
	/**
	 * When the text is part of a file (an entity's description in YAML):
	 * that file, and where each offset of the text sits in it.
	 */
	within?: Within;
	/** Whether every sentence must carry a marker (default true). */
	requireCitations?: boolean;
	/** The folder every image must be in (default the site's content folder, `src/content-paths.ts`). */
	contentRoot?: string;
	/** The claim ledger of the article at this path, if it has one (`src/schema/ledger-file.ts`). */
	ledger?: (path: string) => Ledger | undefined;
	/** Record claims, passages and problems only, with no note HTML (the content layer's parse: `src/loaders/articles.ts`). */
	recordOnly?: boolean;
}

/** Section headings the allowed blocks get; `src/components/article/` renders them with these ids. */
export const BLOCK_TITLES: Record<
	Exclude<BlockName, 'Timeline' | 'Figure' | 'ClaimReview'>,
	{ id: string; title: string }
> = {
	KeyPoints: { id: 'key-points', title: 'Key points' },
	Methods: { id: 'how-we-reported-this', title: 'How we reported this' },
};

/** A rating appears no earlier than the explainer's first edition, and no later than today (unless it is under embargo). */
function reviewWindow(frontmatter: Record<string, unknown> | undefined): { from?: string; to: string } | undefined {
	const iso = (v: unknown) =>
		v instanceof Date
			? v.toISOString().slice(0, 10)
			: typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
				? v
				: undefined;
	const from = iso(frontmatter?.published);
	if (frontmatter?.embargo === true) return from ? { from, to: '9999-12-31' } : undefined;
	return { ...(from ? { from } : {}), to: buildDate() };
}

export function remarkClaims(options: RemarkClaimsOptions) {
	return function transform(tree: Root, file: VFile): void {
		const { sources, invalid } = options.sources?.() ?? { sources: undefined, invalid: new Set<string>() };
		const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
		// A text inside a record (an entity's description) has no folder of its own images could sit in.
		const images = {
			article: options.within ? undefined : file.path || undefined,
			root: options.contentRoot ?? contentRoot,
		};
		const findings = policyFindings(tree, images);
		const ledger = file.path ? options.ledger?.(file.path) : undefined;
		const renamed = renamesIn(frontmatter?.corrections);
		const recorded = ledger ? currentState(ledger) : undefined;
		// Ids a correction gives that the ledger does not have yet: new names, taken only by the words that make them.
		const named = new Set([...renamed.keys()].filter((id) => !recorded?.claims.has(id)));
		const matcher = recorded ? new ClaimMatcher(withRenames(recorded, renamed), String(file.value), named) : undefined;
		const walk: Walk = {
			page: {
				...(sources ? { sources } : {}),
				invalidSources: invalid,
				numbers: new Map(),
				ids: new TakenIds(options.reservedIds, options.reservedIdPattern),
				...(matcher ? { ledger: matcher } : {}),
				...(options.recordOnly ? { recordOnly: true } : {}),
			},
			source: String(file.value),
			findings,
			claims: [],
			passages: [],
			headings: [],
			timelines: [],
			retired: retiredIds(frontmatter?.corrections, matcher?.state),
			definitions: definitionsIn(tree),
			coverage: new HeadingCoverage(findings),
			uncitedCode: frontmatter?.uncitedCode === true,
			reviews: [],
			reviewDates: reviewWindow(frontmatter),
		};
		removeDisallowed(tree);
		const title = typeof frontmatter?.title === 'string' ? frontmatter.title : '';
		walkBlocks(tree, { section: title, cite: options.requireCitations ?? true }, walk);
		walk.coverage.end();
		// `<Timeline />` takes no attribute: its page gives it the events the article mentions (`article-locals.ts`).
		for (const node of walk.timelines) node.attributes = [];

		// Every problem goes on the file as a message, none thrown: the build lists them all (`diagnostics/vfile-messages.ts`).
		for (const found of walk.findings) report(file, found, options.within);
		const removed = matcher ? removedIds(matcher.state, walk) : [];
		const record: ArticleClaims = {
			claims: walk.claims,
			passages: walk.passages,
			sourceOrder: [...walk.page.numbers.keys()],
			headings: walk.headings,
			...(walk.reviews.length > 0 ? { reviews: walk.reviews } : {}),
			...(removed.length > 0 ? { removed } : {}),
		};
		(file.data as { claims?: ArticleClaims }).claims = record;
	};
}

/**
 * A claim whose id changed (before the ledger kept ids, a claim's words
 * made its id) has its earlier ids in the ledger and in its correction
 * (`was`). Each becomes an empty anchor just before it, so old links land
 * on the claim, and CSS lights it up.
 */
function retiredIds(corrections: unknown, ledger: LedgerState | undefined): Map<string, string[]> {
	const retired = new Map<string, string[]>();
	const add = (claim: string, ids: readonly string[]) =>
		retired.set(claim, [...new Set([...(retired.get(claim) ?? []), ...ids])]);
	for (const claim of ledger?.claims.values() ?? []) if (claim.aliases.length > 0) add(claim.id, claim.aliases);
	for (const [claim, was] of renamesIn(corrections)) add(claim, was);
	return retired;
}

/** Each correction's claim id now and the ids it had (`claim` and `was`). */
export function renamesIn(corrections: unknown): Map<string, string[]> {
	const renamed = new Map<string, string[]>();
	if (!Array.isArray(corrections)) return renamed;
	for (const c of corrections as { claim?: unknown; was?: unknown }[]) {
		if (typeof c?.claim === 'string' && Array.isArray(c.was))
			renamed.set(c.claim, [
				...(renamed.get(c.claim) ?? []),
				...c.was.filter((w): w is string => typeof w === 'string'),
			]);
	}
	return renamed;
}

/**
 * Ids the ledger knows that no claim on the page has now, nor lands on:
 * claims removed (recorded or not yet), and the ids they had before. The
 * page gives each an anchor that leads to the claim's entry in the edition history.
 */
function removedIds(ledger: LedgerState, walk: Walk): string[] {
	// Every id the page has: claims, headings, and the anchors of ids claims had before.
	const landing = walk.page.ids;
	const ids = [...ledger.removed].flatMap(([id, r]) => [id, ...r.aliases]);
	for (const claim of ledger.claims.values()) if (!walk.page.ids.has(claim.id)) ids.push(claim.id, ...claim.aliases);
	return [...new Set(ids)].filter((id) => !landing.has(id));
}

/** The block-level walk: headings, paragraphs, the allowed blocks, and containers (lists, quotes). */
function walkBlocks(parent: Parent, context: { section: string; cite: boolean }, walk: Walk): void {
	// The previous block as written (a paragraph is replaced by its HTML once walked): a table's source line.
	let previous: RootContent | undefined;
	for (let i = 0; i < parent.children.length; i++) {
		const node = parent.children[i]!;
		const before = previous;
		previous = node;
		switch (node.type) {
			case 'heading':
				walk.coverage.heading(node, context.cite);
				context.section = toString(node);
				if (!node.data?.hProperties?.id) headingId(node, walk);
				flagCitations(node, 'marker-misplaced', walk);
				break;
			case 'paragraph': {
				const claimsBefore = walk.claims.length;
				const replacement = paragraph(node.children, context, walk);
				if (walk.claims.length > claimsBefore) walk.coverage.cited();
				parent.children.splice(i, 1, ...replacement);
				i += replacement.length - 1;
				break;
			}
			case 'mdxJsxFlowElement': {
				// A tag that is not allowed is reported by the content policy; its inside is not read.
				if (!isAllowedBlock(node.name)) break;
				if (node.name === 'Timeline') {
					walk.timelines.push(node);
					break;
				}
				if (node.name === 'ClaimReview') {
					// An audited claim: its own words and ours, rated; the page publishes it as ClaimReview JSON-LD.
					const at = node.position?.start.offset ?? 0;
					const before = walk.claims.length;
					const passagesBefore = walk.passages.length;
					const { rating, findings } = reviewRating(reviewAttribute(node, 'rating'), at);
					const container = reviewContainer(rating, node.children as RootContent[]);
					parent.children[i] = container;
					walkBlocks(container, context, walk);
					const recorded = recordReview(
						rating,
						walk.claims.slice(before),
						walk.passages.slice(passagesBefore),
						walk.page.sources,
						at,
					);
					const dated = reviewDate(reviewAttribute(node, 'published'), at, walk.reviewDates);
					walk.findings.push(
						...findings,
						...recorded.findings,
						...dated.findings,
						...ratingStrengthFindings(
							{ contradictedBy: reviewAttribute(node, 'contradictedBy'), wordsOf: reviewAttribute(node, 'wordsOf') },
							rating,
							walk.claims.slice(before),
							at,
						),
					);
					if (recorded.review)
						walk.reviews.push({ ...recorded.review, ...(dated.published ? { published: dated.published } : {}) });
					break;
				}
				if (node.name === 'Figure') {
					// A credit that cites its source has its notes right after the figure, as a paragraph has.
					const notes = figure(node, context, walk);
					if (notes) parent.children.splice(++i, 0, notes);
					break;
				}
				// The component renders the section and its heading; the heading's id is ours to choose.
				const block = BLOCK_TITLES[node.name];
				const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: block.title }] };
				headingId(heading, walk, block.id);
				node.attributes = [
					{ type: 'mdxJsxAttribute', name: 'headingId', value: String(heading.data!.hProperties!.id) },
				];
				walkBlocks(node, { section: block.title, cite: context.cite && node.name !== 'Methods' }, walk);
				break;
			}
			case 'table': {
				flagCitations(node, 'marker-misplaced', walk);
				const uncited = context.cite ? tableFinding(node, before, parent.children[i + 1]) : undefined;
				if (uncited) walk.findings.push(uncited);
				break;
			}
			case 'code': {
				const uncited = context.cite ? codeFinding(node, walk.uncitedCode) : undefined;
				if (uncited) walk.findings.push(uncited);
				break;
			}
			case 'list':
				// Every item keeps its paragraph element (`<li><p>`), in tight lists too: the
				// paragraph carries the item's id, and its notes sit beside it.
				node.spread = true;
				for (const item of node.children) item.spread = true;
				walkBlocks(node, context, walk);
				break;
			case 'footnoteDefinition':
				// A footnote is an aside to a sentence that carries its own marker: a reader does not take it
				// for a statement of the article's, so it needs none (a marker in it still cites).
				walkBlocks(node, { ...context, cite: false }, walk);
				break;
			default:
				if ('children' in node) walkBlocks(node as Parent, context, walk);
		}
	}
}

function definitionsIn(tree: Root): Map<string, Definition> {
	const found = new Map<string, Definition>();
	visit(tree, 'definition', (node) => {
		const id = node.identifier.toUpperCase();
		// The first of a name wins, as in CommonMark and mdast-util-to-hast.
		if (!found.has(id)) found.set(id, node);
	});
	return found;
}

/**
 * The definitions a passage's references name, for rendering it alone. Only those: each paragraph
 * rendered with every definition of the document took the paragraphs times the definitions (2,000 of
 * each, 40 KB, took 4 s to render).
 */
function definitionsOf(passage: Nodes, walk: Walk): Definition[] {
	const used = new Set<Definition>();
	visit(passage, ['linkReference', 'imageReference'], (node) => {
		const definition = walk.definitions.get((node as LinkReference | ImageReference).identifier.toUpperCase());
		if (definition) used.add(definition);
	});
	return [...used];
}

/**
 * Inline content whose HTML only the whole document's pipeline can make:
 * footnote references, numbered across the document, and images, which
 * Astro imports and optimises. Such a paragraph
 * stays a tree; all others are rendered here, once.
 */
function needsTree(node: PhrasingContent): boolean {
	if (node.type === 'footnoteReference') return true;
	// Astro's image path finds images in the tree, not in HTML strings; a reference-style one too.
	if (node.type === 'image' || node.type === 'imageReference') return true;
	return 'children' in node && (node.children as PhrasingContent[]).some(needsTree);
}

/** A paragraph becomes the passage (a `<p>` with its id) followed by its notes, if it cites anything. */
function paragraph(
	children: PhrasingContent[],
	context: { section: string; cite: boolean },
	walk: Walk,
): RootContent[] {
	const before = walk.findings.length;
	visit({ type: 'paragraph', children } as Paragraph, ['image', 'imageReference'], (image) => {
		image.data = { ...image.data, hProperties: { ...image.data?.hProperties, ...IMAGE_PROPS } };
	});
	// A paragraph of images alone states nothing: their alt text describes them and needs no source.
	// A title is text a reader sees beside the image, so a titled image still needs one.
	const picture = children.every(
		(c) =>
			((c.type === 'image' || c.type === 'imageReference') && !titleOf(c, walk)) ||
			(c.type === 'text' && !c.value.trim()),
	);
	const pieces = children.flatMap((child) => toPieces(child, walk, picture));
	// A marker the parser could not read is reported once; its sentence is not also "uncited".
	const broken = walk.findings.length > before;
	const { result, passage } = citeBlock(pieces, context.section, context.cite && !broken, walk);
	if (walk.page.recordOnly) return [passage];
	if (result.notes === PAGE_NOTES) {
		if (children.some(needsTree)) return [notesElement(result.passage.id, [citeElements(passage)])];
		const p = (toHast({ type: 'root', children: [passage, ...definitionsOf(passage, walk)] }) as HastRoot)
			.children[0] as Element;
		return [notesElement(result.passage.id, splitAtCites(p))];
	}
	if (!children.some(needsTree)) {
		const p = (toHast({ type: 'root', children: [passage, ...definitionsOf(passage, walk)] }) as HastRoot)
			.children[0] as Element;
		return [htmlBlock(result.notes ? [p, result.notes] : [p])];
	}
	return [passage, ...(result.notes ? [htmlBlock([result.notes])] : [])];
}

/** An image's title: its own, or its definition's (the first of that name) for a reference-style one. */
function titleOf(image: Image | ImageReference, walk: Walk): string | null | undefined {
	return image.type === 'image' ? image.title : walk.definitions.get(image.identifier.toUpperCase())?.title;
}

function toPieces(node: PhrasingContent, walk: Walk, picture: boolean): Piece<PhrasingContent>[] {
	const offset = node.position?.start.offset;
	if (node.type === 'citation') return [{ kind: 'marker', raw: (node as Citation).value, offset: offset ?? 0 }];
	if (node.type === 'text') {
		if (offset !== undefined) strayMarkers(walk.source.slice(offset, node.position!.end.offset), offset, walk);
		return [{ kind: 'text', value: node.value, ...(offset !== undefined ? { offset } : {}) }];
	}
	flagCitations(node, 'marker-in-formatting', walk);
	// An inline tag is refused by the content policy; its words are not the reader's text.
	// A link's or image's title is text a reader sees: part of the sentence, so covered by its marker or uncited.
	const text =
		node.type === 'mdxJsxTextElement' || node.type === 'mdxTextExpression' || picture
			? ''
			: [toString(node), ...titlesOf(node).map((t) => `(${t})`)].join(' ');
	return [{ kind: 'inline', node, text, ...(offset !== undefined ? { offset } : {}) }];
}

/**
 * Heading ids: slugs of their text that avoid the template's ids and start with a letter (valid HTML ids),
 * and never in the claims' and paragraphs' namespaces (`c-…`, `p-…`): the page gives a paragraph's notes
 * ids of their own (`p-…-s1`, `p-…-note`) after the headings have theirs.
 */
function headingId(node: Heading, walk: Walk, preferred?: string): void {
	let slug =
		preferred ??
		fold(toString(node))
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '');
	if (!/^[a-z]/.test(slug) || (preferred === undefined && /^[cp]-/.test(slug))) slug = `s-${slug || 'section'}`;
	const id = unique(slug, walk.page.ids);
	node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
	walk.headings.push({ depth: node.depth, id, text: toString(node) });
}
