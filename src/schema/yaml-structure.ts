/**
 * Two checks on a parsed YAML document that the parser makes at a cost
 * growing with the square of the input, made here in one pass: a key
 * written twice in one mapping (the parser's `uniqueKeys` compares each
 * key with every other: 16 s for 20,000 keys), and how many aliases there
 * are (the parser finds each alias's anchor by walking the document, so
 * 10,000 aliases take seconds). A record needs a few aliases at most.
 * It also finds what a record never needs and the parser reads leniently:
 * a tag the parser knows (`!!str 5`, `!!binary …`, `!!timestamp …`, the
 * bare `!`), which would turn plain text into another type, and a key that
 * is a list or a mapping (`? [a, b]`), which became the text `"[ a, b ]"`
 * with a warning printed to the build's log.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/** The most aliases a record may hold. */
export const MAX_ALIASES = 100;

export interface Structure {
	/** Each key that repeats an earlier key of its mapping, with the first one. */
	duplicates: { key: Node; first: Node }[];
	/** Every alias, in document order. */
	aliases: Node[];
	/** Each node written with a tag (`!!str`, `!`), in document order. */
	tagged: Node[];
	/** Each key that is not a plain value (a list, a mapping, an alias), in document order. */
	collectionKeys: Node[];
}

export function structureOf(root: unknown): Structure {
	const found: Structure = { duplicates: [], aliases: [], tagged: [], collectionKeys: [] };
	const stack: unknown[] = [root];
	while (stack.length > 0) {
		const node = stack.pop();
		if ((isScalar(node) || isMap(node) || isSeq(node)) && node.tag !== undefined) found.tagged.push(node);
		if (isAlias(node)) found.aliases.push(node);
		else if (isMap(node)) {
			const seen = new Map<string, Node>();
			for (const pair of node.items) {
				if (pair.key !== null && !isScalar(pair.key)) found.collectionKeys.push(pair.key as Node);
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
	for (const list of [found.aliases, found.tagged, found.collectionKeys]) list.sort((a, b) => startOf(a) - startOf(b));
	return found;
}

const startOf = (node: Node) => node.range?.[0] ?? 0;
