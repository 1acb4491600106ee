/**
 * One Astro build at a time from this checkout, across the test files that
 * build (they run in parallel workers): Astro writes the collections' module
 * list to the project's `.astro/` whatever the cache folder, so two builds at
 * once can read each other's articles (UnknownContentCollectionError). The
 * lock is a folder, made atomically, holding the holder's process id; a lock
 * whose holder has died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ROOT } from './paths.ts';

const LOCK = join(BUILD_ROOT, 'build.lock');

export async function oneBuildAtATime<T>(run: () => Promise<T>): Promise<T> {
	mkdirSync(BUILD_ROOT, { recursive: true });
	for (;;) {
		try {
			mkdirSync(LOCK);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			if (holderGone()) rmSync(LOCK, { recursive: true, force: true });
			else await new Promise((done) => setTimeout(done, 250));
		}
	}
	writeFileSync(join(LOCK, 'pid'), String(process.pid));
	try {
		return await run();
	} finally {
		rmSync(LOCK, { recursive: true, force: true });
	}
}

/** Whether the lock's holder has exited (a lock just made may not have its id yet: that counts as held for a while). */
function holderGone(): boolean {
	try {
		process.kill(Number(readFileSync(join(LOCK, 'pid'), 'utf8')), 0);
		return false;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ESRCH') return true;
		if (code === 'EPERM') return false;
		try {
			return Date.now() - statSync(LOCK).mtimeMs > 10_000;
		} catch {
			return false;
		}
	}
}
