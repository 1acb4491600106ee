/**
 * A claim's marker is built as a plain hast tree, not through hastscript:
 * it must be the very tree `h()` makes (so the HTML, classes, ARIA and
 * links stay as they were), for one source, several, and our own label.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { markerLabel, renderMarker } from '../../src/claims/notes-html.ts';
import { LABEL_TEXT } from '../../src/claims/labels.ts';
import type { SourceRecord } from '../../src/claims/model.ts';

const source = (id: string, outlet: string, published?: string): SourceRecord =>
	({
		id,
		outlet,
		originConfidence: 'confirmed',
		title: `${outlet} & “co”`,
		titleSupplied: false,
		url: `https://example.org/${id}`,
		...(published ? { published } : {}),
	}) as SourceRecord;

/** The marker as hastscript builds it, the way the engine did before. */
function byHastscript(
	paragraph: string,
	claim: string,
	cited: { source: SourceRecord; number: number }[],
	editorial?: 'analysis' | 'note',
) {
	const links = [];
	for (const { source, number } of cited) {
		if (links.length > 0) links.push(h('span.marker-sep', { ariaHidden: 'true' }, ','));
		links.push(
			h(
				'a',
				{ href: `#${paragraph}-s${number}`, role: 'doc-noteref', ariaLabel: markerLabel(source, number) },
				String(number),
			),
		);
	}
	if (editorial) {
		if (links.length > 0) links.push(h('span.marker-sep', { ariaHidden: 'true' }, ','));
		links.push(
			h(
				'a',
				{ href: `#${paragraph}-${editorial}`, role: 'doc-noteref', ariaLabel: LABEL_TEXT[`our-${editorial}`].name },
				'†',
			),
		);
	}
	return h('sup.marker', { dataClaim: claim }, links);
}

describe('a claim’s marker', () => {
	const a = { source: source('source-1', 'Wire "Agency"', '2025-08-18'), number: 1 };
	const b = { source: source('source-2', 'Global <Press>'), number: 13 };
	for (const [name, cited, editorial] of [
		['one source', [a], undefined],
		['several sources', [a, b], undefined],
		['a source and our analysis', [b], 'analysis'],
		['our note alone', [], 'note'],
	] as const) {
		it(`is the tree hastscript makes, with ${name}`, () => {
			const made = renderMarker('p-talks-abc123', 'c-talks-def456', [...cited], editorial);
			const expected = byHastscript('p-talks-abc123', 'c-talks-def456', [...cited], editorial);
			expect(made).toStrictEqual(expected);
			expect(toHtml(made)).toBe(toHtml(expected));
		});
	}
});
