/**
 * Every `content/authors/<id>.yaml`, read and validated once, with each
 * bio through the same claims adapter as an entity's description (its
 * problems at their place in the YAML), and the check only the articles
 * can make: an `author` that names no record. An explainer names its
 * author by id, so a typo is an error at the field, listing the ids there
 * are, rather than a byline that quietly links nowhere.
 */
import { relative } from 'node:path';
import { closest, diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { authorSchema, type Author } from '../schema/author.ts';
import { researchDir } from '../content-paths.ts';
import { missingNotesProblem, type CheckedCitation } from '../editorial/research-notes.ts';
import { oncePerFolder, readRecords, type RecordFile } from './content-files.ts';
import { checkCitedField } from './entities.ts';
import type { SourceSet } from './sources.ts';

export interface AuthorSet {
	authors: Map<string, Author>;
	/** The source ids each bio cites. */
	cites: Map<string, string[]>;
	/** Each bio's citations with their quotes and places in the YAML, for the research-notes check. */
	citations: Map<string, CheckedCitation[]>;
	diagnostics: Diagnostic[];
	/** Each valid file as read and parsed (the records loader stores these). */
	records: RecordFile[];
}

const read = oncePerFolder(readAuthors);

/** The authors in `dir` (none when it does not exist), checked against `sources`, loaded on first use. */
export const loadAuthors = read.load;
/** Forget what was loaded (the dev server calls this when content changes). */
export const forgetAuthors = read.forget;

/** The authors in `dir`, each file read once, checked against `sources`. */
export function readAuthors(dir: string, sources: SourceSet): AuthorSet {
	const { records, diagnostics } = readRecords(dir, authorSchema, 'jane-doe.yaml');
	const set: AuthorSet = { authors: new Map(), cites: new Map(), citations: new Map(), diagnostics, records };
	for (const record of records) {
		const author = record.data;
		set.authors.set(author.id, author);
		diagnostics.push(
			...missingNotesProblem(researchDir, author.research, {
				file: record.file.shown,
				text: record.text,
				offset: record.yaml.offsetOf(['research']),
			}),
		);
		if (!author.bio) continue;
		const checked = checkCitedField(record, 'bio', author.bio, sources);
		diagnostics.push(...checked.diagnostics);
		set.cites.set(author.id, checked.cites);
		set.citations.set(author.id, checked.citations);
	}
	return set;
}

/** Where an article names its author: the id, and the place of the field. */
export interface AuthorUse {
	author: string;
	at: { file: string; text: string; offset: number };
}

/** An `author` with no record, at the field, with the ids there are (or how to add one). */
export function unknownAuthorProblems(
	uses: readonly AuthorUse[],
	known: ReadonlyMap<string, Author>,
	dir: string,
): Diagnostic[] {
	const folder = `${relative(process.cwd(), dir) || dir}/`;
	return uses
		.filter((use) => !known.has(use.author))
		.map((use) => {
			const hint =
				known.size > 0
					? `; closest: ${closest(use.author, known.keys(), 5)
							.map((id) => `\`${id}\``)
							.join(', ')}`
					: `; there are none yet: add \`${folder}${use.author}.yaml\` with \`name\` and \`role\``;
			return diagnostic(
				use.at,
				'unknown-author',
				`Unknown author \`${use.author}\`, expected the id of a file in \`${folder}\`${hint}`,
			);
		});
}
