/**
 * What else is in `content/articles/`: the build reads only the
 * `<slug>.mdx` files directly inside it, so an article in a subfolder
 * (`2025/foo.mdx`) or with another extension (`foo.md`, `foo.MDX`) would
 * build to nothing and say nothing. Each fails at the file instead,
 * saying where articles go. Articles stay flat on purpose: the file name
 * is the slug and the URL (`/<slug>/`), so a folder would either be
 * dropped from the URL (two `foo.mdx` in two years would clash) or put
 * into it (and change every link when an article moves). Other files
 * (images beside the articles that show them, in any subfolder) are not
 * articles and are left alone: a `<Figure>` or Markdown image names them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

/** Text an author meant as an article: Markdown or MDX, in any case. */
const ARTICLE_LIKE = /\.(?:mdx|md|markdown)$/i;

/** Articles in `dir` (the articles folder) that the build would not read, each with what to do. */
export function strayArticleFiles(dir: string): Diagnostic[] {
	if (!existsSync(dir)) return [];
	const found: Diagnostic[] = [];
	const shown = (path: string) => relative(process.cwd(), path) || path;
	const folder = shown(dir);
	const walk = (at: string, depth: number): void => {
		for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			if (entry.name.startsWith('.')) continue;
			const path = join(at, entry.name);
			if (entry.isDirectory()) walk(path, depth + 1);
			else if (!ARTICLE_LIKE.test(entry.name)) continue;
			else if (depth > 0) {
				found.push(
					diagnostic(
						{ file: shown(path) },
						'misplaced-article',
						`Unexpected file in a subfolder of \`${folder}/\`: it would not be built; expected each article directly in \`${folder}/\` as \`<slug>.mdx\`, served at \`/<slug>/\` (move it to \`${folder}/${basename(path)}\`)`,
					),
				);
			} else if (!/\.mdx$/i.test(entry.name)) {
				found.push(
					diagnostic(
						{ file: shown(path) },
						'misplaced-article',
						`Unexpected file \`${entry.name}\` in \`${folder}/\`: it would not be built; expected only articles named \`<slug>.mdx\` (rename it \`${entry.name.replace(/\.[^.]*$/, '')}.mdx\` if it is one, or move it out)`,
					),
				);
			} else if (!/\.mdx$/.test(entry.name)) {
				found.push(
					diagnostic(
						{ file: shown(path) },
						'misplaced-article',
						`Unexpected extension in \`${entry.name}\`: it would not be built; expected \`.mdx\` in lower case (rename it \`${entry.name.replace(/\.mdx$/i, '.mdx')}\`)`,
					),
				);
			}
		}
	};
	walk(dir, 0);
	return found;
}
