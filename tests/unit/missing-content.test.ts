/** A build pointed at no content fails, at the folder, saying what was expected: never an empty site that passes. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingContent } from '../../src/data/content-files.ts';

const root = mkdtempSync(join(tmpdir(), 'content-'));
/** As messages show paths: from the working folder. */
const shown = (dir: string) => relative(process.cwd(), dir);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('missing content', () => {
	it('is an error at the content folder when it is not there', () => {
		const [problem, ...more] = missingContent(join(root, 'nowhere'), join(root, 'nowhere', 'articles'));
		expect(more).toEqual([]);
		expect(problem).toMatchObject({
			ruleId: 'missing-content',
			severity: 'error',
			file: shown(join(root, 'nowhere')),
			line: 1,
			column: 1,
		});
		expect(problem!.reason).toMatch(/No content folder at .*expected a folder holding `articles\/`.*EXPLAINER_CONTENT/);
	});

	it('is an error at `articles/` when the folder has none', () => {
		expect(missingContent(root, join(root, 'articles'))).toMatchObject([
			{
				ruleId: 'missing-content',
				file: shown(join(root, 'articles')),
				reason: expect.stringMatching(/No `articles\/` folder/),
			},
		]);
	});

	it('is nothing when both are there, even with no articles yet', () => {
		mkdirSync(join(root, 'articles'));
		expect(missingContent(root, join(root, 'articles'))).toEqual([]);
	});
});
