/**
 * The loader of the sources, entities and authors collections. Each YAML
 * file is read and parsed once per build, by our positioned parser
 * (`src/data/records.ts`), not again by Astro's: the three loaders (and the
 * articles loader, which names the authors) share one parse of all the
 * records per state of their folders, since the checks cross folders (an
 * entity's description cites sources; a source's origin is an
 * organisation among the entities). A valid file is stored with
 * `parseData` (the collection's schema, as `glob` would), its digest, and,
 * for an entity or an author, where its text cites which source (`cited`),
 * so the site index reads everything from the collections. The problems
 * go, with the frontmatter's, through the articles loader to the site
 * index (`problems.ts`), which lists them with every other problem.
 *
 * As `glob` does, an unchanged file is not stored again, an entry whose
 * file is gone is deleted, and in `astro dev` a change to the folder loads
 * it again.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { folderStamp, whileUnchanged } from '../file-stamp.ts';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildDate } from '../build-date.ts';
import { authorsDir, entitiesDir, researchDir, sourcesDir } from '../content-paths.ts';
import { checkRecords, citedOf, type RecordsCheck } from '../data/records.ts';
import { codeDigest } from './parse-article.ts';

export type RecordKind = 'sources' | 'entities' | 'authors';

const folders: Record<RecordKind, string> = { sources: sourcesDir, entities: entitiesDir, authors: authorsDir };

/**
 * Every record, parsed once for each state of the folders: the loaders of one sync share it, and
 * after an edit in `astro dev` the first loader to look parses the folders again.
 */
export const currentRecords: () => RecordsCheck = whileUnchanged(folderState, checkRecords);

/** The names, sizes and times of the files the records are read from (research notes: a record may name one). */
function folderState(): string {
	return `${buildDate()}\n${folderStamp([sourcesDir, entitiesDir, authorsDir, researchDir])}`;
}

export function recordsLoader(kind: RecordKind): Loader {
	const dir = folders[kind];
	return {
		name: `explainer-${kind}`,
		load: async (context) => {
			await store(context, kind);
			const { watcher, logger } = context;
			if (!watcher) return;
			watcher.add(dir);
			const changed = (path: string) => {
				if (!path.startsWith(`${dir}${sep}`) || !/\.ya?ml$/.test(path)) return;
				// Its problems: in dev the site index reads them from the files (src/site-index/content-check.ts).
				store(context, kind).catch((error: unknown) =>
					logger.error(`Failed to reload ${relative(process.cwd(), path)}: ${String(error)}`),
				);
			};
			watcher.on('change', changed).on('add', changed).on('unlink', changed);
		},
	};
}

/** The valid records of one kind into the collection's store; an invalid one's entry stays as it was. */
async function store(context: LoaderContext, kind: RecordKind): Promise<void> {
	const { store, parseData, generateDigest, config } = context;
	const root = fileURLToPath(config.root);
	const check = currentRecords();
	// Our code is in the digest: `cited` holds places that our parser found.
	const code = codeDigest();
	const present = new Set<string>();
	for (const { file, text, yaml } of check[kind].records) {
		present.add(file.id);
		// A source's origin is counted by the organisation entity it names, which an entity's edit can change.
		const originId = kind === 'sources' ? check.sources.sources.get(file.id)?.originId : undefined;
		const value = yaml.value as Record<string, unknown>;
		// An unknown `related` id is our `unknown-entity` problem, at its place; left in, Astro's own check of
		// the stored references would report it again, as "Invalid content reference", without one.
		const related = kind === 'entities' ? knownRelated(value.related, check.entities.entities) : undefined;
		const digest = generateDigest(`${code}\0${text}\0${originId ?? ''}\0${related?.join('\0') ?? ''}`);
		if (store.get(file.id)?.digest === digest) continue;
		const loaderSet = kind === 'sources' ? (originId ? { originId } : {}) : { cited: citedOf(check[kind], file.id) };
		const data = await parseData({
			id: file.id,
			data: { ...value, ...(related ? { related } : {}), ...loaderSet },
			filePath: file.path,
		});
		store.set({ id: file.id, data, digest, filePath: relative(root, file.path) });
	}
	for (const id of store.keys()) {
		const filePath = store.get(id)?.filePath;
		if (!present.has(id) && !(filePath && existsSync(resolve(root, filePath)))) store.delete(id);
	}
}

/** The ids of `related` that name an entity (a value that is not a list of ids is left to the schema). */
function knownRelated(related: unknown, entities: ReadonlyMap<string, unknown>): unknown[] | undefined {
	if (!Array.isArray(related)) return undefined;
	return related.filter((id) => typeof id !== 'string' || entities.has(id));
}
