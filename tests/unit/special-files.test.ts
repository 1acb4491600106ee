/**
 * A named pipe where an author puts a file: reading one blocks until
 * something writes to it, so the build must refuse it without reading it,
 * at the entry (a read here would hold the test until its timeout).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadSources } from '../../src/data/sources.ts';
import { specialFiles } from '../../src/security/special-files.ts';
import { contentDir } from '../support/content-dir.ts';

const SOURCE = 'outlet: "Wire Service"\ntitle: "Envoy says"\nurl: "https://example.org/wire-one"\n';

it('refuses a named pipe in the content folder at the pipe, and the records loader passes it by unread', () => {
	const root = contentDir({ 'sources/wire-one.yaml': SOURCE });
	execFileSync('mkfifo', [join(root, 'sources/never-cited.yaml')]);
	execFileSync('mkfifo', [join(root, 'articles/beta.mdx')]);
	expect(
		specialFiles(root)
			.map((d) => `${d.file.replace(/.*content-[^/]*\//, '')} ${d.ruleId}`)
			.sort(),
	).toEqual(['articles/beta.mdx not-a-file', 'sources/never-cited.yaml not-a-file']);
	expect(specialFiles(root)[0]!.reason).toMatch(/^Unexpected named pipe in the content folder: reading it would block/);
	const sources = loadSources(join(root, 'sources'));
	expect([...sources.sources.keys()]).toEqual(['wire-one']);
	expect(sources.diagnostics.map((d) => d.ruleId)).toEqual(['not-a-file']);
});
