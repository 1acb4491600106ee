/**
 * The strings of a YAML record that hold a character no text may
 * (`src/text/forbidden-characters.ts`): a YAML escape writes any
 * (`"Daily\0Courier"`, `"\x07"`, `"\uD800"`). In a string a carriage
 * return is one too: a CRLF file's line ends never reach a value.
 */
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { codePoint, FORBIDDEN } from '../text/forbidden-characters.ts';

export { characterName } from '../text/forbidden-characters.ts';

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
	return stringsMatching(root, FORBIDDEN).map(({ match, ...at }) => ({ ...at, code: codePoint(match) }));
}

/** Where the first match of `pattern` is in each string of the document (keys included), in document order. */
export function stringsMatching(
	root: unknown,
	pattern: RegExp,
): { path: (string | number)[]; node: Scalar; index: number; match: string }[] {
	const found: { path: (string | number)[]; node: Scalar; index: number; match: string }[] = [];
	const walk = (node: unknown, path: (string | number)[]) => {
		if (isScalar(node)) {
			if (typeof node.value !== 'string') return;
			const match = pattern.exec(node.value);
			if (match) found.push({ path, node, index: match.index, match: match[0] });
		} else if (isMap(node)) {
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? pair.key.value : undefined;
				const name = typeof key === 'string' ? shown(key) : typeof key === 'number' ? key : '(key)';
				if (isScalar(pair.key) && typeof key === 'string' && pattern.test(key)) walk(pair.key, [...path, shown(key)]);
				walk(pair.value as Node, [...path, name]);
			}
		} else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
	};
	walk(root, []);
	return found;
}

/** A key node's text as a message may print it. */
export function shownKey(node: Node): string {
	return isScalar(node) ? shown(String(node.value)) : '(key)';
}

/** A key as a message may print it: forbidden characters as `\u0000`, never themselves. */
function shown(key: string): string {
	return key.replace(new RegExp(FORBIDDEN.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
