/**
 * Every record (sources, entities, authors), each file read and parsed
 * once, and checked on its own and against the others, with every problem
 * at its place: the records loader (`src/loaders/records.ts`) stores what
 * this read, and the dev server checks with it after each change.
 *
 * The entities are parsed first: the sources count their origins by the
 * organisations among them, and the entities' descriptions and the
 * authors' bios are checked against the sources.
 */
import { authorsDir, entitiesDir, sourcesDir } from '../content-paths.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { pointAt } from '../diagnostics/line-index.ts';
import type { CheckedCitation } from '../editorial/research-notes.ts';
import { readAuthors, type AuthorSet } from './authors.ts';
import { checkEntities, parseEntities, type EntitySet } from './entities.ts';
import { organisationsOf } from './organisations.ts';
import { readSources, type SourceSet } from './sources.ts';

export interface RecordsCheck {
	sources: SourceSet;
	entities: EntitySet;
	authors: AuthorSet;
	/** The problems of all three folders. */
	diagnostics: Diagnostic[];
}

export function checkRecords(
	dirs: { sources: string; entities: string; authors: string } = {
		sources: sourcesDir,
		entities: entitiesDir,
		authors: authorsDir,
	},
): RecordsCheck {
	const parsed = parseEntities(dirs.entities);
	const sources = readSources(
		dirs.sources,
		organisationsOf(parsed.parsed.map(({ file, yaml }) => ({ id: file.id, value: yaml.value }))),
	);
	const entities = checkEntities(parsed, sources);
	const authors = readAuthors(dirs.authors, sources);
	return {
		sources,
		entities,
		authors,
		diagnostics: [...sources.diagnostics, ...entities.diagnostics, ...authors.diagnostics],
	};
}

/**
 * What the site index needs of an entity's description or an author's bio besides its text: the
 * sources it cites, in order, and each citation with its quote and its place in the YAML file
 * (for the research-notes check). Kept in the entry's data as `cited`, so nothing reads the file again.
 */
export interface Cited {
	cites: string[];
	citations: { source: string; quote?: string | undefined; at: { file: string; line: number; column: number } }[];
}

/** The `cited` of the record `id` in `set` (none when its text cites nothing). */
export function citedOf(set: Pick<EntitySet | AuthorSet, 'cites' | 'citations'>, id: string): Cited {
	return {
		cites: set.cites.get(id) ?? [],
		citations: (set.citations.get(id) ?? []).map(placed),
	};
}

/** A citation's place as line and column: the entry keeps no copy of the file's text. */
function placed(citation: CheckedCitation): Cited['citations'][number] {
	const { at } = citation;
	const point = 'line' in at ? at : pointAt(at.text ?? '', at.offset ?? 0);
	const quote = citation.quote === undefined ? {} : { quote: citation.quote };
	return { source: citation.source, ...quote, at: { file: at.file, line: point.line, column: point.column } };
}
