/**
 * Where a character of a parsed YAML string sits in the file. A quoted or
 * folded scalar differs from its value (quotes, `''`, `\"`, line folding,
 * indentation), so an offset into the value is not an offset into the
 * file. Walking both together, skipping source characters that do not
 * appear in the value, lines them up for every style authors use.
 */
import type { Scalar } from 'yaml';

/** A function from offsets in `node.value` to offsets in `text` (the YAML the node was parsed from). */
export function scalarOffsets(text: string, node: Scalar): (offset: number) => number {
	const [from, to] = node.range!;
	const source = text.slice(from, to);
	const value = String(node.value);
	const map: number[] = [];
	let j = skipIndicator(source, node.type);
	for (let i = 0; i < value.length; i++) {
		const want = value[i]!;
		let k = j;
		while (k < source.length && !same(source[k]!, want)) k++;
		if (k >= source.length) k = Math.min(j, source.length - 1);
		map.push(from + k);
		j = k + 1;
	}
	return (offset: number) => (offset < map.length ? map[offset]! : from + Math.min(source.length, j));
}

/** Folding turns a line break into a space, and a blank line into `\n`. */
function same(sourceChar: string, valueChar: string): boolean {
	if (sourceChar === valueChar) return true;
	return /\s/.test(valueChar) && /\s/.test(sourceChar);
}

/** Past the opening quote or the `|`/`>` header line. */
function skipIndicator(source: string, type: Scalar['type']): number {
	if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') return 1;
	if (type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL') {
		const eol = source.indexOf('\n');
		return eol === -1 ? source.length : eol + 1;
	}
	return 0;
}
