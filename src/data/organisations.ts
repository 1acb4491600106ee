/**
 * Which organisation a source's reporting comes from, by id rather than by
 * spelling: "AP" and "Associated Press" are one origin because one entity
 * (`content/entities/associated-press.yaml`) has both as its name and
 * alias. The entities are read here directly (name, kind and aliases
 * only), since the entity loader itself needs the sources.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { foldedWords } from '../text/fold.ts';

/** Folded name or alias → id of the organisation entity that has it. */
export type OrganisationIndex = Map<string, string>;

export const organisationKey = (name: string) => foldedWords(name).join(' ');

/** The organisations among the entities in `dir` (none when there is no folder). */
export function readOrganisations(dir: string): { index: OrganisationIndex; names: string[] } {
	const index: OrganisationIndex = new Map();
	const names: string[] = [];
	if (!existsSync(dir)) return { index, names };
	for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
		let data: unknown;
		try {
			data = parse(readFileSync(join(dir, file), 'utf8'));
		} catch {
			continue; // the entity loader reports the file itself
		}
		const entity = data as { kind?: unknown; name?: unknown; aliases?: unknown } | null;
		if (entity?.kind !== 'organisation' || typeof entity.name !== 'string') continue;
		const id = file.replace(/\.ya?ml$/, '');
		const all = [
			entity.name,
			...(Array.isArray(entity.aliases) ? entity.aliases.filter((a): a is string => typeof a === 'string') : []),
		];
		for (const name of all) if (!index.has(organisationKey(name))) index.set(organisationKey(name), id);
		names.push(entity.name);
	}
	return { index, names };
}
