/**
 * Names and aliases are unique across entities, and when two entities
 * claim one, the message goes to the file that most likely added it: the
 * entity whose own name it is (or whose name contains it: "Zelensky" in
 * "Volodymyr Zelensky") keeps it, and the others are told, at their
 * alias, which file has it. When no claim is stronger, every claimant is
 * told. File order decides nothing: blaming the alphabetically later file
 * sent authors to the entity that had the alias all along.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { namesOf, type Entity } from '../schema/entity.ts';
import { foldedWords } from '../text/fold.ts';

export interface AliasHolder {
	entity: Entity;
	/** The file as shown in messages, its text, and where each field sits in it. */
	file: string;
	text: string;
	offsetOf: (path: (string | number)[]) => number;
}

interface Claim {
	holder: AliasHolder;
	/** 0 for the name, 1… for `aliases[i - 1]`. */
	index: number;
	alias: string;
}

/** The other files a duplicate alias's message names, at most. */
const SHOWN = 3;

export function duplicateAliases(holders: readonly AliasHolder[]): Diagnostic[] {
	const byKey = new Map<string, Claim[]>();
	for (const holder of holders) {
		namesOf(holder.entity).forEach((alias, index) => {
			const key = foldedWords(alias).join(' ');
			const claims = byKey.get(key) ?? [];
			// An entity that repeats its own name is not a clash.
			if (!claims.some((c) => c.holder.entity.id === holder.entity.id)) claims.push({ holder, index, alias });
			byKey.set(key, claims);
		});
	}
	const found: Diagnostic[] = [];
	for (const [key, claims] of byKey) {
		if (claims.length < 2) continue;
		const keeper = strongest(claims, key);
		for (const claim of claims) {
			if (claim === keeper) continue;
			const all = claims.filter((c) => c !== claim);
			// A few are enough to find the clash: each of hundreds of files listing all the others grew the log
			// with the square of the files.
			const others = all
				.slice(0, SHOWN)
				.map((c) => `\`${c.holder.file}\` (entity \`${c.holder.entity.id}\`${c.index === 0 ? ', its name' : ''})`);
			if (all.length > SHOWN) others.push(`${all.length - SHOWN} more files`);
			const at = {
				file: claim.holder.file,
				text: claim.holder.text,
				offset: claim.holder.offsetOf(claim.index === 0 ? ['name'] : ['aliases', claim.index - 1]),
			};
			found.push(
				diagnostic(
					at,
					'duplicate-alias',
					`Duplicate alias \`${claim.alias}\`: ${others.join(' and ')} ${all.length === 1 ? 'uses' : 'use'} it too, expected each name or alias to belong to one entity`,
				),
			);
		}
	}
	return found;
}

/** The claim that keeps the name: someone's own name, else the one entity whose name contains it; none when that is not clear. */
function strongest(claims: Claim[], key: string): Claim | undefined {
	const names = claims.filter((c) => c.index === 0);
	if (names.length === 1) return names[0];
	if (names.length > 1) return undefined;
	const words = key.split(' ');
	const containing = claims.filter((c) => {
		const name = foldedWords(c.holder.entity.name);
		return name.some((_, i) => words.every((w, j) => name[i + j] === w));
	});
	return containing.length === 1 ? containing[0] : undefined;
}
