/**
 * The last of the compile's plugins: the compiled article exports no
 * frontmatter. @astrojs/mdx writes what a plugin leaves in
 * `file.data.astro.frontmatter` into the module as it stands (`export const
 * frontmatter = …`, and a `layout:` field as an import of that path). The
 * pages read the frontmatter from the content layer, which checks it and
 * stores no article whose frontmatter is wrong, so in a build a broken one
 * never compiles; but in `astro dev` the module of an article just saved
 * can compile before the content layer has read the file.
 */
import type { VFile } from 'vfile';

export function noFrontmatterExport() {
	return (_tree: unknown, file: VFile) => {
		const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
		if (data.astro) data.astro.frontmatter = {};
	};
}
