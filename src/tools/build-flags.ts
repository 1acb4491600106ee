/**
 * Node flags and environment for `astro build` (`npm run build` through
 * src/tools/build.ts, the tests' and the bench's builds).
 *
 * `--external-memory-accounted-in-global-limit`. Why: every page Astro writes passes through
 * `ArrayBuffer`s outside the JS heap, and by default V8 starts a full GC
 * each time those grow by 64 MB, however large the heap. In the route
 * phase that is a full GC every hundred or so pages, each over the whole
 * live heap (the site index, the loaded article modules): at 10,000
 * explainers, 880 MB marked every ~70 MB written, and three quarters of the
 * time in GC. With this flag the external memory counts toward the heap's
 * own, growing, limit instead of a fixed step. Measured on a 400 MB heap
 * writing 1.8 GB of buffers: 26 full GCs and 27 s without, one and 11 s with.
 *
 * `--heap-growing-percent=100`: after each full GC the heap may grow to twice
 * what survived, not the up to four times V8 picks when the build runs fast.
 * At 10,000 explainers at most 958 MiB survives a full GC in the route
 * phase, and V8 let the heap reach 2,903 MiB (2,880 MiB of heap pages
 * resident); with this, 1,816 MiB (1,794 MiB), and the route phase took as
 * long (2 m 16 s). It scales with the site, unlike a fixed
 * `--max-old-space-size`, which would stop a larger site's build.
 */
export const BUILD_NODE_FLAGS = ['--external-memory-accounted-in-global-limit', '--heap-growing-percent=100'] as const;

/**
 * Environment for the build's Node process: memory that native code frees
 * goes back to the system. Each must be set when the process starts (the
 * allocators read them as they start), so each build is a Node process of
 * its own started with them (`astroBuild`; src/tools/build.ts for `npm run
 * build`, on any platform: a script's `NAME=value` needs a POSIX shell).
 *
 * - `MALLOC_MMAP_THRESHOLD_`: glibc's malloc gives blocks of 128 KB and more
 *   their own mapping, unmapped when freed. By default the threshold rises
 *   to the largest block freed, so the route phase's page buffers (an
 *   explainer is ~156 KiB) land in the main heap, which fragments and never
 *   shrinks: at 10,000 explainers it held 1,615 MiB at the end of the route
 *   phase, 855 MiB with this.
 * - `MIMALLOC_PURGE_DELAY=0`: Rolldown (the bundler) and Astro's compiler
 *   use mimalloc, whose 1 GiB arenas kept 1,744 MiB resident after bundling
 *   (pages freed but not returned); with this, 355 MiB (654 in another
 *   build, the same but for glibc's threshold at 64 KiB). The bundle phase
 *   took as long (3 m 05-11 s; 3 m 18 s before).
 * - `MALLOC_ARENA_MAX=2`: glibc gives threads that allocate at once arenas of
 *   their own (up to eight per core), which fragment and stay. With social
 *   cards rendering on sharp's threads beside the CSP pass and Pagefind, the
 *   10,000-explainer build's Node peaked at 4,003,644 kB; with this (and
 *   libvips's cache off, src/social/render-cards.ts), 3,524,652 kB, and all
 *   processes together 9,278 -> 8,210 MiB, in as long (8 m 46 s, 8 m 52 s).
 *
 * The figures for the first two and the heap flag are from one build
 * with all three against one without, split by mapping (pmap); each was
 * not measured alone. The `MALLOC_` variables are glibc's: elsewhere
 * (macOS, musl) it is ignored.
 */
export const BUILD_ENV = { MALLOC_MMAP_THRESHOLD_: '131072', MIMALLOC_PURGE_DELAY: '0', MALLOC_ARENA_MAX: '2' } as const;

/** The command of an `astro build` with `args`, under these flags and this environment, from the project's root. */
export function astroBuild(args: readonly string[], env: NodeJS.ProcessEnv = process.env): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
	return { command: process.execPath, args: [...BUILD_NODE_FLAGS, 'node_modules/astro/bin/astro.mjs', 'build', ...args], env: { ...env, ...BUILD_ENV } };
}
