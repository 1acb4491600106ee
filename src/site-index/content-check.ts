/**
 * The content folder's problems besides the article bodies', read from
 * disk: what is missing, the records, and the article files' names and
 * frontmatter. In a build the content layer's loaders find the same as
 * they read each file and hand them to the site index
 * (`src/loaders/problems.ts`); `astro dev` reloads files one by one and
 * never hands them on again, so there the site index asks here on each
 * page, and lists them with the bodies' problems in one error. Also what
 * a build stopped by a symbolic link, before Astro starts, lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { folderStamp, whileUnchanged } from '../file-stamp.ts';
import { buildDate } from '../build-date.ts';
import { articlesDir, contentRoot } from '../content-paths.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { articlesCheck } from '../data/articles.ts';
import { missingContent } from '../data/content-files.ts';
import { checkRecords } from '../data/records.ts';
import { checkLinks } from '../security/symlink-check.ts';
import { specialFiles } from '../security/special-files.ts';

export interface ContentCheck {
	/** Every problem, warnings too, each at its file, line and column. */
	problems: Diagnostic[];
	/** Ids of source files that exist but are invalid: a citation of one is not also an unknown source. */
	invalidSources: string[];
	/** Whether an article is left out for its name or frontmatter: checks across the explainers are incomplete. */
	articlesLeftOut: boolean;
}

/**
 * Symbolic links and named pipes (sockets, devices) under the content folder: checked before Astro
 * starts, and with the rest here, since in `astro dev` one can appear after that check.
 */
export function contentFolderProblems(): Diagnostic[] {
	return [
		...checkLinks([{ dir: contentRoot, root: contentRoot, rootName: 'the content folder' }]),
		...specialFiles(contentRoot),
	];
}

/** Every problem in the content folder except the article bodies', as the loaders would find them. */
export function checkContent(): ContentCheck {
	const missing = missingContent(contentRoot, articlesDir);
	const records = checkRecords();
	const check = articlesCheck(articlesDir);
	let articlesLeftOut = missing.length > 0;
	for (const file of check.files) if (!check.add(file.path, readFileSync(file.path, 'utf8'))) articlesLeftOut = true;
	// A file the check refused by its name (glob reads every `*.mdx`; the loader stores none of those).
	if (missing.length === 0 && readdirSync(articlesDir).filter((f) => f.endsWith('.mdx')).length > check.files.length)
		articlesLeftOut = true;
	return {
		problems: once([
			...contentFolderProblems(),
			...missing,
			...records.diagnostics,
			...check.problems(records.authors.authors),
		]),
		invalidSources: [...records.sources.invalid],
		articlesLeftOut,
	};
}

/** Each problem once: a named pipe among the records is found by the folder's check and by the records' listing. */
function once(list: Diagnostic[]): Diagnostic[] {
	const seen = new Set<string>();
	return list.filter((d) => {
		const key = `${d.file}\0${d.line}\0${d.column}\0${d.ruleId}`;
		return !seen.has(key) && Boolean(seen.add(key));
	});
}

/** `checkContent()`, again only once a file in the content folder has changed (each page in dev asks). */
export const currentContentCheck: () => ContentCheck = whileUnchanged(folderState, checkContent);

/** The stamps of every file under the content folder, and the day (a date check's "today"). */
function folderState(): string {
	return `${buildDate()}\n${folderStamp([contentRoot], { recursive: true })}`;
}
