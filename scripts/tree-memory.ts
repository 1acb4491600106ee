/**
 * The peak resident memory of a process and its descendants together (a
 * build's Node process and the Pagefind process it starts), sampled from
 * `/proc` four times a second. A process's own peak (`maxRSS`) misses the
 * others' memory, and the two peaks need not fall at the same moment, so
 * their sum would overstate it. Linux only: elsewhere the peak is NaN.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PERIOD_MS = 250;

/** Each process's parent, from `/proc/<pid>/stat` (the field after the command's closing parenthesis). */
function parents(): Map<number, number> {
	const of = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			of.set(Number(name), ppid);
		} catch {
			// Gone between the listing and the read.
		}
	}
	return of;
}

function residentKb(pid: number): number {
	try {
		return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'))?.[1] ?? 0);
	} catch {
		return 0;
	}
}

function treeKb(root: number): number {
	const parentOf = parents();
	const tree = new Set([root]);
	// Parents before children is not guaranteed by pid order, so repeat until nothing joins.
	for (let grew = true; grew;) {
		grew = false;
		for (const [pid, ppid] of parentOf)
			if (!tree.has(pid) && tree.has(ppid)) {
				tree.add(pid);
				grew = true;
			}
	}
	let kb = 0;
	for (const pid of tree) kb += residentKb(pid);
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
