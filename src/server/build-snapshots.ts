/**
 * Serving a folder that builds write into while it is served
 * (`npm run preview` beside `npm run build`). A build empties `dist/` and
 * writes it again file by file; served from there, a reader gets truncated
 * files, a 404 for a page not yet written, and a crash when a failed build
 * leaves the folder empty.
 *
 * So each request is answered from a copy of one finished build: when the
 * build's stamp (`build-stamp.ts`) appears or changes, the folder is copied
 * aside, and the copy counts only if the same stamp is still there once the
 * copy is done (a build that started meanwhile removed it first). New
 * requests then go to the new copy; a copy is deleted once it is superseded
 * and its last request has ended. Until a first build is finished, the
 * answer is a 503.
 */
import { EventEmitter } from 'node:events';
import { constants, mkdtempSync, rmSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readBuildStamp } from './build-stamp.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

interface Copy {
	dir: string;
	stamp: string;
	handler: Handler;
	requests: number;
	superseded: boolean;
}

export interface BuildFollowerEvents {
	/** A finished build is now served; its stamp. */
	build: [stamp: string];
	/** A copy was dropped because a build started while it was taken. */
	torn: [stamp: string];
	/** The folder could not be copied (a build removed it meanwhile); the last copy stays. */
	failed: [error: unknown];
}

export class BuildFollower extends EventEmitter<BuildFollowerEvents> {
	readonly #source: string;
	readonly #handlerFor: (dir: string) => Handler;
	readonly #copies = mkdtempSync(join(tmpdir(), 'explainer-preview-'));
	#current: Copy | undefined;
	#count = 0;
	#taking = false;
	#again = false;
	#closed = false;
	readonly #removeOnExit = () => rmSync(this.#copies, { recursive: true, force: true });
	readonly #changed = () => void this.refresh();
	#poll: NodeJS.Timeout;
	#failed: string | undefined;

	/** Follows the builds in `source`, serving each copy with `handlerFor(copy)`. */
	constructor(source: string, handlerFor: (dir: string) => Handler, { interval = 100 }: { interval?: number } = {}) {
		super();
		this.#source = resolve(source);
		this.#handlerFor = handlerFor;
		// The stamp is read on a timer, not watched: builds remove the stamp's folder and make it again
		// (fs.watch loses it), and fs.watchFile compares each stat with one it takes first, in the thread
		// pool, so a stamp written before that first stat was never seen (the server stayed at 503).
		this.#poll = setInterval(this.#changed, interval).unref();
		process.once('exit', this.#removeOnExit);
	}

	/** The stamp of the build being served, if any. */
	get stamp(): string | undefined {
		return this.#current?.stamp;
	}

	/** Copy the finished build in the folder, if it is not the one served; resolves when done. */
	async refresh(): Promise<void> {
		if (this.#taking) {
			this.#again = true;
			return;
		}
		this.#taking = true;
		try {
			do {
				this.#again = false;
				await this.#take();
			} while (this.#again && !this.#closed);
		} finally {
			this.#taking = false;
		}
	}

	async #take(): Promise<void> {
		const stamp = readBuildStamp(this.#source);
		// A build that could not be copied is tried again when the next one finishes, not at every poll.
		if (stamp === undefined || stamp === this.#current?.stamp || stamp === this.#failed || this.#closed) return;
		const dir = join(this.#copies, String(++this.#count));
		try {
			// A clone where the file system can (copy-on-write), a copy elsewhere; links stay links.
			await cp(this.#source, dir, { recursive: true, verbatimSymlinks: true, mode: constants.COPYFILE_FICLONE });
		} catch (error) {
			await rm(dir, { recursive: true, force: true });
			this.#failed = stamp;
			this.emit('failed', error);
			return;
		}
		if (readBuildStamp(this.#source) !== stamp || this.#closed) {
			await rm(dir, { recursive: true, force: true });
			this.emit('torn', stamp);
			return;
		}
		const previous = this.#current;
		this.#current = { dir, stamp, handler: this.#handlerFor(dir), requests: 0, superseded: false };
		if (previous) {
			previous.superseded = true;
			this.#release(previous);
		}
		this.emit('build', stamp);
	}

	/** The request handler: each request is answered from the copy current when it arrived. */
	readonly handle: Handler = (req, res, next) => {
		const copy = this.#current;
		if (!copy) {
			res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' });
			res.end(
				req.method === 'HEAD' ? undefined : 'The site is being built; it is served once the build has finished.\n',
			);
			return;
		}
		copy.requests++;
		res.once('close', () => {
			copy.requests--;
			this.#release(copy);
		});
		copy.handler(req, res, next);
	};

	#release(copy: Copy): void {
		if (copy.superseded && copy.requests === 0) void rm(copy.dir, { recursive: true, force: true }).catch(() => {});
	}

	/** Stop following and delete every copy. */
	close(): void {
		this.#closed = true;
		clearInterval(this.#poll);
		process.off('exit', this.#removeOnExit);
		this.#removeOnExit();
	}
}
