/**
 * Node flags and allocator settings for the bench's large builds
 * (`BENCH_LARGE`, 5,000 and 10,000 generated explainers: scripts/bench.ts),
 * where each was measured to keep the build's memory down; the figures are
 * in the commits that added them (git log -- scripts/build-flags.ts).
 * `npm run build` is plain `astro build` and uses none of them: a site of
 * the real one's size does not need them. A deployer building a site of
 * many thousands of explainers on a small machine can start the build the
 * way `astroBuild` does (see docs: deploying).
 *
 * `--external-memory-accounted-in-global-limit`: every page Astro writes
 * passes through `ArrayBuffer`s outside the JS heap, and by default V8
 * starts a full GC each time those grow by a fixed step, however large
 * the heap; in the route phase of a large site that is a full GC every
 * hundred or so pages. With the flag, external memory counts toward the
 * heap's own, growing, limit.
 *
 * `--heap-growing-percent=100`: after each full GC the heap may grow to
 * twice what survived, not the up to four times V8 picks when the build
 * runs fast. It scales with the site, unlike a fixed
 * `--max-old-space-size`, which would stop a larger site's build.
 */
export const BUILD_NODE_FLAGS = ['--external-memory-accounted-in-global-limit', '--heap-growing-percent=100'] as const;

/**
 * Environment for the build's Node process, read by the allocators as the
 * process starts (so the build is a process of its own started with them):
 *
 * - `MALLOC_MMAP_THRESHOLD_`: glibc's malloc gives large blocks their own
 *   mapping, unmapped when freed. By default the threshold rises to the
 *   largest block freed, so the route phase's page buffers land in the
 *   main heap, which fragments and never shrinks.
 * - `MIMALLOC_PURGE_DELAY=0`: Rolldown (the bundler) and Astro's compiler
 *   use mimalloc, whose arenas otherwise keep freed pages resident after
 *   bundling.
 * - `MALLOC_ARENA_MAX=2`: glibc gives threads that allocate at once arenas
 *   of their own, which fragment and stay (sharp's threads, which render
 *   the social cards).
 *
 * The `MALLOC_` variables are glibc's: elsewhere (macOS, musl) they do nothing.
 */
export const BUILD_ENV = {
	MALLOC_MMAP_THRESHOLD_: '131072',
	MIMALLOC_PURGE_DELAY: '0',
	MALLOC_ARENA_MAX: '2',
} as const;

/** The command of an `astro build` with `args` from the project's root; `tuned` adds the flags and environment above. */
export function astroBuild(
	args: readonly string[],
	env: NodeJS.ProcessEnv = process.env,
	{ tuned = false } = {},
): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
	const astro = ['node_modules/astro/bin/astro.mjs', 'build', ...args];
	return tuned
		? { command: process.execPath, args: [...BUILD_NODE_FLAGS, ...astro], env: { ...env, ...BUILD_ENV } }
		: { command: process.execPath, args: astro, env };
}
