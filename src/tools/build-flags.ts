/**
 * Node flags for `astro build` (package.json's `build` script, the tests'
 * and the bench's builds). Why: every page Astro writes passes through
 * `ArrayBuffer`s outside the JS heap, and by default V8 starts a full GC
 * each time those grow by 64 MB, however large the heap. In the route
 * phase that is a full GC every hundred or so pages, each over the whole
 * live heap (the site index, the loaded article modules): at 10,000
 * explainers, 880 MB marked every ~70 MB written, and three quarters of the
 * time in GC. With this flag the external memory counts toward the heap's
 * own, growing, limit instead of a fixed step. Measured on a 400 MB heap
 * writing 1.8 GB of buffers: 26 full GCs and 27 s without, one and 11 s with.
 */
export const BUILD_NODE_FLAGS = ['--external-memory-accounted-in-global-limit'] as const;
