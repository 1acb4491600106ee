/**
 * Every `content/entities/<id>.yaml`, read and validated once, with the
 * checks one file cannot make alone: aliases unique across entities,
 * `related` ids that exist, and descriptions whose markers name real
 * sources. Descriptions go through the same claims adapter as articles, so
 * a problem in one is reported at its exact place in the YAML.
 */
import type { z } from 'astro/zod';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { ArticleClaims } from '../claims/model.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticsOf } from '../diagnostics/vfile-messages.ts';
import { claimsPlugins } from '../markdown/pipeline.ts';
import { parseGuard } from '../markdown/parse-guard.ts';
import { entitySchema, type Entity } from '../schema/entity.ts';
import { parseRecords, type RecordFile } from './content-files.ts';
import type { SourceSet } from './sources.ts';
import { duplicateAliases } from './alias-owners.ts';
import { missingNotesProblem, type CheckedCitation } from '../editorial/research-notes.ts';
import { researchDir } from '../content-paths.ts';

export interface EntitySet {
	entities: Map<string, Entity>;
	/** The source ids each entity's description cites. */
	cites: Map<string, string[]>;
	/** Each description's citations with their quotes and places in the YAML, for the research-notes check. */
	citations: Map<string, CheckedCitation[]>;
	diagnostics: Diagnostic[];
	/** Each valid file as read and parsed (the records loader stores these). */
	records: RecordFile[];
}

export type { RecordFile } from './content-files.ts';

interface Loaded extends RecordFile {
	entity: Entity;
}

const cache = new Map<string, EntitySet>();

/** The entities in `dir`, checked against `sources`, loaded on first use. */
export function loadEntities(dir: string, sources: SourceSet): EntitySet {
	let set = cache.get(dir);
	if (!set) cache.set(dir, (set = readEntities(dir, sources)));
	return set;
}

export function forgetEntities(): void {
	cache.clear();
}

/** Every entity file in `dir`, read once and parsed, valid or not (before the checks that need the sources). */
export function parseEntities(dir: string): { parsed: RecordFile[]; diagnostics: Diagnostic[] } {
	return parseRecords(dir, entitySchema, 'steve-witkoff.yaml');
}

function readEntities(dir: string, sources: SourceSet): EntitySet {
	return checkEntities(parseEntities(dir), sources);
}

/** The entities parsed by `parseEntities`, checked on their own, against each other and against `sources`. */
export function checkEntities(
	read: { parsed: RecordFile[]; diagnostics: Diagnostic[] },
	sources: SourceSet,
): EntitySet {
	const diagnostics = [...read.diagnostics];
	const entities = new Map<string, Entity>();
	const loaded: Loaded[] = [];
	for (const { file, text, yaml } of read.parsed) {
		diagnostics.push(...yaml.diagnostics);
		if (!yaml.data) continue;
		const entity = { ...(yaml.data as z.infer<typeof entitySchema>), id: file.id };
		entities.set(file.id, entity);
		loaded.push({ entity, file, text, yaml });
	}
	const at = (l: Loaded, path: (string | number)[]) => ({
		file: l.file.shown,
		text: l.text,
		offset: l.yaml.offsetOf(path),
	});
	const cites = new Map<string, string[]>();
	const citations = new Map<string, CheckedCitation[]>();
	for (const l of loaded) {
		l.entity.related.forEach((id, i) => {
			if (!entities.has(id))
				diagnostics.push(
					diagnostic(
						at(l, ['related', i]),
						'unknown-entity',
						`Unknown entity \`${id}\` in \`related\`, expected the id of a file in \`content/entities/\``,
					),
				);
		});
		diagnostics.push(...missingNotesProblem(researchDir, l.entity.research, at(l, ['research'])));
		const checked = checkCitedField(l, 'description', l.entity.description, sources);
		diagnostics.push(...checked.diagnostics);
		cites.set(l.entity.id, checked.cites);
		citations.set(l.entity.id, checked.citations);
	}
	diagnostics.push(
		...duplicateAliases(
			loaded.map((l) => ({ entity: l.entity, file: l.file.shown, text: l.text, offsetOf: l.yaml.offsetOf })),
		),
	);
	return { entities, cites, citations, diagnostics, records: loaded };
}

/** A cited field (an entity's description, an author's bio) through the claims adapter, with problems placed in the YAML file. */
export function checkCitedField(
	l: RecordFile,
	field: string,
	value: string,
	sources: SourceSet,
): { diagnostics: Diagnostic[]; cites: string[]; citations: CheckedCitation[] } {
	const offset = l.yaml.stringOffsets([field]);
	const within = { file: l.file.shown, text: l.text, offset };
	const processor = unified()
		.use(remarkParse)
		.use(parseGuard, { within, syntax: 'markdown' })
		.use(claimsPlugins({ sources: () => sources, within }));
	const file = new VFile({ value, path: l.file.path });
	processor.runSync(processor.parse(file), file);
	const found = diagnosticsOf(file.messages);
	const claims = (file.data as { claims?: ArticleClaims }).claims;
	const citations = (claims?.claims ?? []).flatMap((c) =>
		c.sources.map((s) => ({
			source: s.id,
			quote: s.quote,
			at: { file: l.file.shown, text: l.text, offset: offset(s.at ?? 0) },
		})),
	);
	return { diagnostics: found, cites: claims?.sourceOrder ?? [], citations };
}
