/**
 * Two checks on a parsed YAML document that the parser makes at a cost
 * growing with the square of the input, made here in one pass: a key
 * written twice in one mapping (the parser's `uniqueKeys` compares each
 * key with every other: 16 s for 20,000 keys), and how many aliases there
 * are (the parser finds each alias's anchor by walking the document, so
 * 10,000 aliases take seconds). A record needs a few aliases at most.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/** The most aliases a record may hold. */
export const MAX_ALIASES = 100;

export interface Structure {
	/** Each key that repeats an earlier key of its mapping, with the first one. */
	duplicates: { key: Node; first: Node }[];
	/** Every alias, in document order. */
	aliases: Node[];
}

export function structureOf(root: unknown): Structure {
	const found: Structure = { duplicates: [], aliases: [] };
	const stack: unknown[] = [root];
	while (stack.length > 0) {
		const node = stack.pop();
		if (isAlias(node)) found.aliases.push(node);
		else if (isMap(node)) {
			const seen = new Map<string, Node>();
			for (const pair of node.items) {
				if (isScalar(pair.key)) {
					const name = String(pair.key.value);
					const first = seen.get(name);
					if (first) found.duplicates.push({ key: pair.key, first });
					else seen.set(name, pair.key);
				}
			}
			for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]!.value, node.items[i]!.key);
		} else if (isSeq(node)) {
			for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
		} else if (isPair(node)) stack.push(node.value, node.key);
	}
	found.aliases.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
	return found;
}
