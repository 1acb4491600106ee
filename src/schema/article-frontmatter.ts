/**
 * An article's frontmatter read and validated against the article schema,
 * with offsets into the file, as the articles loader reads it. A module of
 * its own so that what needs only the frontmatter (the social cards drawn
 * ahead, in a thread of their own) loads only the schema.
 */
import { articleSchema } from './article.ts';
import { validateYaml } from './validate-yaml.ts';

/** `---` frontmatter at the very start, after an optional byte-order mark; CRLF or LF. */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** An article's frontmatter validated, with offsets into the file; undefined when there is none. */
export function readFrontmatter(file: string, text: string) {
	const match = FRONTMATTER.exec(text);
	if (!match) return undefined;
	const start = match[0].indexOf(match[1]!);
	return validateYaml(articleSchema, file, text, start, start + match[1]!.length);
}
