/**
 * Flatten a paragraph's children into text, other inline nodes and citation
 * markers, with offsets into the paragraph's plain text. Markers are found in
 * the original source (exact positions, verbatim quotes); the node values,
 * which smart punctuation may have changed, are only used to split text.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ContentIssue } from '../claims/issues.ts';
import { scanMarkers, type Marker } from '../claims/markers.ts';

export type Part =
	| { kind: 'text'; value: string; start: number; end: number }
	| { kind: 'node'; node: PhrasingContent; start: number; end: number }
	| { kind: 'marker'; marker: Marker; at: number; fileOffset: number };

export interface ParagraphParts {
	parts: Part[];
	/** The paragraph's text without its markers. */
	plain: string;
	/** Problems, with offsets into the whole file. */
	issues: ContentIssue[];
}

/** @param source the whole file, for exact marker positions */
export function paragraphParts(paragraph: Paragraph, source: string): ParagraphParts {
	const parts: Part[] = [];
	const issues: ContentIssue[] = [];
	let plain = '';
	const pushText = (value: string) => {
		if (value === '') return;
		parts.push({ kind: 'text', value, start: plain.length, end: plain.length + value.length });
		plain += value;
	};

	for (const child of paragraph.children) {
		if (child.type !== 'text') {
			const value = toString(child);
			if (value.includes('[@')) {
				issues.push({ ruleId: 'marker-in-formatting', reason: 'Unexpected citation marker inside emphasis, a link or other formatting, expected it after the formatted text: `*claim* [@id]`', offset: child.position?.start.offset ?? 0, severity: 'error' });
			}
			parts.push({ kind: 'node', node: child, start: plain.length, end: plain.length + value.length });
			plain += value;
			continue;
		}
		const base = child.position?.start.offset;
		const original = base === undefined ? child.value : source.slice(base, child.position!.end.offset);
		const exact = scanMarkers(original);
		const split = scanMarkers(child.value);
		issues.push(...exact.issues.map((i) => ({ ...i, offset: (base ?? 0) + i.offset })));
		// Prefer the source's markers (verbatim quotes, exact offsets) when both scans agree.
		const markers = exact.markers.length === split.markers.length ? exact.markers : split.markers;
		let last = 0;
		split.markers.forEach((m, i) => {
			// Pandoc style: the space before a marker is not kept ("claim¹", not "claim ¹").
			pushText(child.value.slice(last, m.start).replace(/\s+$/u, ''));
			const marker = markers[i]!;
			parts.push({ kind: 'marker', marker, at: plain.length, fileOffset: (base ?? 0) + marker.start });
			last = m.end;
		});
		pushText(child.value.slice(last));
	}
	return { parts, plain, issues };
}
