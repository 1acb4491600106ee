/**
 * Characters no record field may hold. A YAML escape writes any character
 * (`"Daily\0Courier"`, `"\x07"`), and a paste can carry one in: a control
 * character is invisible on the page and makes the feed ill-formed XML
 * (feed readers then drop every item). Tab and line break are white space
 * the pages collapse and XML allows, so they stay. Also refused: the
 * Unicode line and paragraph separators and a byte-order mark inside a
 * value (invisible, and pasted in by accident), the two non-characters
 * XML forbids, and half of a surrogate pair, which `\uD800` writes.
 */
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';

const FORBIDDEN = /[\0-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface ForbiddenCharacter {
	/** The field, as `topics.2` or `corrections.0.note`. */
	path: (string | number)[];
	/** Offset of the character in the parsed string. */
	index: number;
	/** `U+0000`. */
	code: string;
	/** The string's node (for its place in the file). */
	node: Scalar;
}

/** The first forbidden character of each string in the document (keys included), in document order. */
export function forbiddenCharacters(root: unknown): ForbiddenCharacter[] {
	const found: ForbiddenCharacter[] = [];
	const walk = (node: unknown, path: (string | number)[]) => {
		if (isScalar(node)) {
			if (typeof node.value !== 'string') return;
			const match = FORBIDDEN.exec(node.value);
			if (match) found.push({ path, node, index: match.index, code: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` });
		} else if (isMap(node)) {
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? pair.key.value : undefined;
				const name = typeof key === 'string' ? shown(key) : typeof key === 'number' ? key : '(key)';
				if (isScalar(pair.key) && typeof key === 'string' && FORBIDDEN.test(key)) walk(pair.key, [...path, shown(key)]);
				walk(pair.value as Node, [...path, name]);
			}
		} else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
	};
	walk(root, []);
	return found;
}

/** A key as a message may print it: forbidden characters as `\u0000`, never themselves. */
function shown(key: string): string {
	return key.replace(new RegExp(FORBIDDEN.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** How the character is named in a message: what kind it is, its code point and, for the usual ones, its name. */
export function characterName(code: string): string {
	const names: Record<string, string> = { 'U+0000': 'NUL', 'U+000D': 'carriage return', 'U+001B': 'escape', 'U+2028': 'line separator', 'U+2029': 'paragraph separator', 'U+FEFF': 'byte-order mark' };
	const n = Number.parseInt(code.slice(2), 16);
	const kind = n < 0xa0 ? 'control character' : n >= 0xd800 && n <= 0xdfff ? 'half of a surrogate pair' : 'invisible character';
	return `${kind} ${code}${names[code] ? ` (${names[code]})` : ''}`;
}
