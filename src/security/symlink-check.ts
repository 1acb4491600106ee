/**
 * The build's check on symbolic links where authors put files: a link in
 * `public/` is copied into `dist/` with what it points at, so a link to
 * `/etc/hostname` would publish a file of the build machine; one in
 * `content/` would be read as content from anywhere. Each link that
 * leads outside the project, or nowhere, fails the build at the link.
 */
import { relative } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { linksUnder, unsafeLinks } from './symlinks.ts';

/** Problems with the links under each of `dirs` (absolute), judged against the project folder `root`. */
export function checkLinks(dirs: readonly string[], root: string): Diagnostic[] {
	return dirs.flatMap((dir) =>
		unsafeLinks(linksUnder(dir), root, 'the project').map(({ link, problem }) =>
			diagnostic({ file: relative(process.cwd(), link.path) || link.path }, 'unsafe-symlink', `Unexpected ${problem.replace(/^a /, '')}: the build would copy or read what it points at; expected a regular file, or a link to one inside the project`),
		),
	);
}
