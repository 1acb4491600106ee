/**
 * The page as Pagefind reads it. Pagefind records an anchor for every
 * element with an `id` inside `data-pagefind-body`: its tag, id, title,
 * word position and all of its text again, in its memory (twice while it
 * builds) and in the page's fragment. A result links only to anchors with
 * a title or to headings (Pagefind's sub-results), so the rest (each
 * claim, each note) cost memory and download and are never used, and a
 * paragraph's anchor carries the paragraph's words a second time although
 * its title names it. Here, ids off the elements a result cannot link to,
 * and a titled element's id and title on an empty span at its start: the
 * same anchors, at the same word positions, without their text. The
 * readers' pages are unchanged; this is only what the index reads.
 *
 * Astro writes attributes double-quoted; a start tag this does not
 * recognise is left as it is (an anchor more, nothing lost). Only ASCII
 * is matched, so the page may be decoded as latin1 (fast, and written back
 * byte for byte).
 */

/** A start tag that has an `id`: name, the attributes before and after it. */
const WITH_ID =
	/<([a-zA-Z][\w-]*)((?:\s+[^\s"'=<>`/]+(?:="[^"]*")?)*?)\s+id="([^"]*)"((?:\s+[^\s"'=<>`/]+(?:="[^"]*")?)*)\s*>/y;
const LONGEST_TAG = 8192;
const TITLE = /\s+data-pagefind-title="([^"]*)"/;
const HEADING = /^h[1-6]$/i;
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/** Whether Pagefind indexes a page at all once any page opts in with `data-pagefind-body` (searched undecoded). */
export function optsIn(html: Uint8Array): boolean {
	return Buffer.from(html.buffer, html.byteOffset, html.byteLength).includes('data-pagefind-body');
}

/** `html` with ids only where a search result can lead, a titled element's on an empty span at its start. */
export function indexView(html: string): string {
	let out = '';
	let done = 0;
	// From each ` id="` back to its tag's `<`: far fewer than the page's tags. Each stretch of the page is
	// looked back over once and each tag tried once, so text full of ` id="` costs no more than its length.
	let floor = 0;
	let last = -1;
	let failed = -1;
	for (let at = html.indexOf(' id="'); at !== -1; at = html.indexOf(' id="', Math.max(at + 1, done))) {
		const lo = Math.max(done, floor);
		const found = html.slice(lo, at).lastIndexOf('<');
		const start = found === -1 ? last : lo + found;
		floor = at;
		last = start;
		if (start < done || start === failed || at - start > LONGEST_TAG) continue;
		WITH_ID.lastIndex = start;
		const m = WITH_ID.exec(html);
		if (!m || WITH_ID.lastIndex <= at) {
			failed = start;
			continue;
		}
		out += html.slice(done, start) + withoutText(m[0], m[1]!, `${m[2]}${m[4]}`, m[3]!);
		done = WITH_ID.lastIndex;
	}
	return out + html.slice(done);
}

function withoutText(tag: string, name: string, rest: string, id: string): string {
	if (HEADING.test(name)) return tag;
	const title = TITLE.exec(rest);
	if (!title) return `<${name}${rest}>`;
	if (VOID.test(name)) return tag;
	return `<${name}${rest.replace(TITLE, '')}><span id="${id}" data-pagefind-title="${title[1]}"></span>`;
}
