/**
 * Research notes as the build reads them: what counts as the same quote,
 * which address matches, the nearest passage shown when a quote is not
 * there, and where each problem is reported. (A real build failing on them
 * is in tests/build/broken-build.test.ts.)
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	loadResearch,
	MAX_NOTES_BYTES,
	missingNotesProblem,
	nearestPassage,
	notesGiveUrl,
	notesHold,
	researchProblems,
} from '../../src/editorial/research-notes.ts';
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
	'- wire-one, later: “it’s a road to nowhere.”',
].join('\n');

const notes = () => {
	const root = contentDir({ 'research/desk.md': NOTES });
	return { root, notes: loadResearch(join(root, 'research'), 'desk.md')! };
};

const source = (id: string, url: string): Source => ({
	id,
	outlet: id,
	title: id,
	url,
	originConfidence: 'confirmed',
	titleSupplied: false,
});

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
		expect(nearestPassage(n, 'The US has proposed guarantees similar to, but separate from')).toEqual({
			line: 8,
			text: expect.stringMatching(/^The U\.S\. has proposed guarantees similar to/),
		});
		expect(nearestPassage(n, 'a road to somewhere')).toEqual({ line: 9, text: 'it’s a road to nowhere.' });
		expect(nearestPassage(n, 'zebra')).toBeUndefined();
	});

	it('reports each quote the notes lack and each address once, at the citation, and nothing without notes', () => {
		const { notes: n } = notes();
		const text = 'Line one [@wire-one, "x"].\nSecond [@wire-two, "a road to somewhere"] and [@wire-two].';
		const at = (offset: number) => ({ file: 'content/articles/a.mdx', text, offset });
		const sources = new Map([
			['wire-one', source('wire-one', 'https://example.org/wire-one')],
			['wire-two', source('wire-two', 'https://example.org/wire-two')],
		]);
		const citations = [
			{ source: 'wire-one', quote: "it's a road to nowhere.", at: at(10) },
			{ source: 'wire-two', quote: 'a road to somewhere', at: at(36) },
			{ source: 'wire-two', at: at(65) },
		];
		const found = researchProblems(citations, [n], sources);
		expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([
			'2:10 not-in-research',
			'2:10 not-in-research',
		]);
		expect(found[0]!.reason).toMatch(
			/^Quote for `@wire-two` not in its entry in the research notes `[^`]+desk\.md`: “a road to somewhere”, expected whole words copied verbatim .*nearest passage is [^ ]+desk\.md:9: “it’s a road to nowhere\.”$/,
		);
		expect(found[1]!.reason).toMatch(
			/^Address of `@wire-two` not in the research notes .*`https:\/\/example\.org\/wire-two`.*nearest address there is `https:\/\/example\.org\/wire-one`$/,
		);
		expect(researchProblems(citations, [], sources)).toEqual([]);
	});

	it('are read again once edited (the dev server checks quotes on every page), and are gone once deleted', () => {
		const { root, notes: before } = notes();
		const file = join(root, 'research', 'desk.md');
		expect(notesHold(before, 'a road to nowhere')).toBe(true);
		writeFileSync(file, NOTES.replaceAll('road to nowhere', 'path to nowhere'));
		const after = loadResearch(join(root, 'research'), 'desk.md')!;
		expect(notesHold(after, 'a road to nowhere')).toBe(false);
		expect(notesHold(after, 'a path to nowhere')).toBe(true);
		rmSync(file);
		expect(loadResearch(join(root, 'research'), 'desk.md')).toBeUndefined();
	});

	it('reports a `research:` name with no file, with the closest names', () => {
		const { root } = notes();
		const at = { file: 'content/articles/a.mdx', text: '---\nresearch: desc.md\n---\n', offset: 14 };
		const [problem] = missingNotesProblem(join(root, 'research'), 'desc.md', at);
		expect(problem).toMatchObject({ line: 2, column: 11, ruleId: 'invalid-field' });
		expect(problem!.reason).toMatch(/Unknown research notes `desc\.md`.*closest: `desk\.md`/);
		expect(missingNotesProblem(join(root, 'research'), 'desk.md', at)).toEqual([]);
	});

	it('refuses notes too large to read, at the `research:` field, without reading them', () => {
		const huge = `${NOTES}\n${'- wire-one: "a road to nowhere."\n'.repeat(MAX_NOTES_BYTES / 30)}`;
		const root = contentDir({ 'research/huge.md': huge, 'research/fits.md': huge.slice(0, MAX_NOTES_BYTES - 100) });
		const at = { file: 'content/articles/a.mdx', text: '---\nresearch: huge.md\n---\n', offset: 14 };
		const [problem, ...more] = missingNotesProblem(join(root, 'research'), 'huge.md', at);
		expect(more).toEqual([]);
		expect(problem).toMatchObject({ line: 2, column: 11, ruleId: 'invalid-field' });
		expect(problem!.reason).toMatch(/^Research notes `huge\.md` too large \(2\.\d MB\), expected at most 2 MB: /);
		expect(loadResearch(join(root, 'research'), 'huge.md')).toBeUndefined();
		expect(missingNotesProblem(join(root, 'research'), 'fits.md', at)).toEqual([]);
		expect(notesHold(loadResearch(join(root, 'research'), 'fits.md')!, 'a road to nowhere')).toBe(true);
	});

	it('reports a `research:` name longer than a file name may be as one with no file, shortened', () => {
		const { root } = notes();
		const name = `${'desk-'.repeat(60)}notes.md`;
		const at = { file: 'content/articles/a.mdx', text: `---\nresearch: ${name}\n---\n`, offset: 14 };
		const [problem] = missingNotesProblem(join(root, 'research'), name, at);
		expect(problem).toMatchObject({ line: 2, column: 11, ruleId: 'invalid-field' });
		expect(problem!.reason).toMatch(/^Unknown research notes `desk-desk-[a-z-]{30,}…`, expected/);
		expect(problem!.reason.length).toBeLessThan(300);
		expect(loadResearch(join(root, 'research'), name)).toBeUndefined();
	});
});

/**
 * The five ways an adversarial pass got a made-up or misattributed quote
 * past a substring search of the whole file; each must now fail at the
 * marker, saying what the notes do have.
 */
describe('research notes: a quote counts only as whole words of a quoted passage in the cited source’s own entry', () => {
	const DESK = [
		'# Desk notes',
		'',
		'| id | Outlet | Headline | URL |',
		'|---|---|---|---|',
		'| post-china | Morning Post | "Will it guarantee? Unlikely" | https://example.org/post/china |',
		'| wire-copy-a | Daily A (wire copy) | (slug) | https://example.org/a/wire |',
		'',
		'- post-china: "Resource constraints mean China is unlikely to become one of the guarantors."',
		'',
		'**C5. Summary:** "respect the territorial integrity of its neighbours"',
		'- Stated differently in the sources.',
		'  - wire-copy-a: "He added that Russia would not go after any additional territory."',
		'  - Flag: It was unconfirmed by Moscow.',
		'',
		'## (e) The summary, verbatim (source record summary-seed, https://example.org/seed)',
		'',
		'> It said things, according to the Post.',
	].join('\n');
	const setUp = () => loadResearch(join(contentDir({ 'research/desk.md': DESK }), 'research'), 'desk.md')!;
	const rec = (id: string, url: string, origin?: string): Source => ({
		...source(id, url),
		...(origin ? { origin } : {}),
	});
	const sources = new Map([
		['post-china', rec('post-china', 'https://example.org/post/china')],
		['wire-copy-a', rec('wire-copy-a', 'https://example.org/a/wire', 'AP')],
		['summary-seed', rec('summary-seed', 'https://example.org/seed')],
	]);
	const check = (id: string, quote: string) => {
		const text = `A claim [@${id}, "${quote}"].`;
		return researchProblems(
			[{ source: id, quote, at: { file: 'content/articles/a.mdx', text, offset: 9 } }],
			[setUp()],
			sources,
		);
	};

	it('holds the source’s words under its own entry, in a table row, a line naming it or a block under a heading naming it', () => {
		expect(check('post-china', 'China is unlikely to become one of the guarantors')).toEqual([]);
		expect(check('post-china', 'Unlikely')).toEqual([]);
		expect(check('wire-copy-a', 'would not go after any additional territory')).toEqual([]);
		expect(check('summary-seed', 'It said things')).toEqual([]);
	});

	it('refuses a quote cut inside a word, which inverts it, and says so', () => {
		const [problem, ...rest] = check('post-china', 'likely to become one of the guarantors');
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'content/articles/a.mdx', line: 1, column: 10, ruleId: 'not-in-research' });
		expect(problem!.reason).toMatch(/only as part of longer words, at [^ ]*desk\.md:8: .*cut inside a word/);
	});

	it('refuses the researcher’s own commentary cited as a source’s words', () => {
		const [problem] = check('wire-copy-a', 'unconfirmed by Moscow');
		expect(problem!.reason).toMatch(/only outside quote marks, at [^ ]*desk\.md:13: the researcher's commentary/);
	});

	it('refuses one source’s words cited to another, naming the entry they are filed under', () => {
		const [problem] = check('post-china', 'He added that Russia would not go after any additional territory.');
		expect(problem!.reason).toMatch(
			/expected .* under `post-china` .*the notes have these words at [^ ]*desk\.md:12:\d+, under `wire-copy-a`: another source's words/,
		);
		// The summary's words quoted in commentary belong to no source.
		expect(check('summary-seed', 'respect the territorial integrity of its neighbours')[0]!.reason).toMatch(
			/desk\.md:10:\d+, under no source/,
		);
	});

	it('refuses a quote with no notes to check it against, when the record has to have some', () => {
		const text = 'A bio [@post-china, "anything at all"].';
		const cite = {
			source: 'post-china',
			quote: 'anything at all',
			at: { file: 'content/entities/x.yaml', text, offset: 7 },
		};
		const [problem] = researchProblems([cite, { ...cite, quote: undefined }], [], sources, 'the entity to name notes');
		expect(problem).toMatchObject({ line: 1, column: 8, ruleId: 'not-in-research' });
		expect(problem!.reason).toMatch(
			/^Unexpected quote for `@post-china` with no research notes to check it against: “anything at all”, expected the entity to name notes$/,
		);
		expect(researchProblems([cite, { ...cite, quote: undefined }], [], sources, 'x')).toHaveLength(1);
	});
});
