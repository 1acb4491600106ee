/**
 * Where a character of a parsed YAML string sits in the file. A quoted or
 * folded scalar differs from its value (quotes, `''`, escapes, line
 * folding, indentation), so an offset into the value is not an offset into
 * the file. The source is read once: a double-quoted scalar's escapes are
 * decoded, each to the offset of its backslash, and the value is then
 * walked alongside, skipping what the value does not keep (quotes, the
 * second `'` of `''`, indentation and folded line breaks). Neither walk
 * ever steps back, so a record of any size costs time in proportion to
 * its length (the old search ahead for each character did not: an entity
 * full of `\u` escapes took minutes).
 */
import type { Scalar } from 'yaml';

/** One character of the source as the value would hold it, and where it was written. */
interface Written {
	char: string;
	at: number;
}

/** How many characters of the source, other than white space, may be skipped to find the next one of the value. */
const SKIPPABLE = 4;

/** A function from offsets in `node.value` to offsets in `text` (the YAML the node was parsed from). */
export function scalarOffsets(text: string, node: Scalar): (offset: number) => number {
	const [from, to] = node.range!;
	const source = text.slice(from, to);
	const value = String(node.value);
	const written =
		node.type === 'QUOTE_DOUBLE' ? decodeDouble(source) : literal(source, skipIndicator(source, node.type));
	const map = new Array<number>(value.length);
	let k = 0;
	for (let i = 0; i < value.length; i++) {
		const want = value[i]!;
		let j = k;
		let skipped = 0;
		while (j < written.length && !same(written[j]!.char, want)) {
			if (!isSpace(written[j]!.char) && ++skipped > SKIPPABLE) break;
			j++;
		}
		if (j < written.length && same(written[j]!.char, want)) {
			map[i] = from + written[j]!.at;
			k = j + 1;
		} else map[i] = from + (written[k]?.at ?? source.length);
	}
	const end = from + Math.min(source.length, written[k]?.at ?? source.length);
	return (offset: number) => (offset < map.length ? map[offset]! : end);
}

/** The source's characters from `start`, each where it is. */
function literal(source: string, start: number): Written[] {
	const out: Written[] = [];
	for (let i = start; i < source.length; i++) out.push({ char: source[i]!, at: i });
	return out;
}

/** YAML's one-character escapes (YAML 1.2, §5.7). */
const ESCAPES: Record<string, string> = {
	'0': '\0',
	a: '\x07',
	b: '\b',
	t: '\t',
	'\t': '\t',
	n: '\n',
	v: '\v',
	f: '\f',
	r: '\r',
	e: '\x1b',
	' ': ' ',
	'"': '"',
	'/': '/',
	'\\': '\\',
	N: '\x85',
	_: '\xa0',
	L: '\u2028',
	P: '\u2029',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A double-quoted scalar between its quotes, its escapes decoded. */
function decodeDouble(source: string): Written[] {
	const out: Written[] = [];
	const end = source.endsWith('"') && source.length > 1 ? source.length - 1 : source.length;
	for (let i = 1; i < end; i++) {
		const c = source[i]!;
		if (c !== '\\') {
			out.push({ char: c, at: i });
			continue;
		}
		const e = source[i + 1] ?? '';
		if (e === '\n' || e === '\r') {
			// An escaped line break: the break and the next line's indentation are not in the value.
			i += e === '\r' && source[i + 2] === '\n' ? 2 : 1;
			while (source[i + 1] === ' ' || source[i + 1] === '\t') i++;
		} else if (e in HEX_DIGITS) {
			const digits = HEX_DIGITS[e]!;
			const code = Number.parseInt(source.slice(i + 2, i + 2 + digits), 16);
			for (const char of Number.isNaN(code) ? '' : safeFromCodePoint(code)) out.push({ char, at: i });
			i += 1 + digits;
		} else {
			out.push({ char: ESCAPES[e] ?? e, at: i });
			i++;
		}
	}
	return out;
}

/** The UTF-16 units of a code point, or of a lone surrogate as `\uD800` writes it. */
function safeFromCodePoint(code: number): string {
	if (code > 0x10ffff) return '';
	return code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code);
}

function isSpace(char: string): boolean {
	return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

/** Folding turns a line break into a space, and a blank line into `\n`. */
function same(sourceChar: string, valueChar: string): boolean {
	if (sourceChar === valueChar) return true;
	return isSpace(valueChar) && isSpace(sourceChar);
}

/** Past the opening quote or the `|`/`>` header line. */
function skipIndicator(source: string, type: Scalar['type']): number {
	if (type === 'QUOTE_SINGLE') return 1;
	if (type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL') {
		const eol = source.indexOf('\n');
		return eol === -1 ? source.length : eol + 1;
	}
	return 0;
}
