/**
 * Every `content/entities/<id>.yaml`, read and validated once, with the
 * checks one file cannot make alone: aliases unique across entities,
 * `related` ids that exist, and descriptions whose markers name real
 * sources. Descriptions go through the same claims adapter as articles, so
 * a problem in one is reported at its exact place in the YAML.
 */
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { ArticleClaims } from '../claims/model.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { claimsPlugins } from '../markdown/pipeline.ts';
import { entitySchema, type Entity } from '../schema/entity.ts';
import { validateYaml, type YamlResult } from '../schema/validate-yaml.ts';
import { contentFiles, type ContentFile } from './content-files.ts';
import type { SourceSet } from './sources.ts';
import { duplicateAliases } from './alias-owners.ts';

export interface EntitySet {
	entities: Map<string, Entity>;
	/** The source ids each entity's description cites. */
	cites: Map<string, string[]>;
	diagnostics: Diagnostic[];
}

interface Loaded {
	entity: Entity;
	file: ContentFile;
	text: string;
	yaml: YamlResult<unknown>;
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

function readEntities(dir: string, sources: SourceSet): EntitySet {
	const { files, diagnostics } = contentFiles(dir, /\.ya?ml$/, 'steve-witkoff.yaml');
	const entities = new Map<string, Entity>();
	const loaded: Loaded[] = [];
	for (const file of files) {
		const text = readFileSync(file.path, 'utf8');
		const yaml = validateYaml(entitySchema, file.shown, text);
		diagnostics.push(...yaml.diagnostics);
		if (!yaml.data) continue;
		const entity = { ...yaml.data, id: file.id };
		entities.set(file.id, entity);
		loaded.push({ entity, file, text, yaml });
	}
	const at = (l: Loaded, path: (string | number)[]) => ({ file: l.file.shown, text: l.text, offset: l.yaml.offsetOf(path) });
	const cites = new Map<string, string[]>();
	for (const l of loaded) {
		l.entity.related.forEach((id, i) => {
			if (!entities.has(id)) diagnostics.push(diagnostic(at(l, ['related', i]), 'unknown-entity', `Unknown entity \`${id}\` in \`related\`, expected the id of a file in \`content/entities/\``));
		});
		const checked = checkDescription(l, sources);
		diagnostics.push(...checked.diagnostics);
		cites.set(l.entity.id, checked.cites);
	}
	diagnostics.push(...duplicateAliases(loaded.map((l) => ({ entity: l.entity, file: l.file.shown, text: l.text, offsetOf: l.yaml.offsetOf }))));
	return { entities, cites, diagnostics };
}

/** The description through the claims adapter, with problems placed in the YAML file. */
function checkDescription(l: Loaded, sources: SourceSet): { diagnostics: Diagnostic[]; cites: string[] } {
	const found: Diagnostic[] = [];
	const processor = unified()
		.use(remarkParse)
		.use(claimsPlugins({ sources: () => sources, report: (d) => found.push(...d), within: { file: l.file.shown, text: l.text, offset: l.yaml.stringOffsets(['description']) } }));
	const file = new VFile({ value: l.entity.description, path: l.file.path });
	processor.runSync(processor.parse(l.entity.description), file);
	const claims = (file.data as { claims?: ArticleClaims }).claims;
	return { diagnostics: found, cites: claims?.sourceOrder ?? [] };
}
