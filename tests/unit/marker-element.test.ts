/**
 * A claim's marker: one link per source to its note, with an accessible
 * name that says which source it is (outlet and date), separators hidden
 * from screen readers, and a dagger for our own label.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { renderMarker } from '../../src/claims/notes-html.ts';
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

const marker = (...links: string[]) => `<sup class="marker" data-claim="c-talks-def456">${links.join('')}</sup>`;
const sep = '<span class="marker-sep" aria-hidden="true">,</span>';
const one =
	'<a href="#p-talks-abc123-s1" role="doc-noteref" aria-label="Source 1: Wire &#x22;Agency&#x22;, 18 Aug 2025">1</a>';
const thirteen = '<a href="#p-talks-abc123-s13" role="doc-noteref" aria-label="Source 13: Global <Press>">13</a>';

describe('a claim’s marker', () => {
	const a = { source: source('source-1', 'Wire "Agency"', '2025-08-18'), number: 1 };
	const b = { source: source('source-2', 'Global <Press>'), number: 13 };
	for (const [name, cited, editorial, expected] of [
		['one source', [a], undefined, marker(one)],
		['several sources', [a, b], undefined, marker(one, sep, thirteen)],
		[
			'a source and our analysis',
			[b],
			'analysis',
			marker(thirteen, sep, '<a href="#p-talks-abc123-analysis" role="doc-noteref" aria-label="Our analysis">†</a>'),
		],
		[
			'our note alone',
			[],
			'note',
			marker('<a href="#p-talks-abc123-note" role="doc-noteref" aria-label="Our note">†</a>'),
		],
	] as const) {
		it(`links each number to its note, named for the reader, with ${name}`, () => {
			expect(toHtml(renderMarker('p-talks-abc123', 'c-talks-def456', [...cited], editorial))).toBe(expected);
		});
	}
});
