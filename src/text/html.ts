/**
 * Building HTML as strings, for the parts the build renders thousands of
 * times (every source note of every explainer): escaped text and
 * attributes, nothing clever. A string builder is several times faster
 * than building a tree and serialising it.
 */

const TEXT = /[&<>]/g;
const ATTR = /[&"<>]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeText(text: string): string {
	return text.replace(TEXT, (c) => ENTITIES[c]!);
}

export function escapeAttr(value: string): string {
	return value.replace(ATTR, (c) => ENTITIES[c]!);
}

/** Attributes: `undefined`/`false` are left out, `true` is written bare, `class` may be a list. */
export type Attrs = Record<string, string | number | boolean | undefined>;

/** `<name attrs>children</name>`; `children` are HTML already (escape text with `escapeText`). */
export function el(name: string, attrs: Attrs | null, ...children: (string | false | undefined)[]): string {
	let open = `<${name}`;
	for (const [key, value] of Object.entries(attrs ?? {})) {
		if (value === undefined || value === false) continue;
		open += value === true ? ` ${key}` : ` ${key}="${escapeAttr(String(value))}"`;
	}
	return `${open}>${children.filter((c) => c !== undefined && c !== false).join('')}</${name}>`;
}
