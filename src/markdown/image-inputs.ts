/**
 * The files an article's image addresses could name, for the keys of what
 * is kept from an article's parse and compile (`src/loaders/parse-article.ts`,
 * `src/integrations/patches/article-modules.ts`). An address may lead
 * anywhere in the content folder (`image-address.ts`), not only beside the
 * articles: a key that held only the images there kept an article whose
 * image in another folder had been replaced, with its check not run again
 * and the old picture still published.
 *
 * An address names a file with a raster extension, directly or through
 * symbolic links, so every such file under the content folder counts, with
 * every link (moved, a link leads the same address elsewhere). Each by its
 * path, its real path and its stamp (`src/file-stamp.ts`): a file edited or
 * replaced, even at the same size and time, changes it. Only the names are
 * read, never the bytes, and the records (YAML) are not among them, so
 * editing a source still compiles no article again.
 */
import { existsSync, realpathSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileStamp } from '../file-stamp.ts';
import { entriesUnder } from '../file-walk.ts';
import { RASTER_FORMATS } from './image-file.ts';

/** One line for each file or link under `root` an image address could lead to, in a stable order. */
export function imageInputs(root: string): string[] {
	if (!existsSync(root)) return [];
	return entriesUnder(root)
		.filter((e) => isRaster(e.name) || e.isSymbolicLink())
		.map((e) => join(e.parentPath, e.name))
		.sort()
		.map(inputLine);
}

function isRaster(name: string): boolean {
	return Object.hasOwn(RASTER_FORMATS, extname(name).slice(1).toLowerCase());
}

/**
 * A path, where it leads, and the stamp of what it leads to. A link to a folder or to a record has
 * no raster name: where it leads is enough, and the files it leads to count by their own names.
 */
function inputLine(path: string): string {
	const real = leadsTo(path);
	const stamp = real !== undefined && isRaster(path) ? fileStamp(real) : undefined;
	return `${path}\0${real ?? 'nowhere'}\0${stamp ?? ''}`;
}

/** The real path, or undefined for a link that leads nowhere (dangling, or a loop). */
function leadsTo(path: string): string | undefined {
	try {
		return realpathSync(path);
	} catch {
		return undefined;
	}
}
