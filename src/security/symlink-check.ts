/**
 * The build's check on symbolic links where files are put: a link in
 * `public/` is copied into `dist/` with what it points at, so a link to
 * `/etc/hostname` would publish a file of the build machine; one in
 * `content/` would be read (and quoted in messages) as content. A link in
 * `public/` must stay inside the project; one in `content/` inside
 * `content/`, since nothing an author writes may read a file outside it.
 * Each other link, or one that leads nowhere, fails the build at the link.
 */
import { relative } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { linksUnder, unsafeLinks } from './symlinks.ts';

/** A folder whose links are checked, and the folder they must stay in (absolute paths). */
export interface LinkBoundary {
	dir: string;
	root: string;
	/** The root as messages name it ("the project", "`content/`"). */
	rootName: string;
}

/** Problems with the links under each boundary's folder. */
export function checkLinks(boundaries: readonly LinkBoundary[]): Diagnostic[] {
	return boundaries.flatMap(({ dir, root, rootName }) =>
		unsafeLinks(linksUnder(dir), root, rootName).map(({ link, problem }) =>
			diagnostic(
				{ file: relative(process.cwd(), link.path) || link.path },
				'unsafe-symlink',
				`Unexpected ${problem.replace(/^a /, '')}: the build would copy or read what it points at; expected a regular file, or a link to one inside ${rootName}`,
			),
		),
	);
}
