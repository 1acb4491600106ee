import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/integrations/content-check.ts';
import { loadSources } from '../../src/schema/load-sources.ts';

function sourcesFrom(files: Record<string, string>) {
	const dir = mkdtempSync(join(tmpdir(), 'sources-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return loadSources(dir);
}

const good = 'outlet: "AP"\ntitle: "Headline"\nurl: "https://example.org/a"\n';

describe('source records', () => {
	it('loads a valid record under its file name', () => {
		const { sources, issues } = sourcesFrom({ 'ap-1.yaml': good + 'published: "2025-08-17"\nkind: report\n' });
		expect(issues).toEqual([]);
		expect(sources.get('ap-1')).toMatchObject({ id: 'ap-1', outlet: 'AP', published: '2025-08-17', kind: 'report' });
	});

	it('reports a missing required field', () => {
		const { issues, sources } = sourcesFrom({ 'ap-1.yaml': 'outlet: "AP"\nurl: "https://example.org/a"\n' });
		expect(sources.size).toBe(0);
		expect(issues).toEqual([expect.objectContaining({ line: 1, column: 1, ruleId: 'missing-field', reason: 'Missing required field `title`' })]);
		expect(issues[0]!.file).toMatch(/ap-1\.yaml$/);
	});

	it('reports an invalid URL at the value, with what would be valid', () => {
		const { issues } = sourcesFrom({ 'ap-1.yaml': 'outlet: "AP"\ntitle: "H"\nurl: "not a url"\n' });
		expect(issues[0]).toMatchObject({ line: 3, column: 6, ruleId: 'invalid-field' });
		expect(issues[0]!.reason).toContain('expected an absolute http(s) URL');
	});

	it('reports an impossible or malformed date', () => {
		const { issues } = sourcesFrom({ 'a.yaml': good + 'published: "2025-02-30"\n', 'b.yaml': good + 'accessed: "17 Aug 2025"\n' });
		expect(issues.map((i) => [i.line, i.column, i.reason.includes('YYYY-MM-DD')])).toEqual([
			[4, 12, true],
			[4, 11, true],
		]);
	});

	it('reports an unknown field and lists the valid ones', () => {
		const { issues } = sourcesFrom({ 'a.yaml': good + 'publsihed: "2025-08-17"\n' });
		expect(issues[0]).toMatchObject({ line: 4, column: 1, ruleId: 'unknown-field' });
		expect(issues[0]!.reason).toContain('expected one of: outlet, title, titleSupplied, url, published');
	});

	it('reports an unknown kind', () => {
		const { issues } = sourcesFrom({ 'a.yaml': good + 'kind: blog\n' });
		expect(issues[0]).toMatchObject({ line: 4, column: 7, ruleId: 'invalid-field' });
		expect(issues[0]!.reason).toContain('primary document');
	});

	it('reports a file name that is not a valid id', () => {
		const { issues } = sourcesFrom({ 'AP One.yaml': good });
		expect(issues[0]).toMatchObject({ ruleId: 'invalid-source-id', line: 1, column: 1 });
	});

	it('reports YAML errors with a position (a repeated key)', () => {
		const { issues } = sourcesFrom({ 'a.yaml': good + 'outlet: "Reuters"\n' });
		expect(issues[0]).toMatchObject({ ruleId: 'yaml-syntax', line: 4, column: 1 });
		expect(issues[0]!.reason).toMatch(/unique/);
	});
});

describe('article frontmatter', () => {
	it('accepts the required fields', () => {
		expect(checkArticle('a.mdx', '---\ntitle: T\ndescription: D\npublished: 2025-08-22\n---\n\nText.')).toEqual([]);
	});

	it('reports a missing required field at the frontmatter', () => {
		const issues = checkArticle('a.mdx', '---\ntitle: T\npublished: 2025-08-22\n---\nText.');
		expect(issues).toEqual([expect.objectContaining({ file: 'a.mdx', line: 2, column: 1, ruleId: 'missing-field', reason: 'Missing required field `description`' })]);
	});

	it('reports a bad date at its line and column', () => {
		const issues = checkArticle('a.mdx', '---\ntitle: T\ndescription: D\npublished: yesterday\n---\n');
		expect(issues[0]).toMatchObject({ line: 4, column: 12, ruleId: 'invalid-field' });
	});

	it('reports a file without frontmatter', () => {
		expect(checkArticle('a.mdx', 'Just text.')[0]).toMatchObject({ ruleId: 'missing-frontmatter', line: 1, column: 1 });
	});
});
