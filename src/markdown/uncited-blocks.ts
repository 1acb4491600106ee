/**
 * Text outside paragraphs that can state a fact, each with a narrow,
 * deliberate rule (the claims engine only sees paragraphs and list items):
 *
 * - A code block is exempt only when the article says its code blocks
 *   hold no claims (`uncitedCode: true` in the frontmatter); otherwise
 *   "```\nPutin resigned on Sunday.\n```" would publish a fact with no source.
 * - A table's header row labels columns; a body cell that states
 *   something needs the table's source in the paragraph right before or
 *   right after it (the line that introduces the table, or its source
 *   line). Markers cannot go in cells yet (`marker-misplaced`).
 * - A heading is a label for its section: it needs cited text under it,
 *   before the next heading of the same or a higher level. A heading
 *   with nothing cited under it is a claim of its own.
 */
import type { Code, Heading, Nodes, Parent, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarker } from '../claims/marker-grammar.ts';
import { finding, type Finding } from '../diagnostics/diagnostic.ts';

const STATES = /[\p{L}\p{N}]/u;

function shorten(text: string): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean;
}

const at = (node: { position?: { start: { offset?: number | undefined } } | undefined }) =>
	node.position?.start.offset ?? 0;

/** A code block in cited text, unless the article opted out for its code blocks. */
export function codeFinding(node: Code, uncitedCode: boolean): Finding | undefined {
	if (uncitedCode || !STATES.test(node.value)) return undefined;
	return finding(
		'uncited-code',
		`Unexpected code block in cited text: “${shorten(node.value)}” would carry no source, expected the words as a paragraph with their markers, or \`uncitedCode: true\` in the frontmatter if this article's code blocks only show code or data`,
		at(node),
	);
}

/** True when `node` holds a marker that names a source (`[@id]`; a `[!note]` is no table's source). */
function citesSource(node: RootContent | undefined): boolean {
	if (!node) return false;
	if (node.type === 'citation') {
		const parsed = parseMarker(node.value);
		return parsed.ok && parsed.marker.citations.length > 0;
	}
	return 'children' in node && (node.children as RootContent[]).some(citesSource);
}

/** A table whose body states something with no source next to it. `before` and `after` are its neighbours in the document. */
export function tableFinding(
	node: Table,
	before: RootContent | undefined,
	after: RootContent | undefined,
): Finding | undefined {
	if ((before?.type === 'paragraph' && citesSource(before)) || (after?.type === 'paragraph' && citesSource(after)))
		return undefined;
	for (const row of node.children.slice(1)) {
		for (const cell of row.children) {
			const text = toString(cell);
			if (STATES.test(text))
				return finding(
					'uncited-table',
					`Unexpected table without a source: the cell “${shorten(text)}” states something, expected a source marker (\`[@id]\`) in the paragraph right before or after the table, e.g. \`Troops pledged, by country [@source-id]:\``,
					at(cell),
				);
		}
	}
	return undefined;
}

/** Headings waiting for cited text under them, innermost last. */
export class HeadingCoverage {
	readonly #open: { node: Heading; cited: boolean }[] = [];
	readonly #found: Finding[];

	constructor(found: Finding[]) {
		this.#found = found;
	}

	/** A heading starts a section: it closes the sections at its level or deeper. */
	heading(node: Heading, cite: boolean): void {
		this.#close(node.depth);
		if (cite && STATES.test(toString(node))) this.#open.push({ node, cited: false });
	}

	/** Cited text: every open section has some. */
	cited(): void {
		for (const open of this.#open) open.cited = true;
	}

	/** The end of the document. */
	end(): void {
		this.#close(0);
	}

	#close(depth: number): void {
		while (this.#open.length > 0 && this.#open.at(-1)!.node.depth >= depth) {
			const { node, cited } = this.#open.pop()!;
			if (!cited)
				this.#found.push(
					finding(
						'uncited-heading',
						`Unexpected heading with no cited text under it: “${shorten(toString(node))}”, expected the section's text, with its markers, to support what the heading says (headings carry no markers)`,
						at(node),
					),
				);
		}
	}
}

/** The `title`s of the links and images in `node`: plain text, so part of the sentence they stand in. */
export function titlesOf(node: Nodes): string[] {
	const out: string[] = [];
	const visit = (n: Nodes) => {
		if ((n.type === 'link' || n.type === 'image') && n.title) out.push(n.title);
		if ('children' in n) for (const c of (n as Parent).children) visit(c as Nodes);
	};
	visit(node);
	return out;
}
