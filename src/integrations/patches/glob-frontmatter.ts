/**
 * Patch `glob-frontmatter` (`EXPLAINER_ACCELERATORS`, ./switch.ts: off,
 * each article is read twice and its frontmatter parsed three times).
 * Astro's `glob` loader reads each article and has the `.mdx` entry type
 * parse its frontmatter (`getEntryInfo`), before the loader sees the text.
 * The articles loader (src/loaders/articles.ts) checks the frontmatter
 * with positions, on that same text: with this patch glob reads each
 * file once and is handed our parse, and an article whose frontmatter is
 * wrong reaches neither Astro's parser (which would stop the content sync
 * at its first problem, without a position) nor the store.
 *
 * Depends on: the loader context's `entryTypes` (a map from extension to
 * entry type, which glob destructures from its context; not in the public
 * `LoaderContext` type), and the entry type's
 * `getEntryInfo({ contents, fileUrl })` returning `{ data, body }`
 * (`astro/dist/content/loaders/glob.js`, `syncData`); the rest of
 * @astrojs/mdx's entry type (its `contentModuleTypes`, which decide
 * glob's deferred render) is kept as it is.
 *
 * Upstream: no issue found. The report we would file (withastro/astro,
 * feat: content layer): "A loader that wraps glob() (Starlight's pattern)
 * cannot see the text glob read nor replace its frontmatter parse, so it
 * reads every file again to validate its frontmatter with positions. Could
 * glob take a `getEntryInfo` (or `parse`) option, or pass the file's text
 * to `parseData`?"
 *
 * Off: the loader reads and checks every article itself before glob runs
 * (a second read of each file, and glob's own frontmatter parse). A
 * frontmatter that is not YAML stops glob's parser; the content sync then
 * stops with every problem of the records and the frontmatter listed,
 * before the bodies' are known (and `astro dev` does not start until it is
 * mended). Other frontmatter problems come in one round with the rest.
 */
import type { LoaderContext } from 'astro/loaders';
import { patchOn } from './switch.ts';
import { requireVerified } from './verified.ts';

/** How glob reads an entry type. */
interface EntryType {
	getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<unknown>;
}

/** A loader context that carries `entryTypes` as glob reads it. */
type WithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

/**
 * `context` for glob, its `.mdx` frontmatter read by `read` (the file's path and text; the data, or
 * undefined to refuse the file), or undefined when the patch is off: glob then parses it itself.
 */
export function globFrontmatter(
	context: LoaderContext,
	read: (file: string, contents: string) => Record<string, unknown> | undefined,
	fileOf: (url: URL) => string,
): LoaderContext | undefined {
	if (!patchOn('glob-frontmatter')) return undefined;
	requireVerified('glob-frontmatter', { astro: ['7.4.8'], '@astrojs/mdx': ['8.1.4'] });
	const entryTypes = (context as WithEntryTypes).entryTypes;
	const mdx = entryTypes?.get('.mdx');
	if (!entryTypes || !mdx)
		throw new Error(
			'Patch `glob-frontmatter`: the loader context has no `.mdx` entry type (is @astrojs/mdx in the integrations?); EXPLAINER_ACCELERATORS=0 builds without it',
		);
	const withText = new Map(entryTypes);
	withText.set('.mdx', {
		...mdx,
		getEntryInfo: (params) => Promise.resolve({ data: read(fileOf(params.fileUrl), params.contents) ?? {}, body: '' }),
	});
	return { ...context, entryTypes: withText } as WithEntryTypes;
}
