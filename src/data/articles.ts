/**
 * The article files: valid, unique names, and frontmatter that meets the
 * schema, checked with positions on the text the articles loader read
 * (Astro's own errors have no rule id and point at line 0).
 */
import { excerpt } from '../text/format.ts';
import { readFileSync } from 'node:fs';
import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { checkedAgainstProblems } from '../editorial/checked-against.ts';
import { missingNotesProblem } from '../editorial/research-notes.ts';
import { researchDir } from '../content-paths.ts';
import { readFrontmatter } from '../schema/article-frontmatter.ts';
import { SITE } from '../site.ts';
import { MAX_TITLE, titleLength } from '../text/title.ts';
import { contentFiles, type ContentFile } from './content-files.ts';
import { reservedSlugProblems } from './reserved-slugs.ts';
import { strayArticleFiles } from './article-folder.ts';
import { articleDateProblems } from './article-dates.ts';
import { topicSpellingProblems, type TopicUse } from '../editorial/topic-spellings.ts';
import type { Author } from '../schema/author.ts';
import { unknownAuthorProblems, type AuthorUse } from './authors.ts';
import { join } from 'node:path';
import { readLedger } from '../schema/ledger-file.ts';
import { refusedBodyProblems } from './refused-body.ts';

/** The `<title>` of a page with this headline: the short title if given, then the site's name. */
export function documentTitle(data: { title: string; shortTitle?: string | undefined }): string {
	return `${data.shortTitle ?? data.title} · ${SITE.name}`;
}

/** Frontmatter problems of one article. */
export function checkArticle(file: string, text: string): Diagnostic[] {
	return checkArticleText(file, text).diagnostics;
}

/** Frontmatter problems of one article, and its frontmatter as read (when it has one). */
function checkArticleText(
	file: string,
	text: string,
): { diagnostics: Diagnostic[]; frontmatter: ReturnType<typeof readFrontmatter> } {
	const frontmatter = readFrontmatter(file, text);
	const reserved = reservedSlugProblems(file);
	if (reserved.length > 0) return { diagnostics: reserved, frontmatter };
	return { diagnostics: frontmatterProblems(file, text, frontmatter), frontmatter };
}

function frontmatterProblems(file: string, text: string, result: ReturnType<typeof readFrontmatter>): Diagnostic[] {
	if (!result) {
		return [
			diagnostic(
				{ file },
				'missing-frontmatter',
				'Missing frontmatter, expected the file to start with `---`, then `title:`, `description:` and `published: YYYY-MM-DD`, then `---`',
			),
		];
	}
	if (!result.data) return result.diagnostics;
	// Every frontmatter problem at once: dates, what a check was against, research notes, the title.
	const dates = [
		...articleDateProblems(file, text, result),
		...checkedAgainstProblems(result.data, (path) => ({ file, text, offset: result.offsetOf(path) })),
		...missingNotesProblem(researchDir, result.data.research, { file, text, offset: result.offsetOf(['research']) }),
	];
	const shown = documentTitle(result.data);
	if (titleLength(shown) > MAX_TITLE) {
		const field = result.data.shortTitle ? 'shortTitle' : 'title';
		return [
			...dates,
			diagnostic(
				{ file, text, offset: result.offsetOf([field]) },
				'title-too-long',
				`The page title “${excerpt(shown, 120)}” is ${titleLength(shown)} characters as HTML, expected at most ${MAX_TITLE}: ${field === 'title' ? 'add a `shortTitle` of' : 'shorten `shortTitle` to'} ${MAX_TITLE - titleLength(shown) + titleLength(result.data.shortTitle ?? result.data.title)} characters or fewer for browser tabs and search results`,
			),
		];
	}
	return dates;
}

/** Every article file's name and frontmatter problems; `authors` are the records an `author` may name (in the `authors/` folder beside `dir`). */
export function checkArticles(dir: string, authors: ReadonlyMap<string, Author> = new Map()): Diagnostic[] {
	const check = articlesCheck(dir);
	for (const file of check.files) check.add(file.path, readFileSync(file.path, 'utf8'));
	return check.problems(authors);
}

/**
 * The check of a folder of articles, given each article's text as it is read (the articles loader
 * gives it the text `glob` read): the names at once, then each article's frontmatter and claim
 * ledger, then what only all of them show (topics spelled two ways, authors with no record,
 * files the build would skip).
 */
export function articlesCheck(dir: string): {
	/** The articles with valid, unique names. */
	files: ContentFile[];
	/**
	 * One article's text (`path` absolute): its frontmatter as read (before the schema, what a
	 * collection's `parseData` is given), or undefined when it may not be loaded (a bad name, or a
	 * frontmatter error).
	 */
	add: (path: string, text: string) => Record<string, unknown> | undefined;
	/** Every problem so far, with those across the articles; `authors` are the records an `author` may name. */
	problems: (authors: ReadonlyMap<string, Author>) => Diagnostic[];
} {
	const { files, diagnostics } = contentFiles(dir, /\.mdx$/, 'us-guarantees-for-ukraine.mdx');
	const byPath = new Map(files.map((f) => [f.path, f]));
	const topics: TopicUse[] = [];
	const bylines: AuthorUse[] = [];
	const add = (path: string, text: string) => {
		const file = byPath.get(path);
		if (!file) return undefined;
		const found = checkArticleText(file.shown, text);
		diagnostics.push(...found.diagnostics, ...readLedger(file.path).diagnostics);
		const data = found.frontmatter;
		if (data?.data)
			topics.push({ file: file.shown, text, topics: data.data.topics, offsetOf: (i) => data.offsetOf(['topics', i]) });
		if (data?.data?.author)
			bylines.push({ author: data.data.author, at: { file: file.shown, text, offset: data.offsetOf(['author']) } });
		if (hasErrors(found.diagnostics) || !data) {
			// Left out: its body's own problems are listed now too, not once the frontmatter is mended (where there is
			// no frontmatter, where the body starts is anyone's guess).
			if (data) diagnostics.push(...refusedBodyProblems(file.path, text, data.value));
			return undefined;
		}
		// A copy: the parse's strings are slices of the whole file, which the content store would keep
		// through the build with every value it holds.
		return structuredClone(data.value) as Record<string, unknown> | undefined;
	};
	const problems = (authors: ReadonlyMap<string, Author>) => [
		...diagnostics,
		...topicSpellingProblems(topics),
		...unknownAuthorProblems(bylines, authors, join(dir, '..', 'authors')),
		...strayArticleFiles(dir),
	];
	return { files, add, problems };
}
