/**
 * HTML written as strings from hast (hastscript's `h()`): the source notes
 * and the feed's full text. Named references (`&amp;`, `&lt;`), as the
 * page's other HTML writes them; an apostrophe or backtick in a
 * double-quoted value (a text-fragment address) is written as itself.
 */
import type { Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';

const OPTIONS = { characterReferences: { useNamedReferences: true }, allowDangerousCharacters: true } as const;

export function html(tree: Nodes): string {
	return toHtml(tree, OPTIONS);
}

const ATTR = /[&"<>]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for an XML attribute or element written by hand (the social card's SVG). */
export function escapeAttr(value: string): string {
	return value.replace(ATTR, (c) => ENTITIES[c]!);
}
