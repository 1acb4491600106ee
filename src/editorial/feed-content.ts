/**
 * An explainer's full text for feed readers (`content:encoded`): every
 * paragraph under its section heading, each followed by numbered links to
 * the sources it cites, and the numbered source list at the end, with the
 * same numbers as on the page. Feed readers strip scripts, styles and
 * in-page fragments, so each number links straight to the original.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ArticleClaims } from '../claims/model.ts';
import { attribution } from '../claims/corroboration.ts';
import { displayTitle, sourceDateLabel } from '../claims/source-display.ts';
import { sourcePath, type Source } from '../schema/source.ts';
import { html } from '../text/html.ts';

export function feedContent(claims: ArticleClaims, sources: ReadonlyMap<string, Source>, articleUrl: string): string {
	const number = new Map(claims.sourceOrder.map((id, i) => [id, i + 1]));
	const out: ElementContent[] = [];
	let section: string | undefined;
	for (const [i, passage] of claims.passages.entries()) {
		if (i > 0 && passage.section !== section) out.push(h('h2', passage.section));
		section = passage.section;
		const refs = [...new Set(passage.sources)].flatMap((id) => {
			const source = sources.get(id);
			return source
				? [
						' ',
						h(
							'a',
							{ href: source.url, title: `${attribution(source)}: ${displayTitle(source)}` },
							`[${number.get(id)}]`,
						),
					]
				: [' '];
		});
		out.push(h('p', [passage.text, ...refs]));
	}
	const list = claims.sourceOrder.flatMap((id) => {
		const source = sources.get(id);
		if (!source) return [];
		const date = sourceDateLabel(source);
		return [
			h('li', [
				`${attribution(source)}, `,
				h('a', { href: source.url }, displayTitle(source)),
				date ? `, ${date}` : '',
				' (',
				h('a', { href: new URL(sourcePath(source), articleUrl).href }, 'every claim it supports'),
				')',
			]),
		];
	});
	if (list.length > 0) out.push(h('h2', 'Sources'), h('ol', list));
	out.push(h('p', [h('a', { href: articleUrl }, 'Read it with each claim’s supporting quote')]));
	return out.map((node) => html(node)).join('\n');
}
