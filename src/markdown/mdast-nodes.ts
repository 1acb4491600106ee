/**
 * The nodes remark-claims puts into the tree, declared to mdast's types
 * (as mdast-util-directive does for directives) so the adapter needs no
 * casts. Each carries `data.hName`, which mdast-util-to-hast turns into
 * the element of that name; `hastElement` carries ready-made hast.
 */
import type { Element, ElementContent, Properties } from 'hast';
import type { Data, Parent, PhrasingContent, RootContent } from 'mdast';

interface ElementData extends Data {
	hName: string;
	hProperties?: Properties;
	hChildren?: ElementContent[];
}

/** A paragraph or list item's text with its claim spans: `<p id data-pagefind-title>`. */
export interface PassageNode extends Parent {
	type: 'passage';
	children: PhrasingContent[];
	data: ElementData;
}

/** The words one marker supports: `<span class="claim" id>`. */
export interface ClaimNode extends Parent {
	type: 'claim';
	children: PhrasingContent[];
	data: ElementData;
}

/** A section the adapter builds itself (an audited claim, `<ClaimReview>`). */
export interface SectionNode extends Parent {
	type: 'editorialSection';
	children: RootContent[];
	data: ElementData;
}

/** Prepared hast (markers, notes, the timeline) standing in the mdast tree. */
export interface HastElementNode extends Parent {
	type: 'hastElement';
	children: [];
	data: ElementData;
}

declare module 'mdast' {
	interface RootContentMap {
		passage: PassageNode;
		claim: ClaimNode;
		editorialSection: SectionNode;
		hastElement: HastElementNode;
	}
	interface PhrasingContentMap {
		claim: ClaimNode;
		hastElement: HastElementNode;
	}
	interface BlockContentMap {
		passage: PassageNode;
		editorialSection: SectionNode;
		hastElement: HastElementNode;
	}
}

export function passageNode(id: string, title: string, children: PhrasingContent[]): PassageNode {
	return { type: 'passage', data: { hName: 'p', hProperties: { id, dataPagefindTitle: title } }, children };
}

export function claimNode(id: string, children: PhrasingContent[]): ClaimNode {
	return { type: 'claim', data: { hName: 'span', hProperties: { className: ['claim'], id } }, children };
}

export function hastNode(element: Element): HastElementNode {
	return {
		type: 'hastElement',
		data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
		children: [],
	};
}

export function sectionNode(className: string, labelledBy: string, children: RootContent[]): SectionNode {
	return {
		type: 'editorialSection',
		data: { hName: 'section', hProperties: { className: [className], ariaLabelledBy: [labelledBy] } },
		children,
	};
}
