/**
 * Research notes as the build reads them: what counts as the same quote,
 * which address matches, the nearest passage shown when a quote is not
 * there, and where each problem is reported. (A real build failing on them
 * is in tests/build/broken-build.test.ts.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResearch, missingNotesProblem, nearestPassage, notesGiveUrl, notesHold, researchProblems } from '../../src/editorial/research-notes.ts';
import type { Source } from '../../src/schema/source.ts';
import { contentDir } from '../support/content-dir.ts';

const NOTES = [
	'# Notes',
	'',
	'| id | Outlet | URL |',
	'|---|---|---|',
	'| wire-one | Wire | https://example.org/wire-one |',
	'| copy | Copy | example.org/no-scheme |',
	'',
	'- wire-one: "The U.S. has proposed guarantees similar to — but separate from — NATO\'s," a source said.',
	'- Another: “it’s a road to nowhere.”',
].join('\n');

const notes = () => {
	const root = contentDir({ 'research/desk.md': NOTES });
	return { root, notes: loadResearch(join(root, 'research'), 'desk.md')! };
};

const source = (id: string, url: string): Source => ({ id, outlet: id, title: id, url, originConfidence: 'confirmed', titleSupplied: false });

describe('research notes', () => {
	it('holds a quote whatever its quote marks, dashes and spacing, and nothing else', () => {
		const { notes: n } = notes();
		expect(notesHold(n, 'similar to - but separate from – NATO’s')).toBe(true);
		expect(notesHold(n, "it's a road\n to nowhere.")).toBe(true);
		expect(notesHold(n, 'similar to, but separate from')).toBe(false);
		expect(notesHold(n, 'The US has proposed')).toBe(false);
	});

	it('gives an address as written, or as written without the scheme the record added', () => {
		const { notes: n } = notes();
		expect(notesGiveUrl(n, 'https://example.org/wire-one')).toBe(true);
		expect(notesGiveUrl(n, 'https://example.org/no-scheme')).toBe(true);
		expect(notesGiveUrl(n, 'https://example.org/wire-two')).toBe(false);
		// Whole addresses only.
		expect(notesGiveUrl(n, 'https://example.org/wire')).toBe(false);
		expect(notesGiveUrl(n, 'https://example.org/no-sch')).toBe(false);
	});

	it('finds the nearest passage: the shortest with the longest run of shared words, with its line', () => {
		const { notes: n } = notes();
		expect(nearestPassage(n, 'The US has proposed guarantees similar to, but separate from')).toEqual({ line: 8, text: expect.stringMatching(/^The U\.S\. has proposed guarantees similar to/) });
		expect(nearestPassage(n, 'a road to somewhere')).toEqual({ line: 9, text: 'it’s a road to nowhere.' });
		expect(nearestPassage(n, 'zebra')).toBeUndefined();
	});

	it('reports each quote the notes lack and each address once, at the citation, and nothing without notes', () => {
		const { notes: n } = notes();
		const text = 'Line one [@wire-one, "x"].\nSecond [@wire-two, "a road to somewhere"] and [@wire-two].';
		const at = (offset: number) => ({ file: 'content/articles/a.mdx', text, offset });
		const sources = new Map([['wire-one', source('wire-one', 'https://example.org/wire-one')], ['wire-two', source('wire-two', 'https://example.org/wire-two')]]);
		const citations = [
			{ source: 'wire-one', quote: "it's a road to nowhere.", at: at(10) },
			{ source: 'wire-two', quote: 'a road to somewhere', at: at(36) },
			{ source: 'wire-two', at: at(65) },
		];
		const found = researchProblems(citations, [n], sources);
		expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['2:10 not-in-research', '2:10 not-in-research']);
		expect(found[0]!.reason).toMatch(/^Quote for `@wire-two` not in the research notes `[^`]+desk\.md`: “a road to somewhere”, expected words copied verbatim .*nearest passage is [^ ]+desk\.md:9: “it’s a road to nowhere\.”$/);
		expect(found[1]!.reason).toMatch(/^Address of `@wire-two` not in the research notes .*`https:\/\/example\.org\/wire-two`.*nearest address there is `https:\/\/example\.org\/wire-one`$/);
		expect(researchProblems(citations, [], sources)).toEqual([]);
	});

	it('reports a `research:` name with no file, with the closest names', () => {
		const { root } = notes();
		const at = { file: 'content/articles/a.mdx', text: '---\nresearch: desc.md\n---\n', offset: 14 };
		const [problem] = missingNotesProblem(join(root, 'research'), 'desc.md', at);
		expect(problem).toMatchObject({ line: 2, column: 11, ruleId: 'invalid-field' });
		expect(problem!.reason).toMatch(/Unknown research notes `desc\.md`.*closest: `desk\.md`/);
		expect(missingNotesProblem(join(root, 'research'), 'desk.md', at)).toEqual([]);
	});
});
