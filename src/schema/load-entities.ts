/**
 * Read every `content/entities/<id>.yaml` and check what one record cannot
 * check alone: aliases unique across entities, related ids that exist, and
 * citations in descriptions that name real sources.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkCitation } from '../claims/citations.ts';
import { lineColumn, type LocatedIssue } from '../claims/issues.ts';
import { scanMarkers, SOURCE_ID } from '../claims/markers.ts';
import { normaliseName } from '../lib/mentions.ts';
import { entitySchema, namesOf, type Entity } from './entity.ts';
import type { Source } from './source.ts';
import { validateYaml } from './validate-yaml.ts';

export interface LoadedEntities {
	entities: Map<string, Entity>;
	issues: LocatedIssue[];
}

interface Parsed {
	entity: Entity;
	file: string;
	text: string;
	offsetOf: (path: (string | number)[]) => number;
}

/** Load and validate all entity records in `dir` against the known sources. */
export function loadEntities(dir: string, sources: ReadonlyMap<string, Source>): LoadedEntities {
	const entities = new Map<string, Entity>();
	const issues: LocatedIssue[] = [];
	if (!existsSync(dir)) return { entities, issues };
	const parsed: Parsed[] = [];
	for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
		const file = relative(process.cwd(), join(dir, name)) || name;
		const id = name.replace(/\.ya?ml$/, '');
		if (!SOURCE_ID.test(id)) {
			issues.push({ file, line: 1, column: 1, ruleId: 'invalid-entity-id', reason: `Unexpected file name \`${name}\`, expected an id of lowercase letters, digits and single hyphens, e.g. \`steve-witkoff.yaml\``, severity: 'error' });
			continue;
		}
		const text = readFileSync(join(dir, name), 'utf8');
		const result = validateYaml(entitySchema, file, text);
		issues.push(...result.issues);
		if (!result.data || !result.offsetOf) continue;
		const entity = { ...result.data, id };
		entities.set(id, entity);
		parsed.push({ entity, file, text, offsetOf: result.offsetOf });
	}
	const at = (p: Parsed, path: (string | number)[], ruleId: string, reason: string): LocatedIssue => ({
		file: p.file, ...lineColumn(p.text, p.offsetOf(path)), ruleId, reason, severity: 'error',
	});
	const owners = new Map<string, string>();
	for (const p of parsed) {
		namesOf(p.entity).forEach((alias, i) => {
			const key = normaliseName(alias);
			const owner = owners.get(key);
			const path = i === 0 ? ['name'] : ['aliases', i - 1];
			if (owner && owner !== p.entity.id) issues.push(at(p, path, 'duplicate-alias', `Duplicate alias \`${alias}\`: entity \`${owner}\` already uses it, expected each name or alias to belong to one entity`));
			else owners.set(key, p.entity.id);
		});
		p.entity.related.forEach((id, i) => {
			if (!entities.has(id)) issues.push(at(p, ['related', i], 'unknown-entity', `Unknown entity \`${id}\` in \`related\`, expected the id of a file in \`content/entities/\``));
		});
		const base = p.offsetOf(['description']);
		const raw = p.text.slice(base);
		for (const issue of scanMarkers(p.entity.description).issues) issues.push(at(p, ['description'], issue.ruleId, issue.reason));
		for (const marker of scanMarkers(raw.slice(0, valueLength(raw))).markers) {
			for (const citation of marker.citations) {
				const problem = checkCitation(citation, sources);
				if (problem) issues.push({ file: p.file, ...lineColumn(p.text, base + citation.offset), ruleId: problem.ruleId, reason: problem.reason, severity: 'error' });
			}
		}
	}
	return { entities, issues };
}

/** How much of the raw YAML after the description's start to scan: up to the next top-level key. */
function valueLength(raw: string): number {
	const next = /\n[A-Za-z_][\w-]*:/.exec(raw);
	return next ? next.index : raw.length;
}
