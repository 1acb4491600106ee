/**
 * Every place the project reaches into another package's internals lives
 * in this folder, and nowhere else. Each patch names what it depends on,
 * the versions it was checked against (./verified.ts: any other version
 * stops the build with what to do), the upstream issue or the report we
 * would file, and is switched off by `EXPLAINER_ACCELERATORS=0`
 * (./switch.ts), which builds the same pages (tests/build/accelerators.test.ts).
 *
 * - article-modules (+ wrap-plugin-hook): a compile cache around
 *   @astrojs/mdx's transform.
 * - data-store-file: the content store read from its file, not inlined.
 * - content-layer-sync: in dev, a request waits out Astro's debounced
 *   content lists (imported by ../content-check.ts).
 * - glob-frontmatter: glob reads each article once and is handed our
 *   positioned frontmatter parse (imported by src/loaders/articles.ts).
 */
import type { AstroIntegration } from 'astro';
import { articleModules } from './article-modules.ts';
import { dataStoreFile } from './data-store-file.ts';

/** The build-time patches, as integrations (each does nothing when switched off or in dev). */
export function patches(): AstroIntegration[] {
	return [articleModules(), dataStoreFile()];
}
