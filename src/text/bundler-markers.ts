/**
 * Text no article or record may hold because the bundler reads it as code
 * wherever it stands in a module, inside a string too. An article's text
 * and frontmatter go into its compiled module, and every stored entry into
 * the content store's, which the bundle inlines with the patches off:
 *
 * - `import.meta`: a module holding it followed by `.env` is given the
 *   build's environment variables whose names it also holds (Astro's env plugin,
 *   `astro/dist/env/vite-plugin-import-meta-env.js`, which in `astro dev`
 *   adds every one), so an article naming one printed its value to the
 *   build log;
 * - a name starting `__vite_` or `__astro_`, as Vite's and Astro's
 *   placeholders do (`__VITE_ASSET__`, `__ASTRO_ASSET_IMAGE__`, each then a name and `__`): the
 *   bundle looks the file up and stops with a stack trace;
 * - `!~{`, which starts Rolldown's placeholder for a file's hash (then
 *   digits and `}~`): in an article it was published as a chunk's hash;
 * - the words with which MDX's compiled module exports its content, which
 *   @astrojs/mdx replaces once in the module's text
 *   (`vite-plugin-mdx-postprocess.js`): in an article, the author's words
 *   were changed and the build failed on two default exports.
 *
 * Each is refused where the author wrote it, as a control character is
 * (`forbidden-characters.ts`), and the parse guard writes the body's with
 * `-` for its `.`, `_` or `~` (`defused`), so that not even the compile
 * that then fails holds one. No message quotes one either.
 */

/** Any of the above (a name's case does not count: `__Vite_` is refused too). */
export const BUNDLER_MARKER = /import\.meta|__(?:vite|astro)_|!~\{|export default function MDXContent/i;

const ALL = new RegExp(BUNDLER_MARKER.source, 'gi');

/** Where each marker in `text` starts. */
export function markersIn(text: string): number[] {
	return [...text.matchAll(ALL)].map((match) => match.index);
}

/** What `defused` writes as `-`: no marker holds together without one of them. */
const DEFUSED = /[._~ ]/g;

/** `text` with each marker's `.`, `_`, `~` and spaces written as `-`: as long, and read by the bundler as text. */
export function defused(text: string): string {
	return text.replace(ALL, (marker) => marker.replace(DEFUSED, '-'));
}

/**
 * `text` with every `.`, `_`, `~` and space written as `-`: for text whose pieces hold a marker only once
 * joined (a heading's text and its inline code), where no one piece can be defused alone.
 */
export function defusedAll(text: string): string {
	return text.replace(DEFUSED, '-');
}

/** `value` with each string in it (keys too) defused: the same value when none holds a marker. */
export function defusedData<T>(value: T): T {
	if (typeof value === 'string') return defused(value) as T;
	if (Array.isArray(value)) {
		const items = value.map(defusedData);
		return items.some((item, i) => item !== value[i]) ? (items as T) : value;
	}
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		const entries = Object.entries(value).map(([key, inner]) => [defused(key), defusedData(inner)] as const);
		const changed = entries.some(
			([key, inner], i) => key !== Object.keys(value)[i] || inner !== Object.values(value)[i],
		);
		return changed ? (Object.fromEntries(entries) as T) : value;
	}
	return value;
}

/**
 * The problem's reason. It names the markers in words, since no diagnostic holds one (each is defused,
 * `src/diagnostics/diagnostic.ts`), and quotes nothing of the author's.
 */
export const MARKER_REASON =
	'Unexpected text that the bundler reads as code wherever it stands, expected other words: ' +
	'`import` and `meta` joined by a dot, a name that starts with two underscores and `vite_` or `astro_`, ' +
	'`!~` before `{`, and `export default function` before `MDXContent` cannot be published, not even ' +
	'across formatting or code; put a space in (`import. meta`), or leave it out';
