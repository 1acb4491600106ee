/**
 * Properties of the marker grammar over many generated inputs (fast-check):
 * it never throws on any text, reads long hostile text in one pass, and any
 * marker it can write it reads back unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMarker, parseMarker, type MarkerContent } from '../../src/claims/marker-grammar.ts';
import { citationFromMarkdown, citationSyntax } from '../../src/markdown/citation-syntax.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';

const id = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,3}$/);
// Quotes as authors write them: words, punctuation, brackets, quote marks; single spaces.
const quote = fc
	.array(
		fc.constantFrom(
			'word',
			'it’s',
			'[which]',
			'"inner"',
			'“x”',
			'<b>',
			'{y}',
			'&',
			';',
			',',
			']',
			'a\\b',
			'–',
			'Ünïcode',
		),
		{ minLength: 1, maxLength: 8 },
	)
	.map((words) => words.join(' '));
const marker: fc.Arbitrary<MarkerContent> = fc
	.record({
		citations: fc.array(
			fc.record({
				id,
				quote: fc.option(quote, { nil: undefined }),
				support: fc.option(fc.constantFrom('quote', 'paraphrase', 'analysis' as const), { nil: undefined }),
			}),
			{ minLength: 1, maxLength: 4 },
		),
		status: fc.option(fc.constantFrom('disputed', 'unconfirmed' as const), { nil: undefined }),
		editorial: fc.option(fc.constantFrom('analysis', 'note' as const), { nil: undefined }),
	})
	.map((m) => ({
		citations: m.citations.map((c) => ({
			id: c.id,
			offset: 0,
			...(c.quote !== undefined ? { quote: c.quote } : {}),
			...(c.support !== undefined ? { support: c.support } : {}),
		})),
		...(m.status ? { status: m.status } : {}),
		...(m.editorial ? { editorial: m.editorial } : {}),
	}));

const strip = (m: MarkerContent) => ({ ...m, citations: m.citations.map(({ offset: _, ...c }) => c) });

describe('the marker grammar, on generated input', () => {
	it('reads back every marker it writes', () => {
		fc.assert(
			fc.property(marker, (m) => {
				const result = parseMarker(formatMarker(m));
				expect(result.ok).toBe(true);
				if (result.ok) expect(strip(result.marker)).toEqual(strip(m));
			}),
			{ numRuns: 2000 },
		);
	});

	it('never throws on any text between brackets, and places every problem inside it', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('[@', '[!', '[ @'), (text, open) => {
				const input = `${open}${text}]`;
				const result = parseMarker(input);
				if (!result.ok) expect(result.problem.offset).toBeGreaterThanOrEqual(0);
				if (!result.ok) expect(result.problem.offset).toBeLessThanOrEqual(input.length);
			}),
			{ numRuns: 3000 },
		);
	});

	// No stopwatch: a parser that backtracks on these inputs never finishes
	// (its work doubles with each repeat), so the test's own timeout, a
	// thousand times what one linear pass takes, is what catches it.
	it.for(['@a "', '@a; ', '@a "x" ; ', '"\\', '@a-', '!unconfirmed; @', '@a "x" quote ', '“'])(
		'reads 20,000 repeats of %j in one pass, with or without a closing bracket',
		(unit) => {
			for (const close of [']', '']) {
				const result = parseMarker(`[${unit.repeat(20_000)}${close}`);
				expect(typeof result.ok).toBe('boolean');
			}
		},
	);

	it('the Markdown syntax never throws, and each marker it finds is a whole `[…]` of the input', () => {
		const pieces = fc.constantFrom(
			'[@a]',
			'[@a, "q"]',
			'[',
			']',
			'"',
			'“',
			'\\',
			'`',
			'*',
			'(',
			')',
			'\n',
			' ',
			'text',
			'[!',
			'[@',
			'<',
			'{',
		);
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
				const text = parts.join('');
				const tree = fromMarkdown(text, { extensions: [citationSyntax()], mdastExtensions: [citationFromMarkdown()] });
				const found: { value: string; start: number; end: number }[] = [];
				const visit = (n: {
					type: string;
					value?: string;
					position?: { start: { offset?: number }; end: { offset?: number } };
					children?: unknown[];
				}) => {
					if (n.type === 'citation')
						found.push({ value: n.value!, start: n.position!.start.offset!, end: n.position!.end.offset! });
					n.children?.forEach((c) => visit(c as never));
				};
				visit(tree as never);
				for (const f of found) {
					expect(text.slice(f.start, f.end)).toBe(f.value);
					expect(f.value.startsWith('[') && f.value.endsWith(']')).toBe(true);
				}
			}),
			{ numRuns: 3000 },
		);
	});

	it('reads every marker the Markdown syntax finds to its end: their quotes close at the same mark', () => {
		const pieces = fc.constantFrom(
			'[@a',
			'[@b, "',
			'", ',
			'"; @c]',
			'”',
			'“',
			' quote',
			']',
			';',
			',',
			'\\',
			'[',
			'[@',
			' ',
			'\n',
			'words',
		);
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
				const text = parts.join('');
				const tree = fromMarkdown(text, { extensions: [citationSyntax()], mdastExtensions: [citationFromMarkdown()] });
				const values: string[] = [];
				const visit = (n: { type: string; value?: string; children?: unknown[] }) => {
					if (n.type === 'citation') values.push(n.value!);
					n.children?.forEach((c) => visit(c as never));
				};
				visit(tree as never);
				for (const value of values) {
					const result = parseMarker(value);
					// The grammar may find the inside wrong, but never that the marker or a quote in it runs on.
					if (!result.ok)
						expect(['marker-unclosed', 'marker-unclosed-quote'], value).not.toContain(result.problem.ruleId);
				}
			}),
			{ numRuns: 3000 },
		);
	});
});
