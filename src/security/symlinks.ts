/**
 * Symbolic links, found without following any. A link in `public/` is
 * copied into `dist/` dereferenced, and a static server that follows
 * links serves whatever they point at: `ln -s /etc/passwd public/x`
 * would publish a file of the build machine. The build refuses such
 * links (`integrations/content-check.ts`) and the server serves only
 * regular files whose real path is inside its folder (`server/`).
 */
import { existsSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

export interface FoundLink {
	/** Absolute path of the link itself. */
	path: string;
	/** What the link says, as written (`readlink`). */
	target: string;
	/** Where it leads in the end; undefined when it leads nowhere (dangling, or a loop). */
	real?: string;
}

/** True when `path` is `root` or inside it (both absolute). */
export function isWithin(root: string, path: string): boolean {
	return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Every symbolic link under `dir`; links to folders are reported, not entered. */
export function linksUnder(dir: string): FoundLink[] {
	const found: FoundLink[] = [];
	if (!existsSync(dir)) return found;
	const walk = (folder: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const path = join(folder, entry.name);
			if (entry.isSymbolicLink()) {
				let real: string | undefined;
				try {
					real = realpathSync(path);
				} catch {}
				found.push({ path, target: readlinkSync(path), ...(real ? { real } : {}) });
			} else if (entry.isDirectory()) walk(path);
		}
	};
	walk(resolve(dir));
	return found;
}

/** Of `links`, those that lead outside `root` or nowhere, with what is wrong with each, for messages. */
export function unsafeLinks(
	links: readonly FoundLink[],
	root: string,
	rootName: string,
): { link: FoundLink; problem: string }[] {
	if (links.length === 0) return [];
	const realRoot = realpathSync(resolve(root));
	return links.flatMap((link) => {
		if (!link.real) return [{ link, problem: `a symbolic link to \`${link.target}\`, which does not exist` }];
		if (!isWithin(realRoot, link.real))
			return [{ link, problem: `a symbolic link to \`${link.target}\`, outside ${rootName}` }];
		// A link to a folder that holds it: whatever follows links would walk it round and round.
		if (isWithin(link.real, realpathSync(dirname(link.path))))
			return [{ link, problem: `a symbolic link to \`${link.target}\`, a folder that holds the link itself` }];
		return [];
	});
}

/**
 * Whether `file` may be served from `root`: a regular file (after links)
 * whose real path is inside the real `root`. `realRoot` is `realpath(root)`.
 */
export function isServable(realRoot: string, file: string): boolean {
	try {
		return isWithin(realRoot, realpathSync(file)) && statSync(file).isFile();
	} catch {
		return false;
	}
}
