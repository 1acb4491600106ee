/**
 * Which organisation a source's reporting comes from, by id rather than by
 * spelling: "AP" and "Associated Press" are one origin because one entity
 * (`content/entities/associated-press.yaml`) has both as its name and
 * alias. Read from the entity records as parsed (`organisationsOf`: the
 * records loader parses each file once), or from the folder directly
 * (`readOrganisations`: name, kind and aliases only) when the sources are
 * loaded on their own.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { foldedWords } from '../text/fold.ts';

/** Folded name or alias → id of the organisation entity that has it. */
export type OrganisationIndex = Map<string, string>;

export const organisationKey = (name: string) => foldedWords(name).join(' ');

/** The organisations among the entities in `dir` (none when there is no folder). */
export function readOrganisations(dir: string): { index: OrganisationIndex; names: string[] } {
	if (!existsSync(dir)) return organisationsOf([]);
	// Only regular files: the entity loader reports the others, and reading a named pipe would block.
	const files = readdirSync(dir).filter(
		(f) => /\.ya?ml$/.test(f) && statSync(join(dir, f), { throwIfNoEntry: false })?.isFile() === true,
	);
	return organisationsOf(
		files.map((file) => {
			let value: unknown;
			try {
				value = parse(readFileSync(join(dir, file), 'utf8'));
			} catch {
				// the entity loader reports the file itself
			}
			return { id: file.replace(/\.ya?ml$/, ''), value };
		}),
	);
}

/** The organisations among entity records already read (`value` as parsed, valid or not; undefined when unreadable). */
export function organisationsOf(entities: readonly { id: string; value: unknown }[]): {
	index: OrganisationIndex;
	names: string[];
} {
	const index: OrganisationIndex = new Map();
	const names: string[] = [];
	for (const { id, value } of entities) {
		const entity = value as { kind?: unknown; name?: unknown; aliases?: unknown } | null | undefined;
		if (entity?.kind !== 'organisation' || typeof entity.name !== 'string') continue;
		const all = [
			entity.name,
			...(Array.isArray(entity.aliases) ? entity.aliases.filter((a): a is string => typeof a === 'string') : []),
		];
		for (const name of all) if (!index.has(organisationKey(name))) index.set(organisationKey(name), id);
		names.push(entity.name);
	}
	return { index, names };
}
