/**
 * What an article body may contain. A news site takes text from many
 * contributors, so the body is content, not code: Markdown, GFM, citation
 * markers and a short allow-list of our own blocks, nothing else. The
 * text is parsed with MDX syntax (for those blocks) but never compiled:
 * `import`s, `{expressions}`, raw `<script>`, `onerror=` and `javascript:`
 * links would be dropped silently; each fails the build here instead, at
 * its position, so the author knows.
 */
import type { Definition, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { checkImageAddress, type ImageContext } from './image-address.ts';

/** Blocks an author may use, each written `<Name>…</Name>` (or `<Timeline />`), with no attributes but `<Figure>`'s. */
export const ALLOWED_BLOCKS = {
	KeyPoints: 'a cited list of the 3–5 things to know, under the standfirst',
	Timeline: 'the dated events this explainer mentions (self-closing: `<Timeline />`)',
	Methods: 'the note on how we reported this; its sentences need no markers',
	ClaimReview:
		'one audited claim of someone else, rated: `<ClaimReview rating="Unsupported" published="YYYY-MM-DD">` (published as schema.org ClaimReview); `Inaccurate` also names the source that says otherwise, `contradictedBy="id"`, and `Misattributed` the source showing whose words they are, `wordsOf="id"`',
	Figure: 'a local image with its caption and credit: `<Figure src="./photo.jpg" alt="…" caption="…" credit="…" />`',
} as const;

/** The attributes a block may take (string values only); every other block takes none (`<Figure>` has its own check). */
const BLOCK_ATTRIBUTES: Partial<Record<BlockName, readonly string[]>> = {
	ClaimReview: ['rating', 'published', 'contradictedBy', 'wordsOf'],
};

/** `<Figure>`'s attributes, each a plain string: which are required. */
export const FIGURE_ATTRIBUTES = { src: true, alt: true, caption: false, credit: true } as const;

/**
 * Images (`image`, `imageReference`) and `<Figure>` `src` attributes whose
 * address `image-address.ts` accepted. Every other image leaves the tree
 * before MDX compiles it, so MDX makes no `import` for it: an import is
 * what would run a script or read a file outside the content folder. A
 * list of what passed, not of what failed, so an image no check saw is
 * left out too.
 */
const accepted = new WeakSet<object>();

/** Whether the policy accepted this image node's or `<Figure>` attribute's address. */
export function isAcceptedImage(node: object): boolean {
	return accepted.has(node);
}

export type BlockName = keyof typeof ALLOWED_BLOCKS;

export function isAllowedBlock(name: string | null | undefined): name is BlockName {
	return !!name && Object.hasOwn(ALLOWED_BLOCKS, name);
}

/** Link targets a reader may be sent to (image addresses have their own check: `image-address.ts`). */
const SAFE_URL = /^(?:https?:|mailto:|\/(?!\/)|#|\.{1,2}\/|[^:/?#]+(?:[/?#]|$))/i;

/**
 * Take out everything `policyFindings` reports as not content (raw HTML,
 * `import`/`export`, expressions, components off the allow-list), so that
 * the only HTML the pipeline passes through as it is (`allowDangerousHtml`)
 * is what the site renders itself, even where a report does not stop the render.
 */
export function removeDisallowed(node: Root | RootContent): void {
	if (!('children' in node)) return;
	const kept = (node.children as RootContent[]).filter(isContent);
	(node as { children: RootContent[] }).children = kept;
	for (const child of kept) removeDisallowed(child);
}

function isContent(node: RootContent): boolean {
	switch (node.type) {
		case 'image':
		case 'imageReference':
			return accepted.has(node);
		case 'html':
		case 'mdxjsEsm':
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
		case 'mdxJsxTextElement':
			return false;
		case 'mdxJsxFlowElement':
			return isAllowedBlock(node.name ?? '');
		default:
			return true;
	}
}

/** Every policy violation in `tree`, with offsets into the file; image addresses are resolved from `images.article`. */
export function policyFindings(tree: Root, images: ImageContext): Finding[] {
	const out: Finding[] = [];
	const at = (node: { position?: { start: { offset?: number | undefined } } | undefined }) =>
		node.position?.start.offset ?? 0;
	const definitions = definitionsOf(tree);
	// An image's address, checked before anything imports it; the alt text, unless the image is refused as remote.
	const image = (node: object, url: string | undefined, alt: string | null | undefined, offset: number) => {
		// A reference with no definition (the parser makes none) has no address: it is left out, unreported.
		const address = url === undefined ? undefined : checkImageAddress(url, images);
		if (address?.ok) accepted.add(node);
		else if (address) {
			out.push(finding(address.ruleId, address.reason, offset));
			if (address.ruleId === 'remote-image') return;
		}
		if (!alt?.trim())
			out.push(
				finding(
					'image-alt',
					'Missing alt text on an image, expected `![what the image shows](./photo.jpg)`: readers who cannot see it get these words',
					offset,
				),
			);
	};
	const visit = (node: Root | RootContent, parent?: string): void => {
		switch (node.type) {
			case 'mdxjsEsm':
				out.push(
					finding(
						'mdx-esm',
						'Unexpected `import` or `export` in content, expected text only: content cannot load code',
						at(node),
					),
				);
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				out.push(
					finding(
						'mdx-expression',
						'Unexpected `{…}` expression in content, expected text: write a literal brace as `\\{`',
						at(node),
					),
				);
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (node.type === 'mdxJsxTextElement' || !isAllowedBlock(name)) {
					out.push(
						finding(
							'mdx-component',
							`Unexpected \`<${name}>\` in content, expected Markdown, or one of the blocks ${Object.keys(
								ALLOWED_BLOCKS,
							)
								.map((n) => `\`<${n}>\``)
								.join(', ')} on its own lines (HTML tags are not allowed: write a literal \`<\` as \`\\<\`)`,
							at(node),
						),
					);
					return;
				}
				if (name === 'Figure') out.push(...figureFindings(node, at(node), images));
				else {
					const allowed = BLOCK_ATTRIBUTES[name] ?? [];
					const stray = node.attributes.find(
						(a) =>
							a.type !== 'mdxJsxAttribute' ||
							!allowed.includes(a.name) ||
							(a.value !== null && typeof a.value !== 'string'),
					);
					if (stray)
						out.push(
							finding(
								'mdx-attribute',
								`Unexpected attribute on \`<${name}>\`, expected ${allowed.length > 0 ? allowed.map((a) => `\`${a}="…"\``).join(', ') + ' (plain text values) and nothing else' : `\`<${name}>\` with no attributes`}`,
								at(stray) || at(node),
							),
						);
				}
				if (parent !== undefined && parent !== 'root')
					out.push(
						finding(
							'mdx-component',
							`Unexpected \`<${name}>\` inside another block, expected it at the top level of the article`,
							at(node),
						),
					);
				if ((name === 'Timeline' || name === 'Figure') && node.children.length > 0)
					out.push(
						finding(
							'mdx-component',
							`Unexpected content inside \`<${name}>\`, expected the self-closing \`<${name} />\`${name === 'Timeline' ? ': it lists the events itself' : ''}`,
							at(node),
						),
					);
				break;
			}
			case 'image':
				image(node, node.url, node.alt, at(node));
				break;
			case 'imageReference': {
				// `![alt][ref]` imports its definition's address as `![alt](…)` does. Which definition that is
				// can change once refused blocks leave the tree (a first one inside a refused `<Aside>`), so
				// every definition of the name must pass, each reported where it is written.
				const [first, ...later] = definitions.get(node.identifier) ?? [];
				image(node, first?.url, node.alt, at(node));
				for (const definition of later) {
					const address = checkImageAddress(definition.url, images);
					if (address.ok) continue;
					accepted.delete(node);
					out.push(finding(address.ruleId, address.reason, at(definition)));
				}
				break;
			}
			case 'link':
			case 'definition':
				if (!SAFE_URL.test(node.url.trim()))
					out.push(
						finding(
							'unsafe-url',
							`Unexpected link target \`${node.url.slice(0, 40)}\`, expected an http(s) or mailto URL, a path or a #fragment`,
							at(node),
						),
					);
				break;
			case 'html':
				out.push(finding('mdx-component', 'Unexpected raw HTML in content, expected Markdown', at(node)));
				return;
		}
		if ('children' in node)
			for (const child of node.children)
				visit(
					child as RootContent,
					node.type === 'mdxJsxFlowElement' ? 'block' : node.type === 'root' ? 'root' : node.type,
				);
	};
	visit(tree);
	return out;
}

/** The definitions a reference may name, by identifier, in document order (the first of a name wins, as in CommonMark). */
function definitionsOf(tree: Root): Map<string, Definition[]> {
	const found = new Map<string, Definition[]>();
	const walk = (node: Root | RootContent) => {
		if (node.type === 'definition') found.set(node.identifier, [...(found.get(node.identifier) ?? []), node]);
		if ('children' in node) for (const child of node.children) walk(child as RootContent);
	};
	walk(tree);
	return found;
}

/** `<Figure src alt caption credit />`: plain string attributes, a local image, alt text and a credit. */
function figureFindings(node: MdxJsxFlowElement, offset: number, images: ImageContext): Finding[] {
	const out: Finding[] = [];
	const at = (a: { position?: { start: { offset?: number | undefined } } | undefined }) =>
		a.position?.start.offset ?? offset;
	const values = new Map<string, string>();
	for (const a of node.attributes) {
		if (a.type !== 'mdxJsxAttribute' || !Object.hasOwn(FIGURE_ATTRIBUTES, a.name) || typeof a.value !== 'string') {
			out.push(
				finding(
					'mdx-attribute',
					`Unexpected attribute on \`<Figure>\`, expected only ${Object.keys(FIGURE_ATTRIBUTES)
						.map((k) => `\`${k}="…"\``)
						.join(', ')}, each a quoted string`,
					at(a),
				),
			);
			continue;
		}
		// A second `src` would be a second image, and which of the two a step reads is its own choice.
		if (values.has(a.name)) {
			out.push(
				finding(
					'mdx-attribute',
					`Unexpected second \`${a.name}\` on \`<Figure>\`, expected each attribute once`,
					at(a),
				),
			);
			continue;
		}
		values.set(a.name, a.value);
		if (a.name !== 'src' || !a.value.trim()) continue;
		// The attribute object itself is what is accepted: `figure()` takes its image from it.
		const address = checkImageAddress(a.value, images);
		if (address.ok) accepted.add(a);
		else out.push(finding(address.ruleId, address.reason, at(a)));
	}
	const src = values.get('src');
	if (src === undefined || !src.trim())
		out.push(
			finding(
				'mdx-attribute',
				'Missing `src` on `<Figure>`, expected the image file next to the article: `src="./photo.jpg"`',
				offset,
			),
		);
	if (!values.get('alt')?.trim())
		out.push(
			finding(
				'image-alt',
				'Missing alt text on `<Figure>`, expected `alt="what the image shows"`: readers who cannot see it get these words',
				offset,
			),
		);
	if (!values.get('credit')?.trim())
		out.push(
			finding(
				'figure-credit',
				'Missing `credit` on `<Figure>`, expected who made the image and where it came from: `credit="Photo: Name / Agency"`',
				offset,
			),
		);
	return out;
}
