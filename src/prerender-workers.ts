/**
 * How many worker threads render the pages in `astro build` (Astro's
 * `experimental.parallelPrerender`): `EXPLAINER_PRERENDER_WORKERS`, else one
 * per core, at most four. Each worker holds its own copy of the content
 * store and builds its own site index, so each adds memory: on a host short
 * of memory, `1` renders every page in the build's own thread, one after
 * another, as Astro does by default.
 */
import { availableParallelism } from 'node:os';

const MAX_WORKERS = 4;

export function prerenderWorkers(env: Record<string, string | undefined> = process.env): false | { workers: number } {
	const set = env['EXPLAINER_PRERENDER_WORKERS']?.trim();
	const workers = set ? Number(set) : Math.min(MAX_WORKERS, availableParallelism());
	if (!Number.isInteger(workers) || workers < 1)
		throw new Error(`EXPLAINER_PRERENDER_WORKERS is \`${set}\`, expected a whole number of worker threads, 1 or more`);
	// One worker would render every page itself while the build's thread waits: no faster, and more memory.
	return workers === 1 ? false : { workers };
}
