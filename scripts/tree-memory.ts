/**
 * The peak resident memory of a process and its descendants together (a
 * build's Node process and the Pagefind process it starts), sampled from
 * `/proc` four times a second. A process's own peak (`maxRSS`) misses the
 * others' memory, and the two peaks need not fall at the same moment, so
 * their sum would overstate it. A sample can miss a short peak: the bench
 * prints the larger of this and the Node process's own. Linux only:
 * elsewhere the peak is NaN.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PERIOD_MS = 250;

/** A process's children, from each of its threads' `children` file (the tree only: no scan of all of `/proc`). */
function childrenOf(pid: number): number[] {
	const found: number[] = [];
	try {
		for (const task of readdirSync(`/proc/${pid}/task`))
			for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'latin1').split(' '))
				if (child) found.push(Number(child));
	} catch {
		// Gone between the listing and the read.
	}
	return found;
}

function residentKb(pid: number): number {
	try {
		return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'))?.[1] ?? 0);
	} catch {
		return 0;
	}
}

function treeKb(root: number): number {
	let kb = 0;
	for (const pending = [root]; pending.length > 0;) {
		const pid = pending.pop()!;
		kb += residentKb(pid);
		pending.push(...childrenOf(pid));
	}
	return kb;
}

/** Starts sampling `pid`'s tree; `stop()` returns the peak in MB. */
export function watchTreeMemory(pid: number | undefined): { stop: () => number } {
	if (process.platform !== 'linux' || pid === undefined) return { stop: () => NaN };
	let peakKb = 0;
	const sample = () => (peakKb = Math.max(peakKb, treeKb(pid)));
	const timer = setInterval(sample, PERIOD_MS);
	return {
		stop: () => {
			clearInterval(timer);
			return peakKb / 1024;
		},
	};
}
