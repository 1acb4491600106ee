/**
 * What a YAML record or frontmatter can hold, as a hostile or careless
 * author writes it: control characters from an escape or a paste, dates
 * with an implausible year, YAML the parser rejects or cannot finish
 * (alias bombs, deep nesting). Each fails at its file:line:column with
 * what to write instead, never as a parser's exception.
 */
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { isScalar, parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkArticles } from '../../src/data/articles.ts';
import { loadEntities } from '../../src/data/entities.ts';
import { loadSources } from '../../src/data/sources.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { scalarOffsets } from '../../src/schema/yaml-scalar.ts';
import { contentDir } from '../support/content-dir.ts';

const SOURCE =
	'outlet: "Wire Service"\ntitle: "Envoy says the leader agreed"\nurl: "https://example.org/wire-one"\npublished: "2025-08-17"\n';
const ARTICLE =
	'---\ntitle: "Alpha"\ndescription: "The fixture explainer."\npublished: "2025-01-02"\n---\n\nText [!note].\n';
const brief = (root: string, list: Diagnostic[]) =>
	list
		.map(
			(d) =>
				`${relative(root, d.file.startsWith('/') ? d.file : join(process.cwd(), d.file))}:${d.line}:${d.column} ${d.ruleId}`,
		)
		.sort();

function sources(files: Record<string, string>) {
	const root = contentDir(Object.fromEntries(Object.entries(files).map(([name, text]) => [`sources/${name}`, text])));
	const set = loadSources(join(root, 'sources'));
	return { root, found: set.diagnostics, set };
}

function articles(files: Record<string, string>) {
	const root = contentDir(Object.fromEntries(Object.entries(files).map(([name, text]) => [`articles/${name}`, text])));
	return { root, found: checkArticles(join(root, 'articles')) };
}

describe('control characters in record strings', () => {
	it('refuses a NUL written as an escape, at the escape, naming the field and the character', () => {
		const { root, found } = sources({ 'nul.yaml': SOURCE.replace('"Wire Service"', '"Daily\\0Courier"') });
		expect(brief(root, found)).toEqual(['sources/nul.yaml:1:15 invalid-field']);
		expect(found[0]!.reason).toBe(
			'Invalid `outlet`: unexpected control character U+0000 (NUL), expected printable text (tab and line break are allowed): remove it, or the escape that writes it',
		);
	});

	it('refuses every other kind, written raw or escaped, after escapes that are not control characters', () => {
		const { root, found } = sources({
			'bell.yaml': SOURCE.replace('Wire Service', 'Wire\x07Service'),
			'late.yaml': SOURCE.replace('"Envoy says the leader agreed"', '"Envoy says \\u00e9\\"\\u00e9 the \\e leader"'),
			'c1.yaml': SOURCE.replace('"Wire Service"', '"Wire\\x85Service"'),
			'cr.yaml': SOURCE.replace('"Wire Service"', '"Wire\\rService"'),
			'line-separator.yaml': SOURCE.replace('Wire Service', 'Wire\u2028Service'),
			'bom-inside.yaml': SOURCE.replace('Wire Service', 'Wire\uFEFFService'),
			'half-pair.yaml': SOURCE.replace('"Wire Service"', '"Wire\\uD800Service"'),
			'in-a-list.yaml': `${SOURCE}origin: "Wire"\n`.replace('"Wire"', '"A\\x1fB"'),
		});
		expect(brief(root, found)).toEqual([
			'sources/bell.yaml:1:14 invalid-field',
			'sources/bom-inside.yaml:1:14 invalid-field',
			'sources/c1.yaml:1:14 invalid-field',
			'sources/cr.yaml:1:14 invalid-field',
			'sources/half-pair.yaml:1:14 invalid-field',
			'sources/in-a-list.yaml:5:11 invalid-field',
			'sources/late.yaml:2:39 invalid-field',
			'sources/line-separator.yaml:1:14 invalid-field',
		]);
		const reasons = found.map((d) => d.reason).join('\n');
		for (const name of [
			'U+0007',
			'U+001B',
			'U+0085',
			'U+000D (carriage return)',
			'U+2028 (line separator)',
			'U+FEFF (byte-order mark)',
			'half of a surrogate pair U+D800',
			'U+001F',
		])
			expect(reasons).toContain(name);
		expect(allReasons(found)).not.toMatch(/[\0-\x08\x0B-\x1F\x7F-\x9F]/);
	});

	it('never prints the character itself, even in a key', () => {
		const { found } = sources({ 'key.yaml': `${SOURCE}"a\\0b": 1\n` });
		expect(found[0]!.reason).toContain('`a\\u0000b`');
		expect(allReasons(found)).not.toContain('\0');
	});

	it('accepts tab and line break, a byte-order mark at the start, and CRLF block text', () => {
		const { found } = sources({
			'tab.yaml': SOURCE.replace('"Wire Service"', '"Wire\\tService"'),
			'bom.yaml': `\uFEFF${SOURCE}`,
			'block.yaml': `${SOURCE}note: |\n  Two lines\n  of note.\n`.replace(/\n/g, '\r\n'),
		});
		expect(found.filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('checks frontmatter too: a topic, a correction note', () => {
		const { root, found } = articles({
			'topic.mdx': ARTICLE.replace(
				'published: "2025-01-02"\n',
				'published: "2025-01-02"\ntopics: ["Ukraine", "War\\x00"]\n',
			),
			'note.mdx': ARTICLE.replace(
				'published: "2025-01-02"\n',
				'published: "2025-01-02"\ncorrections:\n  - date: 2025-01-03\n    kind: correction\n    note: "We said \\a."\n',
			),
		});
		expect(brief(root, found)).toEqual([
			'articles/note.mdx:8:20 invalid-field',
			'articles/topic.mdx:5:25 invalid-field',
		]);
		expect(found.map((d) => d.reason).join('\n')).toMatch(
			/`corrections\.0\.note`.*\n.*`topics\.1`|`topics\.1`[\s\S]*`corrections\.0\.note`/,
		);
	});
});

describe('dates', () => {
	const dated = (date: string) => SOURCE.replace('"2025-08-17"', date);
	it('refuses a year before 1900 or after next year, and what is no date, at the date', () => {
		process.env.EXPLAINER_TODAY = '2025-06-01';
		try {
			const {
				root,
				found,
				set: loaded,
			} = sources({
				'typo.yaml': dated('0025-08-17'),
				'zero.yaml': dated('0000-01-01'),
				'old.yaml': dated('1899-12-31'),
				'far.yaml': dated('2099-01-01'),
				'feb-30.yaml': dated('2025-02-30'),
				'signed.yaml': dated('+002025-08-17'),
				'five-digits.yaml': dated('10000-01-01'),
				'first.yaml': dated('1900-01-01'),
				'next-year.yaml': dated('"2026-12-31"'),
			});
			// Next year is a real year for any date; as a source's publication it is still after the build's date.
			const invalid = (n: string) => `sources/${n}.yaml:4:12 invalid-field`;
			expect(brief(root, found)).toEqual([
				...['far', 'feb-30', 'five-digits'].map(invalid),
				'sources/next-year.yaml:4:12 future-date',
				...['old', 'signed', 'typo', 'zero'].map(invalid),
			]);
			expect(found.find((d) => d.file.endsWith('typo.yaml'))!.reason).toBe(
				'Invalid `published` (got `0025-08-17`): unexpected year 0025, expected a year from 1900 to 2026, e.g. 2025-08-17',
			);
			expect(found.find((d) => d.file.endsWith('signed.yaml'))!.reason).toMatch(
				/expected a real date written YYYY-MM-DD/,
			);
			expect([...loaded.sources.values()].map((s) => s.published).sort()).toEqual(['1900-01-01', '2026-12-31']);
		} finally {
			delete process.env.EXPLAINER_TODAY;
		}
	});

	it('reads a record that says `%YAML 1.1` as YAML 1.2 all the same: no date rolls over, no `yes` or `<<` is read', () => {
		const { root, found, set } = sources({
			'feb-30.yaml': `%YAML 1.1\n---\n${dated('2025-02-30')}`,
			'yes.yaml': `%YAML 1.1\n---\n${SOURCE}titleSupplied: yes\n`,
			'merge.yaml': `%YAML 1.1\n---\n${SOURCE.replace('outlet: "Wire Service"\n', '<<: {outlet: "Wire Service"}\n')}`,
			'fine.yaml': `%YAML 1.1\n---\n${SOURCE}`,
		});
		expect(brief(root, found)).toEqual([
			'sources/feb-30.yaml:6:12 invalid-field',
			'sources/merge.yaml:3:1 missing-field',
			'sources/merge.yaml:3:1 unknown-field',
			'sources/yes.yaml:7:16 invalid-field',
		]);
		expect(found.find((d) => d.file.endsWith('feb-30.yaml'))!.reason).toMatch(
			/^Invalid `published` \(got `2025-02-30`\)/,
		);
		expect([...set.sources.keys()]).toEqual(['fine']);
	});
});

describe('YAML the parser rejects or cannot finish', () => {
	it('says to quote a title with a colon, showing the line quoted', () => {
		const { root, found } = articles({ 'colon.mdx': ARTICLE.replace('title: "Alpha"', 'title: Ukraine: what next') });
		expect(brief(root, found)).toEqual(['articles/colon.mdx:2:8 yaml-syntax']);
		expect(found[0]!.reason).toBe(
			'Invalid YAML: Nested mappings are not allowed in compact mappings; expected valid YAML: quote a value that holds `: `, e.g. `title: "Ukraine: what next"`',
		);
	});

	it('gives a fix for the usual mistakes, each where it is', () => {
		const { root, found } = sources({
			'escape.yaml': SOURCE.replace('"Wire Service"', '"C:\\Users"'),
			'backtick.yaml': SOURCE.replace('"Wire Service"', '`Wire`'),
			'tab.yaml': `${SOURCE}origin:\n\t- Wire\n`,
			'two-docs.yaml': `${SOURCE}---\nx: 1\n`,
			'twice.yaml': `${SOURCE}outlet: "Again"\n`,
			'unclosed.yaml': SOURCE.replace('"Wire Service"', '"Wire Service'),
			'tag.yaml': SOURCE.replace('"Wire Service"', '!outlet "Wire Service"'),
		});
		const by = (name: string) => found.find((d) => d.file.endsWith(`${name}.yaml`))!.reason;
		expect(by('escape')).toMatch(
			/Invalid escape sequence.*write `\\\\` for a backslash, or put the value in single quotes/,
		);
		expect(by('backtick')).toMatch(/quote the value/);
		expect(by('tab')).toMatch(/indent with spaces, not tabs/);
		expect(by('two-docs')).toMatch(/a record is one YAML document: remove the extra `---`/);
		expect(by('two-docs')).not.toContain('parseAllDocuments');
		expect(by('twice')).toBe(
			'Invalid YAML: `outlet` is written twice in one mapping (first on line 1), expected each field once',
		);
		expect(by('unclosed')).toMatch(/close the quote/);
		expect(by('tag')).toMatch(/Unresolved tag.*remove the tag/);
		expect(brief(root, found).filter((b) => b.startsWith('sources/escape') || b.startsWith('sources/twice'))).toEqual([
			'sources/escape.yaml:1:12 yaml-syntax',
			'sources/twice.yaml:5:1 yaml-syntax',
		]);
	});

	it('refuses a tag the parser knows and a key that is a list, which it would read as another type or as text', () => {
		const { root, found, set } = sources({
			'str.yaml': SOURCE.replace('"Wire Service"', '!!str 5'),
			'bare.yaml': SOURCE.replace('"Wire Service"', '[!"Wire"]'),
			'stamp.yaml': SOURCE.replace('"2025-08-17"', '!!timestamp 2025-02-30'),
			'uri.yaml': SOURCE.replace('"Wire Service"', '&a !<tag:yaml.org,2002:str> Wire'),
			'key.yaml': `${SOURCE}? [a, b]\n: c\n`,
			'fine.yaml': SOURCE.replace('"Wire Service"', '"Wire! Service"'),
		});
		expect(brief(root, found)).toEqual([
			'sources/bare.yaml:1:10 yaml-syntax',
			'sources/key.yaml:5:3 yaml-syntax',
			'sources/stamp.yaml:4:12 yaml-syntax',
			'sources/str.yaml:1:9 yaml-syntax',
			'sources/uri.yaml:1:12 yaml-syntax',
		]);
		const by = (name: string) => found.find((d) => d.file.endsWith(`${name}.yaml`))!.reason;
		expect(by('str')).toBe(
			'Invalid YAML: the tag `!!str`, expected the value written without it: a record holds plain text, numbers, dates and lists',
		);
		expect(by('bare')).toMatch(/^Invalid YAML: the tag `!`,/);
		expect(by('uri')).toMatch(/^Invalid YAML: the tag `!<tag:yaml\.org,2002:str>`,/);
		expect(by('key')).toBe(
			"Invalid YAML: a key that is a list, a mapping or an alias, expected a field's name before its colon (`name: value`)",
		);
		expect([...set.sources.keys()]).toEqual(['fine']);
	});

	it('writes a line broken at a colon back quoted once, at its first error, and a pasted line not at all', () => {
		const { found } = sources({
			'short.yaml': `${SOURCE}note: ${'a "b": '.repeat(3)}\n`,
			'paste.yaml': `${SOURCE}note: ${'a "b": '.repeat(200)}\n`,
		});
		const of = (name: string) => found.filter((d) => d.file.endsWith(`${name}.yaml`)).map((d) => d.reason);
		const rule =
			'Invalid YAML: Nested mappings are not allowed in compact mappings; expected valid YAML: quote a value that holds `: `';
		expect(of('short')).toEqual([`${rule}, e.g. \`note: "a \\"b\\": a \\"b\\": a \\"b\\":"\``, rule, rule]);
		// Each of its 200 errors quoted all of its 1,400 characters (a 95 KB line: 80 MB of messages).
		expect(of('paste')).toEqual(Array(200).fill(rule));
	});

	it('refuses a quoted value whose last quote mark is escaped, which the parser closed at the end of its line', () => {
		const { root, found, set } = sources({
			'double.yaml': SOURCE.replace('"Wire Service"', '"Wire \\"Service\\"'),
			'single.yaml': `${SOURCE.replace('"Wire Service"', "'Wire ''Service''")}note: 'A note'\n`,
			'fine.yaml': `${SOURCE.replace('"Wire Service"', '"Wire \\"Service\\""')}note: 'It''s ''fine'''\n`,
		});
		expect(brief(root, found)).toEqual(['sources/double.yaml:1:9 yaml-syntax', 'sources/single.yaml:1:9 yaml-syntax']);
		expect(found.find((d) => d.file.endsWith('double.yaml'))!.reason).toBe(
			'Invalid YAML: the quoted value `"Wire \\"Service\\"` has no closing quote mark (its last one is escaped: `\\"`), expected it closed with `"`',
		);
		expect(found.find((d) => d.file.endsWith('single.yaml'))!.reason).toMatch(
			/\(its last one is escaped: `''`\), expected it closed with `'`$/,
		);
		expect([...set.sources.keys()]).toEqual(['fine']);
	});

	it('refuses an alias bomb at its first alias, and an alias with no anchor at the alias', () => {
		let bomb = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
		for (const [name, prev] of [
			['b', 'a'],
			['c', 'b'],
			['d', 'c'],
			['e', 'd'],
			['f', 'e'],
			['g', 'f'],
		])
			bomb += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
		const { root, found } = sources({
			'bomb.yaml': `${SOURCE}${bomb}`,
			'dangling.yaml': `${SOURCE}origin: *nowhere\n`,
		});
		expect(brief(root, found)).toEqual(['sources/bomb.yaml:6:8 yaml-syntax', 'sources/dangling.yaml:5:9 yaml-syntax']);
		expect(found.find((d) => d.file.endsWith('bomb.yaml'))!.reason).toMatch(
			/^Invalid YAML: aliases that expand into too many values \(an alias bomb\)/,
		);
		expect(found.find((d) => d.file.endsWith('dangling.yaml'))!.reason).toMatch(
			/alias `\*nowhere` names no anchor before it/,
		);
	});

	it('refuses more than a hundred aliases, at the one too many', () => {
		const many = Array.from({ length: 150 }, (_, i) => `  - &a${i} "v"\n  - *a${i}`).join('\n');
		const { root, found } = sources({ 'aliases.yaml': `${SOURCE}origin:\n${many}\n` });
		expect(brief(root, found)).toEqual([`sources/aliases.yaml:${7 + 2 * 100}:5 yaml-syntax`]);
		expect(found[0]!.reason).toBe('Invalid YAML: more than 100 aliases (`*name`), expected the values written out');
	});

	it('refuses nesting too deep for the parser where it runs deep, and goes on with the other files', () => {
		const { root, found } = sources({
			'flow.yaml': `${SOURCE}origin: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`,
			'compact.yaml': `${SOURCE}origin: ${'- '.repeat(10_000)}x\n`,
			// Each key indented one more (a stack overflow reported at 1:1), and 5,000 anchors on one value.
			'block.yaml': `${SOURCE}x:\n${Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')}\n`,
			'anchors.yaml': `${SOURCE}origin: ${'&a '.repeat(5_000)}x\n`,
			'fine.yaml': SOURCE.replace('"Wire Service"', 'Wire: Service'),
		});
		expect(brief(root, found)).toEqual([
			'sources/anchors.yaml:5:9 yaml-syntax',
			'sources/block.yaml:69:65 yaml-syntax',
			'sources/compact.yaml:5:7 yaml-syntax',
			'sources/fine.yaml:1:9 yaml-syntax',
			'sources/flow.yaml:5:9 yaml-syntax',
		]);
		expect(found.find((d) => d.file.endsWith('flow.yaml'))!.reason).toMatch(/nested too deeply to read/);
	});

	it('refuses a `\\U` escape past the last code point at the escape, not as nesting too deep', () => {
		const { root, found } = sources({
			'beyond.yaml': SOURCE.replace('"Wire Service"', '"Wire \\\\U00110000 \\U00110000"'),
			'last.yaml': SOURCE.replace('"Wire Service"', '"Wire \\U0010FFFF"'),
		});
		expect(brief(root, found)).toEqual(['sources/beyond.yaml:1:27 yaml-syntax']);
		expect(found.find((d) => d.file.endsWith('beyond.yaml'))!.reason).toBe(
			'Invalid YAML: the escape `\\U00110000` names no character, expected a code point from `\\U00000000` to `\\U0010FFFF`',
		);
	});

	it('refuses a description nested too deep to check, at its place in the YAML, instead of running out of stack', () => {
		const root = contentDir({
			'sources/wire-one.yaml': SOURCE,
			'entities/deep.yaml': `name: "Deep"\nkind: organisation\ndescription: "${'> '.repeat(1900)}x [@wire-one]."\n`,
		});
		const entities = loadEntities(join(root, 'entities'), loadSources(join(root, 'sources')));
		expect(
			entities.diagnostics.map((d) => `${d.file.replace(/.*entities\//, '')}:${d.line}:${d.column} ${d.ruleId}`),
		).toEqual(['deep.yaml:3:79 mdx-syntax']);
	});

	it('places a problem in a long entity description full of escapes at its character', () => {
		const unit = 'Caf\\u00e9 owners said \\"it is fine\\" [@wire-one]. ';
		const description = unit.repeat(Math.floor(4_000 / unit.length));
		const line = `description: "${description}[@nowhere]."`;
		const root = contentDir({
			'sources/wire-one.yaml': SOURCE,
			'entities/big.yaml': `name: "Big"\nkind: organisation\n${line}\n`,
		});
		const entities = loadEntities(join(root, 'entities'), loadSources(join(root, 'sources')));
		const unknown = entities.diagnostics.filter((d) => d.ruleId === 'unknown-source');
		expect(unknown.map((d) => `${d.line}:${d.column}`)).toEqual([`3:${line.indexOf('@nowhere') + 1}`]);
	});
});

describe('offsets of a string in its YAML', () => {
	// Every style the writer picks (plain, quoted, folded across lines), for any text: each character of the
	// value maps to the place in the file that writes it (the character itself, or the escape that does).
	it('map each character of the value to where the file writes it', () => {
		const styles = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.constantFrom('a', 'b', ' ', '\n', '"', "'", '\\', 'é', '\t', '\0', '𝄞', ':', '#'),
					maxLength: 60,
				}),
				fc.constantFrom(...styles),
				(value, style) => {
					const text = stringify({ k: value }, { defaultStringType: style, lineWidth: 20, minContentWidth: 5 });
					const node = parseDocument(text).get('k', true);
					if (!isScalar(node) || node.value !== value) return;
					const map = scalarOffsets(text, node);
					// Unit by unit: the writer may fold a line between the two halves of a surrogate pair.
					for (let i = 0; i < value.length; i++) {
						const at = map(i);
						const written = text[at] ?? '';
						const plain = written === value[i] || (/\s/.test(value[i]!) && /\s/.test(written));
						expect(plain || written === '\\', `${JSON.stringify(value[i])} at ${i} of ${JSON.stringify(text)}`).toBe(
							true,
						);
					}
				},
			),
			{ numRuns: 500 },
		);
	});
});

function allReasons(list: Diagnostic[]): string {
	return list.map((d) => d.reason).join('\n');
}
