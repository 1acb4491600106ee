/**
 * Source, entity and article files as authors write them: every mistake
 * reported at file:line:column with its rule, natural input (unquoted
 * dates, CRLF, a byte-order mark) accepted, and nothing lost silently.
 * These ran as full broken builds before; the build calls the same checks.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles } from '../../src/data/articles.ts';
import { loadEntities } from '../../src/data/entities.ts';
import { loadSources } from '../../src/data/sources.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { contentDir } from '../support/content-dir.ts';
import { render } from '../support/render.ts';

const SOURCE =
	'outlet: "Wire Service"\ntitle: "Envoy says the leader agreed"\nurl: "https://example.org/wire-one"\npublished: "2025-08-17"\n';
const ARTICLE =
	'---\ntitle: "Alpha"\ndescription: "The fixture explainer."\npublished: "2025-01-02"\n---\n\nText [!note].\n';
const brief = (root: string, list: Diagnostic[]) =>
	list.map(
		(d) =>
			`${relative(root, d.file.startsWith('/') ? d.file : join(process.cwd(), d.file))}:${d.line}:${d.column} ${d.ruleId}`,
	);

describe('source files', () => {
	const check = (files: Record<string, string>) => {
		const root = contentDir(files);
		return { root, set: loadSources(join(root, 'sources')) };
	};

	it('accepts dates quoted or not, CRLF line ends and a byte-order mark', () => {
		const { set } = check({
			'sources/a.yaml': SOURCE.replace('"2025-08-17"', '2025-08-17'),
			'sources/b.yaml': SOURCE.replace(/\n/g, '\r\n'),
			'sources/c.yaml': `\uFEFF${SOURCE}`,
		});
		expect(set.diagnostics).toEqual([]);
		expect([...set.sources.values()].map((s) => s.published)).toEqual(['2025-08-17', '2025-08-17', '2025-08-17']);
	});

	it('reports each broken field where it is, with what would be valid', () => {
		const { root, set } = check({
			'sources/missing-title.yaml': SOURCE.replace('title: "Envoy says the leader agreed"\n', ''),
			'sources/bad-url.yaml': SOURCE.replace('https://example.org/wire-one', 'example.org/wire-one'),
			'sources/bad-date.yaml': SOURCE.replace('"2025-08-17"', '2025-13-45'),
			'sources/crlf-date.yaml': SOURCE.replace('"2025-08-17"', '"2025-02-30"').replace(/\n/g, '\r\n'),
			'sources/extra.yaml': `${SOURCE}colour: "red"\n`,
		});
		expect(brief(root, set.diagnostics)).toEqual([
			'sources/bad-date.yaml:4:12 invalid-field',
			'sources/bad-url.yaml:3:6 invalid-field',
			'sources/crlf-date.yaml:4:12 invalid-field',
			'sources/extra.yaml:5:1 unknown-field',
			'sources/missing-title.yaml:1:1 missing-field',
		]);
		expect(set.diagnostics[0]!.reason).toMatch(
			/Invalid `published` \(got `2025-13-45`\): expected a real date written YYYY-MM-DD/,
		);
		expect(set.diagnostics[1]!.reason).toMatch(/expected an absolute http\(s\) URL/);
		expect([...set.invalid].sort()).toEqual(['bad-date', 'bad-url', 'crlf-date', 'extra', 'missing-title']);
	});

	it('refuses a name, headline or note longer than the pages can carry, quoting it in part', () => {
		const { root, set } = check({
			'sources/outlet.yaml': SOURCE.replace('"Wire Service"', `"${'Wire '.repeat(30)}"`),
			'sources/title.yaml': SOURCE.replace('"Envoy says the leader agreed"', `"${'Envoy says '.repeat(40_000)}"`),
			'sources/note.yaml': `${SOURCE}note: "${'Read twice. '.repeat(200)}"\n`,
			'sources/fits.yaml': SOURCE.replace('"Envoy says the leader agreed"', `"${'Envoy says '.repeat(27)}"`),
		});
		expect(brief(root, set.diagnostics)).toEqual([
			'sources/note.yaml:5:7 invalid-field',
			'sources/outlet.yaml:1:9 invalid-field',
			'sources/title.yaml:2:8 invalid-field',
		]);
		expect(set.diagnostics.map((d) => d.reason)).toEqual([
			expect.stringMatching(/^Invalid `note` .*: expected at most 2000 characters \(a paragraph\), got 2399$/),
			expect.stringMatching(/^Invalid `outlet` .*: expected at most 120 characters \(a name\), got 149$/),
			expect.stringMatching(/^Invalid `title` \(got `Envoy says [^`]{0,80}…`\): expected at most 300 characters/),
		]);
	});

	it('refuses a record that is not UTF-8 text, where its first bad byte is', () => {
		const root = contentDir({ 'sources/latin1.yaml': SOURCE });
		writeFileSync(
			join(root, 'sources/latin1.yaml'),
			Buffer.concat([Buffer.from('outlet: "Caf', 'latin1'), Buffer.from([0xe9]), Buffer.from(SOURCE.slice(11))]),
		);
		const set = loadSources(join(root, 'sources'));
		expect(brief(root, set.diagnostics)).toEqual(['sources/latin1.yaml:1:13 invalid-field']);
		expect(set.diagnostics[0]!.reason).toMatch(/U\+FFFD \(replacement character: text that was not UTF-8/);
	});

	it('refuses a source published or read after the build’s date, and takes one from that day', () => {
		process.env.EXPLAINER_TODAY = '2025-08-20';
		try {
			const { root, set } = check({
				'sources/today.yaml': `${SOURCE.replace('"2025-08-17"', '2025-08-20')}accessed: 2025-08-20\n`,
				'sources/typo.yaml': SOURCE.replace('"2025-08-17"', '2025-09-01'),
				'sources/read-later.yaml': `${SOURCE}accessed: 2025-08-21\n`,
			});
			expect(brief(root, set.diagnostics)).toEqual([
				'sources/read-later.yaml:5:11 future-date',
				'sources/typo.yaml:4:12 future-date',
			]);
			expect(set.diagnostics[1]!.reason).toBe(
				"Unexpected future date `published: 2025-09-01`: the build's date is 2025-08-20; expected the date the source was published, on or before it",
			);
			expect(set.sources.has('typo')).toBe(true);
		} finally {
			delete process.env.EXPLAINER_TODAY;
		}
	});

	it('refuses file names that are not ids, and two files with one id', () => {
		const { root, set } = check({
			'sources/x.yaml': SOURCE,
			'sources/x.yml': SOURCE,
			'sources/Upper-Case.yaml': SOURCE,
		});
		expect(brief(root, set.diagnostics)).toEqual([
			'sources/Upper-Case.yaml:1:1 invalid-file-name',
			'sources/x.yml:1:1 duplicate-id',
		]);
		expect(set.diagnostics[0]!.reason).toContain('rename it `upper-case.yaml`');
	});

	it('refuses a record whose extension is not in lower case, which the loaders would pass over', () => {
		const { root, set } = check({ 'sources/wire-one.YAML': SOURCE, 'sources/wire-two.Yml': SOURCE });
		expect(brief(root, set.diagnostics)).toEqual([
			'sources/wire-one.YAML:1:1 invalid-file-name',
			'sources/wire-two.Yml:1:1 invalid-file-name',
		]);
		expect(set.diagnostics[0]!.reason).toContain('rename it `wire-one.yaml`');
		expect(set.sources.size).toBe(0);
	});

	it('reports a citation of an invalid file once, at the file, not as an unknown source', async () => {
		const root = contentDir({ 'sources/broken.yaml': SOURCE.replace('"2025-08-17"', '"2025-13-45"') });
		const { diagnostics } = await render('One [@broken]. Two [@broken]. Three [@nowhere].', {
			sourcesDir: join(root, 'sources'),
		});
		expect(diagnostics.map((d) => d.ruleId)).toEqual(['unknown-source']);
		expect(diagnostics[0]!.reason).toContain('@nowhere');
	});
});

describe('entity files', () => {
	const SOURCES = { 'sources/wire-one.yaml': SOURCE };
	const check = (files: Record<string, string>) => {
		const root = contentDir({ ...SOURCES, ...files });
		const sources = loadSources(join(root, 'sources'));
		return { root, set: loadEntities(join(root, 'entities'), sources) };
	};
	const PERSON = 'name: "Jane Envoy"\nkind: "person"\naliases: ["Envoy"]\ndescription: "The envoy [@wire-one]."\n';

	it('reports a duplicate alias, an unknown related entity and an invalid kind where they are', () => {
		const { root, set } = check({
			'entities/jane.yaml': `${PERSON}related: ["nobody"]\n`,
			'entities/other.yaml': 'name: "Other"\nkind: "company"\ndescription: "x [@wire-one]."\n',
			'entities/twin.yaml': PERSON.replace('Jane Envoy', 'Jane Twin'),
		});
		expect(brief(root, set.diagnostics)).toEqual([
			'entities/other.yaml:2:7 invalid-field',
			'entities/jane.yaml:5:11 unknown-entity',
			'entities/twin.yaml:3:11 duplicate-alias',
		]);
		expect(set.diagnostics[0]!.reason).toMatch(/person.*organisation.*place.*term.*event/);
	});

	it('refuses a name, alias or description longer than the pages can carry', () => {
		const { root, set } = check({
			'entities/name.yaml': PERSON.replace('Jane Envoy', 'Jane '.repeat(30).trim()),
			'entities/alias.yaml': PERSON.replace('["Envoy"]', `["${'Envoy '.repeat(30).trim()}"]`),
			'entities/long.yaml': PERSON.replace('Jane Envoy', 'Long')
				.replace('["Envoy"]', '[]')
				.replace('The envoy', 'The envoy. '.repeat(400)),
		});
		expect(brief(root, set.diagnostics)).toEqual([
			'entities/alias.yaml:3:11 invalid-field',
			'entities/long.yaml:4:14 invalid-field',
			'entities/name.yaml:1:7 invalid-field',
		]);
		expect(set.diagnostics[1]!.reason).toMatch(/expected at most 4000 characters \(a few sentences\)/);
	});

	it('blames a duplicate alias on the file that added it, naming the file that has it', () => {
		const { root, set } = check({
			'entities/andriy-yermak.yaml':
				'name: "Andriy Yermak"\nkind: "person"\naliases: ["Yermak", "Zelensky"]\ndescription: "An aide [@wire-one]."\n',
			'entities/volodymyr-zelensky.yaml':
				'name: "Volodymyr Zelensky"\nkind: "person"\naliases: ["Zelensky", "Zelenskyy"]\ndescription: "The president [@wire-one]."\n',
			'entities/kyiv.yaml':
				'name: "Kyiv"\nkind: "place"\naliases: ["The capital"]\ndescription: "A city [@wire-one]."\n',
			'entities/moscow.yaml':
				'name: "Moscow"\nkind: "place"\naliases: ["the Capital"]\ndescription: "A city [@wire-one]."\n',
		});
		expect(brief(root, set.diagnostics)).toEqual([
			'entities/andriy-yermak.yaml:3:21 duplicate-alias',
			'entities/kyiv.yaml:3:11 duplicate-alias',
			'entities/moscow.yaml:3:11 duplicate-alias',
		]);
		expect(set.diagnostics[0]!.reason).toMatch(
			/^Duplicate alias `Zelensky`: `.*entities\/volodymyr-zelensky\.yaml` \(entity `volodymyr-zelensky`\) uses it too/,
		);
		expect(set.diagnostics[1]!.reason).toMatch(/`.*entities\/moscow\.yaml` \(entity `moscow`\) uses it too/);
	});

	it('names at most three of the other files that use an alias, and how many more', () => {
		const files = Object.fromEntries(
			Array.from({ length: 50 }, (_, i) => [
				`entities/place-${i}.yaml`,
				`name: "Place ${i}"\nkind: "place"\naliases: ["Common word"]\ndescription: "A place [@wire-one]."\n`,
			]),
		);
		const { set } = check(files);
		expect(set.diagnostics).toHaveLength(50);
		for (const d of set.diagnostics) {
			expect(d.reason.match(/\.yaml`/g)).toHaveLength(3);
			expect(d.reason).toMatch(/ and 46 more files use it too, expected each name or alias to belong to one entity$/);
		}
	});

	it('places a problem inside a description at its exact line and column in the YAML', () => {
		const { root, set } = check({
			'entities/multi.yaml': `name: "Multi"\nkind: "term"\ndescription: >\n  A first sentence [@wire-one].\n  A second one cites [@nope-nope, "it''s"].\n`,
			'entities/quoted.yaml': `name: "Quoted"\nkind: "term"\ndescription: 'It''s cited [@wire-one]. Then it''s not.'\n`,
		});
		expect(brief(root, set.diagnostics)).toEqual([
			'entities/multi.yaml:5:23 unknown-source',
			'entities/quoted.yaml:3:40 uncited-sentence',
		]);
	});

	it('needs a date on an event, and no date on anything else', () => {
		const { root, set } = check({
			'entities/summit.yaml': 'name: "Summit"\nkind: "event"\ndescription: "A meeting [@wire-one]."\n',
			'entities/place.yaml': 'name: "Place"\nkind: "place"\ndate: 2025-08-15\ndescription: "A place [@wire-one]."\n',
			'entities/dated.yaml':
				'name: "Dated"\nkind: "event"\ndate: 2025-08-15\ntime: "17:15 GMT"\ndescription: "A dated event [@wire-one]."\n',
			'entities/reported.yaml':
				'name: "Reported"\nkind: "event"\ndate: 2025-08-18\ndateQualifier: "reported-by"\ndescription: "An event known only from a report [@wire-one]."\n',
			'entities/person.yaml':
				'name: "Person"\nkind: "person"\ndateQualifier: "reported-by"\ndescription: "A person [@wire-one]."\n',
		});
		expect(brief(root, set.diagnostics)).toEqual([
			'entities/person.yaml:3:16 invalid-field',
			'entities/place.yaml:3:7 invalid-field',
			'entities/summit.yaml:1:1 invalid-field',
		]);
		expect(set.entities.get('reported')).toMatchObject({ date: '2025-08-18', dateQualifier: 'reported-by' });
		expect(set.entities.get('dated')).toMatchObject({ date: '2025-08-15', time: '17:15 GMT' });
	});
});

describe('article files', () => {
	const check = (files: Record<string, string>) => {
		const root = contentDir(files);
		return { root, found: checkArticles(join(root, 'articles')) };
	};

	it('accepts unquoted dates, CRLF and a byte-order mark', () => {
		const { found } = check({
			'articles/a.mdx': ARTICLE.replace('"2025-01-02"', '2025-01-02'),
			'articles/b.mdx': ARTICLE.replace(/\n/g, '\r\n'),
			'articles/c.mdx': `\uFEFF${ARTICLE}`,
		});
		expect(found).toEqual([]);
	});

	it('reports missing frontmatter, a missing field, a bad date and a title too long for a tab', () => {
		const { root, found } = check({
			'articles/none.mdx': 'Just text.\n',
			'articles/missing.mdx': ARTICLE.replace('description: "The fixture explainer."\n', ''),
			'articles/date.mdx': ARTICLE.replace('"2025-01-02"', '2025-01-32'),
			'articles/long.mdx': ARTICLE.replace('"Alpha"', `"${'A very long headline '.repeat(5)}"`),
		});
		expect(brief(root, found)).toEqual([
			'articles/date.mdx:4:12 invalid-field',
			'articles/long.mdx:2:8 title-too-long',
			'articles/missing.mdx:2:1 missing-field',
			'articles/none.mdx:1:1 missing-frontmatter',
		]);
		expect(found[1]!.reason).toMatch(/add a `shortTitle`/);
	});

	it('quotes a page title too long for a tab only in part, with its length in full', () => {
		const { found } = check({
			'articles/long.mdx': ARTICLE.replace('"Alpha"', `"${'A'.repeat(150)}"`),
		});
		expect(found.map((d) => d.ruleId)).toEqual(['title-too-long']);
		expect(found[0]!.reason.length).toBeLessThan(400);
		expect(found[0]!.reason).toMatch(/^The page title “A+…” is 1\d\d characters as HTML/);
	});

	it('refuses a headline, standfirst, topic or correction note longer than the page can carry, quoting it in part', () => {
		const huge = 'word '.repeat(100_000).trim();
		const { root, found } = check({
			'articles/title.mdx': ARTICLE.replace('"Alpha"', `"${huge}"`).replace('title:', 'shortTitle: "Alpha"\ntitle:'),
			'articles/standfirst.mdx': ARTICLE.replace('"The fixture explainer."', `"${huge}"`),
			'articles/topic.mdx': ARTICLE.replace('published:', `topics: ["${'Ukraine '.repeat(10)}"]\npublished:`),
			'articles/note.mdx': ARTICLE.replace(
				'---\n\n',
				`corrections:\n  - { date: "2025-01-03", kind: update, note: "${'More. '.repeat(400)}" }\n---\n\n`,
			),
			'articles/fits.mdx': ARTICLE.replace(
				'"The fixture explainer."',
				`"${'A standfirst of two sentences. '.repeat(12).trim()}"`,
			),
		});
		expect(brief(root, found)).toEqual([
			'articles/note.mdx:6:47 invalid-field',
			'articles/standfirst.mdx:3:14 invalid-field',
			'articles/title.mdx:3:8 invalid-field',
			'articles/topic.mdx:4:10 invalid-field',
		]);
		const reasons = found.map((d) => d.reason);
		expect(reasons[1]).toMatch(
			/^Invalid `description` \(got `word word [^`]{0,80}…`\): expected at most 400 characters \(one or two sentences\), got 499999$/,
		);
		expect(reasons[2]).toMatch(/^Invalid `title` .*: expected at most 200 characters \(a headline\), got 499999$/);
		expect(reasons[3]).toMatch(/^Invalid `topics.0` .*: expected at most 60 characters/);
		expect(reasons[0]).toMatch(/^Invalid `corrections.0.note` .*: expected at most 2000 characters \(a paragraph\)/);
		for (const reason of reasons) expect(reason.length).toBeLessThan(300);
	});

	it('lists the body’s own problems of an article left out for its frontmatter in the same round', () => {
		const body = '\nText [!note].\n\nThe envoy spoke [@Wire-one].\n\n```\ncode\n```\n';
		const { root, found } = check({
			'articles/typo.mdx': ARTICLE.replace('published:', 'topic: ["A"]\npublished:').replace('\nText [!note].\n', body),
			// Its frontmatter as written still counts: code is allowed where it says so.
			'articles/code.mdx': ARTICLE.replace('published:', 'uncitedCode: true\nsummary: x\npublished:').replace(
				'\nText [!note].\n',
				body.replace(' [@Wire-one]', ' [!note]'),
			),
			'articles/yaml.mdx': ARTICLE.replace('title: "Alpha"', 'title: Alpha: broken').replace('\nText [!note].\n', body),
		});
		expect(brief(root, found).sort()).toEqual([
			'articles/code.mdx:5:1 unknown-field',
			'articles/typo.mdx:10:18 marker-invalid-id',
			'articles/typo.mdx:12:1 uncited-code',
			'articles/typo.mdx:4:1 unknown-field',
			'articles/yaml.mdx:11:1 uncited-code',
			'articles/yaml.mdx:2:8 yaml-syntax',
			'articles/yaml.mdx:9:18 marker-invalid-id',
		]);
	});

	it('lists a carriage return in the frontmatter once, as the frontmatter’s, not again as the body’s', () => {
		const { root, found } = check({
			'articles/cr.mdx': ARTICLE.replace('"The fixture explainer."', '"The fixture\rexplainer."'),
		});
		expect(brief(root, found)).toEqual(['articles/cr.mdx:3:26 invalid-field']);
	});

	it('refuses more topics than an explainer is filed under, at the list: each would be a page', () => {
		const topics = Array.from({ length: 20_000 }, (_, i) => `"t${i}"`).join(', ');
		const { root, found } = check({
			'articles/many.mdx': ARTICLE.replace('published:', `topics: [${topics}]\npublished:`),
			'articles/eight.mdx': ARTICLE.replace(
				'published:',
				'topics: ["a", "b", "c", "d", "e", "f", "g", "h"]\npublished:',
			),
		});
		expect(brief(root, found)).toEqual(['articles/many.mdx:4:9 invalid-field']);
		expect(found[0]!.reason).toMatch(/^Invalid `topics`.*at most 8 topics/);
		expect(found[0]!.reason.length).toBeLessThan(300);
	});

	it('refuses a correction naming a claim by anything but a claim id, where it is', () => {
		const { root, found } = check({
			'articles/was.mdx': ARTICLE.replace(
				'---\n\n',
				`corrections:\n  - date: "2025-01-03"\n    kind: update\n    note: "Reworded."\n    claim: "search-box"\n    was: ['x y" autofocus onfocus="alert(1)', "c-${'a'.repeat(200)}"]\n---\n\n`,
			),
		});
		expect(brief(root, found)).toEqual([
			'articles/was.mdx:9:12 invalid-field',
			'articles/was.mdx:10:11 invalid-field',
			'articles/was.mdx:10:47 invalid-field',
		]);
		expect(found[0]!.reason).toMatch(/expected a claim id: `c-`, then lowercase letters/);
		expect(found[2]!.reason).toMatch(/expected a claim id of at most 120 characters/);
	});

	it('refuses articles it would not build: in a subfolder, or not `<slug>.mdx`, saying where articles go (images beside them are fine)', () => {
		const { root, found } = check({
			'articles/ok.mdx': ARTICLE,
			'articles/2025/foo.mdx': ARTICLE,
			'articles/2025/08/bar.mdx': ARTICLE,
			'articles/notes.md': ARTICLE,
			'articles/Loud.MDX': ARTICLE,
			'articles/.DS_Store': '',
			'articles/images/harbour.jpg': 'jpeg',
			'articles/map.png': 'png',
		});
		expect(brief(root, found)).toEqual([
			'articles/2025/08/bar.mdx:1:1 misplaced-article',
			'articles/2025/foo.mdx:1:1 misplaced-article',
			'articles/Loud.MDX:1:1 misplaced-article',
			'articles/notes.md:1:1 misplaced-article',
		]);
		expect(found[1]!.reason).toMatch(
			/expected each article directly in `.*articles\/` as `<slug>\.mdx`, served at `\/<slug>\/` \(move it to `.*articles\/foo\.mdx`\)/,
		);
		expect(found[2]!.reason).toContain('rename it `Loud.mdx`');
		expect(found[3]!.reason).toContain('rename it `notes.mdx`');
	});

	it('refuses dates out of order, and future dates unless the explainer is under embargo, each at its position', () => {
		process.env.EXPLAINER_TODAY = '2025-06-01';
		try {
			const changed = (date: string) =>
				`corrections:\n  - date: ${date}\n    kind: correction\n    note: "We first said otherwise."\n`;
			const { root, found } = check({
				'articles/updated-early.mdx': ARTICLE.replace(
					'published: "2025-01-02"\n',
					'published: "2025-01-02"\nupdated: 2024-12-31\n',
				),
				'articles/far-future.mdx': ARTICLE.replace('"2025-01-02"', '2026-01-01'),
				'articles/early-correction.mdx': ARTICLE.replace(
					'published: "2025-01-02"\n',
					`published: "2025-01-02"\n${changed('2025-01-01')}`,
				),
				'articles/future-update.mdx': ARTICLE.replace(
					'published: "2025-01-02"\n',
					`published: "2025-01-02"\nupdated: 2025-06-02\n${changed('2025-06-03')}`,
				),
				'articles/embargoed.mdx': ARTICLE.replace(
					'published: "2025-01-02"\n',
					'published: 2025-07-01\nembargo: true\nupdated: 2025-07-02\n',
				),
				'articles/today.mdx': ARTICLE.replace('"2025-01-02"', '2025-06-01'),
			});
			expect(brief(root, found)).toEqual([
				'articles/early-correction.mdx:6:11 date-order',
				'articles/far-future.mdx:4:12 future-date',
				'articles/future-update.mdx:5:10 future-date',
				'articles/future-update.mdx:7:11 future-date',
				'articles/updated-early.mdx:5:10 date-order',
			]);
			expect(found[1]!.reason).toBe(
				"Unexpected future date `published: 2026-01-01`: the build's date is 2025-06-01; expected a date on or before it, or `embargo: true` to hold the explainer back: it is then left off the front page, the feed, the sitemap and the search until `published`",
			);
			expect(found[4]!.reason).toMatch(/^Unexpected `updated: 2024-12-31` before `published: 2025-01-02`/);
		} finally {
			delete process.env.EXPLAINER_TODAY;
		}
	});

	it('refuses a checked date that does not say what was checked, and takes one that does', () => {
		const { root, found } = check({
			'articles/bare.mdx': ARTICLE.replace(
				'published: "2025-01-02"\n',
				'published: "2025-01-02"\nverified: 2025-02-01\n',
			),
			'articles/said.mdx': ARTICLE.replace(
				'published: "2025-01-02"\n',
				'published: "2025-01-02"\nverified: 2025-02-01\nverifiedAgainst: "our research notes"\nresearched: 2025-01-30\n',
			),
		});
		expect(brief(root, found)).toEqual(['articles/bare.mdx:5:11 missing-field']);
		const notes = check({
			'articles/notes.mdx': ARTICLE.replace(
				'published: "2025-01-02"\n',
				'published: "2025-01-02"\nresearch: no-such-notes.md\n',
			),
		});
		expect(brief(notes.root, notes.found)).toEqual(['articles/notes.mdx:5:11 invalid-field']);
		expect(notes.found[0]!.reason).toMatch(
			/^Unknown research notes `no-such-notes\.md`, expected the name of a file in `[^`]*research\/`/,
		);
		expect(found[0]!.reason).toMatch(
			/Missing `verifiedAgainst` beside `verified: 2025-02-01`.*e\.g\. `verifiedAgainst: "our research notes"`/,
		);
	});

	it('refuses an upper-case name, and two names that differ only in case', () => {
		const { root, found } = check({ 'articles/my-article.mdx': ARTICLE, 'articles/My-Article.mdx': ARTICLE });
		expect(brief(root, found).sort()).toEqual([
			'articles/My-Article.mdx:1:1 duplicate-id',
			'articles/My-Article.mdx:1:1 invalid-file-name',
		]);
	});
});
