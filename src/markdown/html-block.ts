/**
 * A block the claims adapter has already rendered to HTML: an explainer's
 * paragraphs and notes are most of its tree, and serialising them once, as
 * they are made, is cheaper than carrying them as hast to the end. It is an
 * mdast `html` node, which remark-rehype and rehype-stringify pass through
 * as it is (`allowDangerousHtml`). The content policy rejects raw HTML that
 * an author writes before any of these exist.
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Html } from 'mdast';

/** A block of HTML: elements to serialise, and strings that are HTML already. */
export function htmlBlock(parts: (Element | string)[]): Html {
	return { type: 'html', value: parts.map((p) => (typeof p === 'string' ? p : toHtml(p))).join('') };
}
