/**
 * Every `content/sources/<id>.yaml`, read and validated once: in a build
 * by the records loader (`src/loaders/records.ts`), with the entities and
 * authors (`src/data/records.ts`); `loadSources` reads them on their own
 * for the scripts and tests. A file that fails validation keeps its id in `invalid`, so
 * citations of it are not reported again as "unknown source".
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { closest, diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { sourceSchema, type Source } from '../schema/source.ts';
import { validateYaml } from '../schema/validate-yaml.ts';
import { buildDate } from '../build-date.ts';
import { recordFiles, type RecordFile } from './content-files.ts';
import { organisationKey, readOrganisations } from './organisations.ts';

export interface SourceSet {
	sources: Map<string, Source>;
	/** Ids of files that exist but are invalid. */
	invalid: Set<string>;
	diagnostics: Diagnostic[];
	/** Each valid file as read and parsed (the records loader stores these). */
	records: RecordFile[];
}

const cache = new Map<string, SourceSet>();

/** The sources in `dir`, loaded on first use. */
export function loadSources(dir: string): SourceSet {
	let set = cache.get(dir);
	if (!set) cache.set(dir, (set = readSources(dir)));
	return set;
}

/** Forget what was loaded (the dev server calls this when a source file changes). */
export function forgetSources(): void {
	cache.clear();
}

/**
 * @param orgs the organisations among the entities, by which origins are counted: read from the
 * `entities/` folder beside `dir` unless given (the records loader gives those it parsed)
 */
export function readSources(
	dir: string,
	orgs: ReturnType<typeof readOrganisations> = readOrganisations(join(dirname(dir), 'entities')),
): SourceSet {
	const { files, diagnostics } = recordFiles(dir, 'ap-2025-08-17.yaml');
	const sources = new Map<string, Source>();
	const invalid = new Set<string>();
	const records: RecordFile[] = [];
	// Origins are counted by organisation id, so a spelling ("AP", "Associated Press") never makes a second origin.
	for (const file of files) {
		const text = readFileSync(file.path, 'utf8');
		const result = validateYaml(sourceSchema, file.shown, text);
		diagnostics.push(...result.diagnostics);
		if (!result.data) {
			invalid.add(file.id);
			continue;
		}
		records.push({ file, text, yaml: result });
		const { origin, outlet } = result.data;
		const originId = orgs.index.get(organisationKey(origin ?? outlet));
		if (origin && !originId) {
			const hint =
				orgs.names.length > 0
					? ` (closest: ${closest(origin, orgs.names)
							.map((n) => `“${n}”`)
							.join(', ')})`
					: '';
			diagnostics.push(
				diagnostic(
					{ file: file.shown, text, offset: result.offsetOf(['origin']) },
					'unknown-origin',
					`Unknown origin “${origin}”, expected the name or an alias of an organisation in \`content/entities/\`${hint}, so that copies of one organisation's reporting count once towards “Corroborated” however it is spelled`,
				),
			);
		}
		diagnostics.push(...futureDates(result.data, { file: file.shown, text, offsetOf: result.offsetOf }));
		sources.set(file.id, { ...result.data, id: file.id, ...(originId ? { originId } : {}) });
	}
	diagnostics.push(...differsFromProblems(records, sources, invalid));
	return { sources, invalid, diagnostics, records };
}

/**
 * A source can be neither published nor read after the day the site is built: such a date is a
 * typo, and a wrong `accessed` would let `verified` claim a check of a reading yet to come.
 */
function futureDates(
	source: Pick<Source, 'published' | 'accessed'>,
	at: { file: string; text: string; offsetOf: (path: (string | number)[]) => number },
	today = buildDate(),
): Diagnostic[] {
	return (['published', 'accessed'] as const)
		.filter((field) => (source[field] ?? '') > today)
		.map((field) =>
			diagnostic(
				{ file: at.file, text: at.text, offset: at.offsetOf([field]) },
				'future-date',
				`Unexpected future date \`${field}: ${source[field]}\`: the build's date is ${today}; expected the date the source ${field === 'published' ? 'was published' : 'was read'}, on or before it`,
			),
		);
}

/** A `differsFrom` id with no source file: the difference would silently never apply. */
function differsFromProblems(
	records: readonly RecordFile[],
	sources: ReadonlyMap<string, Source>,
	invalid: ReadonlySet<string>,
): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const { file, text, yaml } of records) {
		const source = sources.get(file.id);
		(source?.differsFrom ?? []).forEach((id, i) => {
			if (sources.has(id) || invalid.has(id)) return;
			const at = yaml.offsetOf(['differsFrom', i]);
			found.push(
				diagnostic(
					{ file: file.shown, text, offset: at },
					'unknown-source',
					`Unknown source \`${id}\` in \`differsFrom\`, expected the id of a file in \`content/sources/\` (closest known ids: ${closest(
						id,
						sources.keys(),
					)
						.map((k) => `\`${k}\``)
						.join(', ')})`,
				),
			);
		});
	}
	return found;
}
