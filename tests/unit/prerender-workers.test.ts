/**
 * How many threads render the pages (`src/prerender-workers.ts`, Astro's
 * `experimental.parallelPrerender`), as a newsroom developer sets it.
 */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { prerenderWorkers } from '../../src/prerender-workers.ts';

describe('prerender workers', () => {
	it('are one per core, at most four, unless set', () => {
		const cores = Math.min(4, availableParallelism());
		expect(prerenderWorkers({})).toEqual(cores === 1 ? false : { workers: cores });
		expect(prerenderWorkers({ EXPLAINER_PRERENDER_WORKERS: '6' })).toEqual({ workers: 6 });
	});

	it('are none when set to 1: the build renders every page in its own thread', () => {
		expect(prerenderWorkers({ EXPLAINER_PRERENDER_WORKERS: ' 1 ' })).toBe(false);
	});

	it('refuse a value that is no whole number of threads, saying what would do', () => {
		for (const value of ['0', '-2', '1.5', 'two'])
			expect(() => prerenderWorkers({ EXPLAINER_PRERENDER_WORKERS: value })).toThrow(
				`EXPLAINER_PRERENDER_WORKERS is \`${value}\`, expected a whole number of worker threads, 1 or more`,
			);
	});
});
