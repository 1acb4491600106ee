/**
 * The claims core is pure: it takes strings and records and returns data,
 * so another engine (or a test) needs no Astro, Zod, schema or Markdown to
 * run it. This reads the imports of every file in `src/claims/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorialNoteId, noteId, paragraphOf, quoteId } from '../../src/claims/ids.ts';

const dir = new URL('../../src/claims/', import.meta.url);

describe('the claims core', () => {
	it('imports nothing from Astro, Zod, the schemas or the Markdown side', () => {
		const found: string[] = [];
		for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
			for (const [, from] of readFileSync(new URL(name, dir), 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
				if (/^astro|zod|\/schema\/|\/markdown\/|^mdast|^remark|^micromark|^unified/.test(from!))
					found.push(`${name}: ${from}`);
			}
		}
		expect(found).toEqual([]);
	});

	it('has one lexer of the marker syntax, which the Markdown syntax, the grammar and the stray-marker search all use', () => {
		const users = [
			'../../src/markdown/citation-syntax.ts',
			'../../src/claims/marker-grammar.ts',
			'../../src/markdown/claims-walk.ts',
		];
		for (const user of users) {
			const text = readFileSync(new URL(user, import.meta.url), 'utf8');
			expect(text, user).toMatch(
				/^import \{[^}]*\b(?:lex|quoteEnd|opensMarker)\b[^}]*\} from '[./]*(?:claims\/)?marker-lexer\.ts';$/m,
			);
			// No second copy of its rules: a set of quote marks, or a pattern for where a marker opens.
			expect(text, user).not.toMatch(/new Set\(\[[^\]]*(?:0x201c|\\u201C)/i);
			expect(text, user).not.toContain('\\[[ \\t]*');
		}
	});

	it('writes fragment ids that it parses back to their paragraph', () => {
		const note = noteId('p-the-envoy-said-6hx8hs', 3);
		expect(paragraphOf(quoteId(note, 2))).toEqual({ paragraph: 'p-the-envoy-said-6hx8hs', quote: true });
		expect(paragraphOf('p-the-envoy-said-6hx8hs')).toEqual({ paragraph: 'p-the-envoy-said-6hx8hs', quote: false });
		expect(paragraphOf(editorialNoteId('p-x-1abcde', 'analysis'))).toEqual({
			paragraph: 'p-x-1abcde-analysis',
			quote: false,
		});
		expect(paragraphOf('c-the-envoy-said-abc123')).toBeUndefined();
	});
});
