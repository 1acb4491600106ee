/**
 * `node scripts/pagefind-alone.ts <dist>`: the build's Pagefind step alone
 * (`indexSite`, as `astro build` runs it) over an already built site, and
 * what Pagefind's own process used: its peak memory and CPU, read from
 * /proc before it closes (Linux; elsewhere those two are missing). Prints
 * one JSON line; the bench runs it after each large build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from '../src/integrations/search-index.ts';

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's CPU times, on every architecture Pagefind ships for. */
const TICKS_PER_SECOND = 100;

interface Usage {
	peakRssMb: number;
	cpuMs: number;
}

/** The Pagefind processes this one started, with their peak memory and CPU so far. */
function pagefindUsage(): Usage | undefined {
	let found: Usage | undefined;
	let entries: string[];
	try {
		entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
	} catch {
		return undefined;
	}
	for (const pid of entries) {
		let stat: string;
		try {
			stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		} catch {
			continue;
		}
		// `pid (comm) state ppid …`: the command may contain spaces and parentheses.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (Number(fields[1]) !== process.pid || !stat.includes('(pagefind')) continue;
		const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		const ticks = Number(fields[11]) + Number(fields[12]);
		found = {
			peakRssMb: Math.max(found?.peakRssMb ?? 0, Number(hwm?.[1] ?? NaN) / 1024),
			cpuMs: (found?.cpuMs ?? 0) + (ticks * 1000) / TICKS_PER_SECOND,
		};
	}
	return found;
}

const dist = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
let pagefind: Usage | undefined;
const { pages } = await indexSite(dist, { onWritten: () => (pagefind = pagefindUsage()) });
const ms = performance.now() - started;
const own = process.resourceUsage();
console.log(
	JSON.stringify({
		pages,
		ms: Math.round(ms),
		pagefindPeakRssMb: pagefind ? Math.round(pagefind.peakRssMb) : null,
		pagefindCpuMs: pagefind ? Math.round(pagefind.cpuMs) : null,
		nodePeakRssMb: Math.round(own.maxRSS / 1024),
		nodeCpuMs: Math.round((own.userCPUTime + own.systemCPUTime) / 1000),
	}),
);
