/**
 * The mark a finished build leaves in its output folder, so that a server
 * can tell a complete site from one a build is still writing or has given
 * up on. The build removes it when it starts and writes it, with an id of
 * its own, after every other step (`integrations/build-complete.ts`). It
 * is a hidden file: never served, and emptied with the folder by the next
 * build.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUILD_STAMP = '.build-complete';

/** Mark the build in `dir` finished. Written whole, then renamed, so a reader never sees half an id. */
export function writeBuildStamp(dir: string): string {
	const id = `${new Date().toISOString()} ${randomUUID()}`;
	const part = join(dir, `${BUILD_STAMP}.part`);
	writeFileSync(part, id);
	renameSync(part, join(dir, BUILD_STAMP));
	return id;
}

/** A build has started writing into `dir`: it is no longer a finished site. */
export function removeBuildStamp(dir: string): void {
	rmSync(join(dir, BUILD_STAMP), { force: true });
}

/** The id of the finished build in `dir`, or undefined while none is. */
export function readBuildStamp(dir: string): string | undefined {
	const file = join(dir, BUILD_STAMP);
	try {
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	} catch {
		return undefined;
	}
}
