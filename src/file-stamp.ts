/**
 * A file's identity, for keeping what was read from it: inode, size, and
 * modification and change times in nanoseconds. An edit of the same length,
 * a file replaced by another, or one deleted changes it, so a page in
 * `astro dev` sees the edit at once while a build reads each file once.
 */
import { readdirSync, statSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import { namesUnder } from './file-walk.ts';

export function stampOf(stat: BigIntStats): string {
	return `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

/** The stamp of the file at `path`; undefined when there is none. */
export function fileStamp(path: string): string | undefined {
	const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
	return stat && stampOf(stat);
}

/**
 * The names and stamps of every file in `dirs` (and below, with `recursive`), one line each: equal
 * while none of them has changed. A folder that is not there adds nothing.
 */
export function folderStamp(dirs: readonly string[], { recursive = false } = {}): string {
	const lines: string[] = [];
	for (const dir of dirs) {
		let names: string[];
		try {
			names = recursive ? namesUnder(dir) : readdirSync(dir, { encoding: 'utf8' });
		} catch {
			continue;
		}
		for (const name of names.sort()) lines.push(`${join(dir, name)}\0${fileStamp(join(dir, name))}`);
	}
	return lines.join('\n');
}

/**
 * `compute`, kept while `stateOf()` (file stamps, the day) stays the same: asked again after a file
 * changed, it computes once more. The dev server asks on every page; a build asks once per sync.
 */
export function whileUnchanged<T>(stateOf: () => string, compute: () => T): () => T {
	let last: { state: string; value: T } | undefined;
	return () => {
		const state = stateOf();
		if (last?.state !== state) last = { state, value: compute() };
		return last.value;
	};
}
