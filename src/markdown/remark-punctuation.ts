/**
 * remark plugin: typographic punctuation in the text of each block
 * (paragraph, heading, table cell), never in code. A block's text nodes
 * are processed in order, each knowing the characters around it, so
 * quotes around emphasis or a link pair up; inline code, a marker or any
 * other non-text node counts as a word between them. Citation markers are
 * syntax nodes of their own, so a quoted passage in a marker is never
 * touched: it must match the source word for word.
 */
import type { Nodes, Parent, Root, Text } from 'mdast';
import { smartPunctuation } from '../text/smart-punctuation.ts';

/** Stand-ins for other inline nodes when judging a quote's neighbours: code, a marker or an image reads as a word, a line break as a space. */
type Run = (Text | 'a' | ' ')[];

export function remarkPunctuation() {
	return (tree: Root): void => visitBlocks(tree);
}

function visitBlocks(node: Nodes): void {
	if (node.type === 'code' || node.type === 'html') return;
	if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
		const run: Run = [];
		collect(node, run);
		punctuate(run);
		return;
	}
	if ('children' in node) for (const child of (node as Parent).children) visitBlocks(child as Nodes);
}

/** The block's inline content in order. */
function collect(node: Parent, run: Run): void {
	for (const child of node.children) {
		if (child.type === 'text') run.push(child);
		else if (child.type === 'break') run.push(' ');
		else if ('children' in child) collect(child as Parent, run);
		else run.push('a');
	}
}

function punctuate(run: Run): void {
	let before = '';
	run.forEach((node, i) => {
		if (typeof node === 'string') {
			before = node;
			return;
		}
		const next = run[i + 1];
		const after = next === undefined ? '' : typeof next === 'string' ? next : (next.value[0] ?? '');
		node.value = smartPunctuation(node.value, before, after);
		before = node.value.at(-1) ?? before;
	});
}
