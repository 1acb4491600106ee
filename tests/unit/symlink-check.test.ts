/**
 * A symbolic link in `public/` is published with what it points at, and
 * one in `content/` is read as content: the build refuses links in `public/`
 * that lead outside the project, links in `content/` that lead outside
 * `content/`, and links that lead nowhere, at the link; links inside are fine.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { namesUnder } from '../../src/file-walk.ts';
import { imageInputs } from '../../src/markdown/image-inputs.ts';
import { checkLinks } from '../../src/security/symlink-check.ts';

it('fails on each link in public/ that leads outside the project, in content/ outside content/, or nowhere, at the link', () => {
	const base = mkdtempSync(join(tmpdir(), 'links-'));
	const project = join(base, 'project');
	for (const dir of ['public/img', 'content/articles', 'content/dossier'])
		mkdirSync(join(project, dir), { recursive: true });
	writeFileSync(join(base, 'secret.txt'), 'build machine');
	writeFileSync(join(project, 'content/dossier/notes.md'), 'notes');
	writeFileSync(join(project, '.env'), 'TOKEN=secret');
	symlinkSync(join(project, '.env'), join(project, 'content/dossier/env.md'));
	symlinkSync('/etc/hostname', join(project, 'public/leak.txt'));
	symlinkSync(join(base, 'secret.txt'), join(project, 'public/img/deep.txt'));
	symlinkSync(base, join(project, 'content/outside-dir'));
	symlinkSync(join(project, 'gone.mdx'), join(project, 'content/articles/gone.mdx'));
	symlinkSync('../dossier/notes.md', join(project, 'content/articles/notes.md'));
	const found = checkLinks([
		{ dir: join(project, 'public'), root: project, rootName: 'the project' },
		{ dir: join(project, 'content'), root: join(project, 'content'), rootName: 'the content folder' },
	]);
	expect(
		found.map((d) => `${relative(project, join(process.cwd(), d.file))}:${d.line}:${d.column} ${d.ruleId}`),
	).toEqual([
		'public/img/deep.txt:1:1 unsafe-symlink',
		'public/leak.txt:1:1 unsafe-symlink',
		'content/articles/gone.mdx:1:1 unsafe-symlink',
		'content/dossier/env.md:1:1 unsafe-symlink',
		'content/outside-dir:1:1 unsafe-symlink',
	]);
	expect(found[1]!.reason).toBe(
		'Unexpected symbolic link to `/etc/hostname`, outside the project: the build would copy or read what it points at; expected a regular file, or a link to one inside the project',
	);
	expect(found[2]!.reason).toMatch(/gone\.mdx`, which does not exist/);
	// A file of the project, but not content: a link could otherwise have its text read and quoted in a message.
	expect(found[3]!.reason).toMatch(/\.env`, outside the content folder: .*inside the content folder$/);
});

it('fails on a link to a folder that holds it, and the walks over content/ list such links without entering them', () => {
	const content = join(mkdtempSync(join(tmpdir(), 'links-')), 'content');
	mkdirSync(join(content, 'articles/images'), { recursive: true });
	writeFileSync(join(content, 'articles/images/a.png'), 'png');
	// Two links to the folder above: a walk that entered them would double its paths at every level.
	symlinkSync('..', join(content, 'articles/images/up'));
	symlinkSync('..', join(content, 'articles/images/again'));
	symlinkSync('loop', join(content, 'articles/images/loop'));
	symlinkSync('a.png', join(content, 'articles/images/fine.png'));
	const found = checkLinks([{ dir: content, root: content, rootName: 'the content folder' }]);
	expect(found.map((d) => `${d.file.replace(/.*content\//, '')} ${d.ruleId}`)).toEqual([
		'articles/images/again unsafe-symlink',
		'articles/images/loop unsafe-symlink',
		'articles/images/up unsafe-symlink',
	]);
	expect(found[0]!.reason).toMatch(/a folder that holds the link itself/);
	expect(namesUnder(content).sort()).toEqual([
		'articles',
		'articles/images',
		'articles/images/a.png',
		'articles/images/again',
		'articles/images/fine.png',
		'articles/images/loop',
		'articles/images/up',
	]);
	expect(imageInputs(content).map((line) => line.split('\0')[0]!.replace(/.*content\//, ''))).toEqual([
		'articles/images/a.png',
		'articles/images/again',
		'articles/images/fine.png',
		'articles/images/loop',
		'articles/images/up',
	]);
});
