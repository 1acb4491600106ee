/**
 * The entries under a folder, at any depth, without entering a symbolic
 * link to a folder. Node's recursive `readdirSync` enters them: an
 * author's `images/up -> ..` made it walk until the path was too long to
 * stat, and two such links doubled the paths at every level, so the build
 * hung. A link is listed as itself; the symbolic-link check says whether
 * it may stay (src/security/symlinks.ts).
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** Every entry under `dir` (files, folders and links; `parentPath` says where), in no set order; none when it is not there. */
export function entriesUnder(dir: string): Dirent[] {
	const found: Dirent[] = [];
	const walk = (folder: string) => {
		let entries: Dirent[];
		try {
			entries = readdirSync(folder, { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries) {
			found.push(entry);
			if (entry.isDirectory()) walk(join(folder, entry.name));
		}
	};
	walk(dir);
	return found;
}

/** The paths under `dir`, relative to it, as `readdirSync(dir, { recursive: true })` gives them, without entering links. */
export function namesUnder(dir: string): string[] {
	return entriesUnder(dir).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}
