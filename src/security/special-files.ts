/**
 * Named pipes, sockets and devices where authors put files. Reading a
 * named pipe blocks until something writes to it, so a build (or Astro's
 * own glob, which reads every article) would wait for good; an author can
 * commit one (`mkfifo`) as easily as a file. The build refuses each before
 * anything reads the folder, at the entry.
 */
import { join, relative } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { entriesUnder } from '../file-walk.ts';

export function specialFiles(dir: string): Diagnostic[] {
	return entriesUnder(dir)
		.filter((e) => !e.isFile() && !e.isDirectory() && !e.isSymbolicLink())
		.map((e) => {
			const path = join(e.parentPath, e.name);
			const kind = e.isFIFO() ? 'named pipe' : e.isSocket() ? 'socket' : 'device';
			return diagnostic(
				{ file: relative(process.cwd(), path) || path },
				'not-a-file',
				`Unexpected ${kind} in the content folder: reading it would block the build, expected a regular file (remove it)`,
			);
		});
}
