/**
 * A `<ClaimReview>` block in the Markdown tree: its attributes for the
 * claims engine (`claims/review.ts`), and the section it becomes on the page.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { ReviewRating } from '../claims/model.ts';
import type { SectionNode } from './mdast-nodes.ts';

/** The block's attribute `name` when written as a string (`rating={x}` counts as missing: an article runs no code). */
export function reviewAttribute(
	node: MdxJsxFlowElement,
	name: 'rating' | 'published' | 'contradictedBy' | 'wordsOf',
): string | undefined {
	const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return found && 'value' in found && typeof found.value === 'string' ? found.value : undefined;
}

/** The block as a `<div class="claim-review">` that opens with its rating, visible to every reader. */
export function reviewContainer(rating: ReviewRating | undefined, children: RootContent[]): SectionNode {
	const label: Element = h('p.review-rating', [
		h('span.review-label', 'Our rating: '),
		h('strong', rating ?? 'not given'),
	]);
	return {
		type: 'editorialSection',
		data: { hName: 'div', hProperties: { className: ['claim-review'] } },
		children: [
			{
				type: 'hastElement',
				data: { hName: label.tagName, hProperties: label.properties, hChildren: label.children },
				children: [],
			},
			...children,
		],
	};
}
