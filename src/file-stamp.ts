/**
 * A file's identity, for keeping what was read from it: inode, size, and
 * modification and change times in nanoseconds. An edit of the same length,
 * a file replaced by another, or one deleted changes it, so a page in
 * `astro dev` sees the edit at once while a build reads each file once.
 */
import { statSync, type BigIntStats } from 'node:fs';

export function stampOf(stat: BigIntStats): string {
	return `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

/** The stamp of the file at `path`; undefined when there is none. */
export function fileStamp(path: string): string | undefined {
	const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
	return stat && stampOf(stat);
}
