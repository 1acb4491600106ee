/**
 * The parse guard's part for text the bundler reads as code
 * (`src/text/bundler-markers.ts`): found where the author wrote it, as
 * itself, with escapes or character references, or in pieces that the
 * page and the compiled module join (a heading's text and its inline code
 * become a section's name and `getHeadings()`' text). Each is reported at
 * its place and written with `-` for its `.`, `_`, `~` and spaces, so that
 * the compile, which the build then fails, holds none either.
 */
import { toString } from 'mdast-util-to-string';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { BUNDLER_MARKER, defused, defusedAll, MARKER_REASON, markersIn } from '../text/bundler-markers.ts';

type Report = (file: VFile, found: Finding) => void;

/** The most such places reported in one file: past that, the file is not an article. */
const MAX_REPORTED = 20;

/** Each marker written as itself in the body, reported; the body as the parser then reads it, defused. */
export function bundlerMarkers(document: string, file: VFile, report: Report): string {
	const found = markersIn(document);
	for (const offset of found.slice(0, MAX_REPORTED)) report(file, finding('bundler-text', MARKER_REASON, offset));
	return found.length > 0 ? defused(document) : document;
}

/**
 * Markers written with escapes or character references (`import\.meta`, `__vite&#95;`), which the parser
 * decodes: each node that holds one (the walk of the guard finds them) is reported at its start, once,
 * and its strings defused.
 */
export function referencedMarkers(marked: readonly Node[], file: VFile, report: Report): void {
	for (const node of marked.slice(0, MAX_REPORTED))
		report(file, finding('bundler-text', MARKER_REASON, node.position?.start.offset ?? 0));
	for (const node of marked) rewrite(node, defused);
}

/** The blocks whose text the page or the module joins from their pieces. */
const JOINED = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Markers only the joined text of a block holds (`## import` + `` `.meta` ``): each such block is
 * reported at its start, once, and every `.`, `_`, `~` and space in it written as `-`, since no one
 * piece holds the marker. The tree is no deeper than the guard allows by now.
 */
export function joinedMarkers(tree: Node, file: VFile, report: Report): void {
	let reported = 0;
	const stack: Node[] = [tree];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (JOINED.has(node.type)) {
			if (!BUNDLER_MARKER.test(toString(node))) continue;
			if (reported++ < MAX_REPORTED)
				report(file, finding('bundler-text', MARKER_REASON, node.position?.start.offset ?? 0));
			const inside: Node[] = [node];
			while (inside.length > 0) {
				const piece = inside.pop()!;
				rewrite(piece, defusedAll);
				inside.push(...((piece as Partial<Parent>).children ?? []));
			}
			continue;
		}
		stack.push(...((node as Partial<Parent>).children ?? []));
	}
}

/** The node's own strings (text, alt, title, address, label, identifier, attribute values) passed through `change`. */
function rewrite(node: Node, change: (text: string) => string): void {
	const fields = node as Node & Record<string, unknown>;
	for (const key of ['value', 'alt', 'title', 'url', 'label', 'identifier'])
		if (typeof fields[key] === 'string') fields[key] = change(fields[key]);
	if (Array.isArray(fields['attributes']))
		for (const attribute of fields['attributes'] as { value?: unknown }[])
			if (typeof attribute.value === 'string') attribute.value = change(attribute.value);
}
