/**
 * A problem quoting an author's text, as the build log and Astro's dev
 * error overlay show it: the overlay's own renderer (astro's
 * `renderErrorMarkdown`, imported from where Astro keeps it, so an upgrade
 * that moves or changes it fails here) makes no element of the author's
 * text, and the log shows each problem on one line.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
// By its file path: Astro does not export its dev overlay's renderer.
import { renderErrorMarkdown } from '../../node_modules/astro/dist/core/errors/dev/runtime.js';
import { ContentError, diagnostic } from '../../src/diagnostics/diagnostic.ts';

type Node = DefaultTreeAdapterMap['childNode'];

const overlayHtml = (reason: string): string =>
	renderErrorMarkdown(
		new ContentError([diagnostic({ file: 'content/articles/eta.mdx' }, 'claim-review-invalid', reason)]).message,
		'html',
	);

/** Every element in the overlay's HTML, with its attributes. */
function elements(html: string): { tag: string; attrs: string[] }[] {
	const found: { tag: string; attrs: string[] }[] = [];
	const walk = (nodes: Node[]) => {
		for (const node of nodes) {
			if (!('tagName' in node)) continue;
			found.push({ tag: node.tagName, attrs: node.attrs.map((a) => `${a.name}=${a.value}`) });
			walk(node.childNodes);
		}
	};
	walk(parseFragment(html).childNodes);
	return found;
}

const text = (html: string) => {
	let out = '';
	const walk = (nodes: Node[]) => {
		for (const node of nodes) {
			if (node.nodeName === '#text') out += (node as DefaultTreeAdapterMap['textNode']).value;
			else if ('childNodes' in node) walk(node.childNodes);
		}
	};
	walk(parseFragment(html).childNodes);
	return out;
};

describe('a problem as the dev overlay shows it', () => {
	const ATTACKS = [
		'Unknown rating `[Hover for the fix]( https://x.example/autofocus/onfocus=location=/javascript:alert%28document.domain%29/.source//)`',
		'Unknown rating `[the fix](javascript:alert(document.domain))`',
		'Unknown rating `**[a](b)** https://x.example/" onmouseover="alert(1)`',
		'Unknown rating `Ftp://x.example/a` and ` HTTPS://x.example/b`',
	];

	it.each(ATTACKS)('makes no link or attribute of the author’s text: %s', (reason) => {
		const html = overlayHtml(reason);
		// Our own backticks still show as code; nothing else becomes an element.
		expect(new Set(elements(html).map((e) => e.tag))).toEqual(new Set(['code']));
		expect(elements(html).flatMap((e) => e.attrs)).toEqual([]);
	});

	it('still shows the author’s words, with only invisible joiners and no-break spaces added', () => {
		const reason = ATTACKS[0]!;
		const shown = text(overlayHtml(reason))
			.replace(/\u2060/g, '')
			.replace(/\u00A0/g, ' ');
		expect(shown).toContain(reason.replace(/`/g, ''));
	});
});

describe('a problem as the log shows it', () => {
	it('keeps each problem on one line, writing line breaks, escapes and direction marks as escapes', () => {
		const message = new ContentError([
			diagnostic({ file: 'content/articles/a.mdx' }, 'claim-review-invalid', 'Unknown rating `x\r✓ Completed\n`'),
			diagnostic({ file: 'content/articles/b.mdx' }, 'claim-review-invalid', 'Unknown rating `\u001b[2J\u202Eevil`'),
		]).message;
		expect(message.split('\n')).toEqual([
			'2 problems in content:',
			'content/articles/a.mdx:1:1: error Unknown rating `x\\r✓ Completed\\n` [claim-review-invalid]',
			'content/articles/b.mdx:1:1: error Unknown rating `\\u001B[2J\\u202Eevil` [claim-review-invalid]',
		]);
	});
});
