/**
 * The error a content problem fails a page with, as Astro's dev server shows it: every problem
 * in the message, and no hint aimed at code (an author's text quoting "the document" is not a
 * component touching browser APIs).
 */
import { describe, expect, it } from 'vitest';
// Astro's own dev error handling, as `astro dev` applies it to an error a page throws.
import { collectErrorMetadata } from '../../node_modules/astro/dist/core/errors/dev/utils.js';
import { ContentError, diagnostic } from '../../src/diagnostics/diagnostic.ts';

describe('a content error in the dev overlay', () => {
	it('keeps every problem and gets no browser-API hint when an author’s words say “document” or “window”', () => {
		const text = 'The leaked document says [@wire-one] the window closed.\n';
		const error = new ContentError([
			diagnostic(
				{ file: 'articles/a.mdx', text, offset: 26 },
				'unknown-source',
				'Unknown source `wire-one` in “document”',
			),
			diagnostic({ file: 'articles/b.mdx' }, 'uncited-sentence', 'Uncited sentence: “the window closed”'),
		]);
		const shown = collectErrorMetadata(error, new URL('file:///project/'));
		expect(shown.message).toContain('articles/a.mdx:1:27');
		expect(shown.message).toContain('the window closed');
		expect(shown.hint ?? '').not.toMatch(/Browser APIs/);
	});
});
