/**
 * HTML written as strings from hast (hastscript's `h()`): the source notes
 * and the feed's full text. Named references (`&amp;`, `&lt;`), as the
 * page's other HTML writes them; an apostrophe or backtick in a
 * double-quoted value (a text-fragment address) is written as itself.
 */
import type { Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Raw } from 'mdast-util-to-hast';

/** hast's `raw` node (HTML kept as written), which hast-util-to-html prints as it is. */
export type { Raw };

const OPTIONS = { characterReferences: { useNamedReferences: true }, allowDangerousCharacters: true } as const;

export function html(tree: Nodes): string {
	return toHtml(tree, OPTIONS);
}

/**
 * A subtree written as `html()` writes it, once, to stand in the trees that
 * repeat it (a source's lines in every note citing it); `withWritten()`
 * copies it in as it is. Made from hast only here, so it is escaped like
 * the rest of the tree.
 */
export function written(tree: Nodes): Raw {
	return { type: 'raw', value: html(tree) };
}

/** `html()` of a tree whose `raw` nodes all come from `written()`. */
export function withWritten(tree: Nodes): string {
	return toHtml(tree, { ...OPTIONS, allowDangerousHtml: true });
}

const ATTR = /[&"<>]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for an XML attribute or element written by hand (the social card's SVG). */
export function escapeAttr(value: string): string {
	return value.replace(ATTR, (c) => ENTITIES[c]!);
}
