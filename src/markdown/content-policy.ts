/**
 * What an article body may contain. A news site takes text from many
 * contributors, so the body is content, not code: Markdown, GFM, citation
 * markers and a short allow-list of our own blocks, nothing else. The
 * text is parsed with MDX syntax (for those blocks) but never compiled:
 * `import`s, `{expressions}`, raw `<script>`, `onerror=` and `javascript:`
 * links would be dropped silently; each fails the build here instead, at
 * its position, so the author knows.
 */
import type { Root, RootContent } from 'mdast';
import { finding, type Finding } from '../diagnostics/diagnostic.ts';

/** Blocks an author may use, each written `<Name>…</Name>` (or `<Timeline />`) with no attributes. */
export const ALLOWED_BLOCKS = {
	KeyPoints: 'a cited list of the 3–5 things to know, under the standfirst',
	Timeline: 'the dated events this explainer mentions (self-closing: `<Timeline />`)',
	Methods: 'the note on how we reported this; its sentences need no markers',
	ClaimReview: 'one audited claim of someone else, rated: `<ClaimReview rating="Misattributed">` (published as schema.org ClaimReview)',
} as const;

/** The attributes a block may take (string values only); every other block takes none. */
const BLOCK_ATTRIBUTES: Partial<Record<BlockName, readonly string[]>> = { ClaimReview: ['rating'] };

export type BlockName = keyof typeof ALLOWED_BLOCKS;

export function isAllowedBlock(name: string | null | undefined): name is BlockName {
	return !!name && Object.hasOwn(ALLOWED_BLOCKS, name);
}

/** Link and image targets a reader may be sent to. */
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

/** Every policy violation in `tree`, with offsets into the file. */
export function policyFindings(tree: Root): Finding[] {
	const out: Finding[] = [];
	const at = (node: { position?: { start: { offset?: number | undefined } } | undefined }) => node.position?.start.offset ?? 0;
	const visit = (node: Root | RootContent, parent?: string): void => {
		switch (node.type) {
			case 'mdxjsEsm':
				out.push(finding('mdx-esm', 'Unexpected `import` or `export` in an article, expected content only: articles cannot load code', at(node)));
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				out.push(finding('mdx-expression', 'Unexpected `{…}` expression in an article, expected text: write a literal brace as `\\{`', at(node)));
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (node.type === 'mdxJsxTextElement' || !isAllowedBlock(name)) {
					out.push(finding('mdx-component', `Unexpected \`<${name}>\` in an article, expected Markdown, or one of the blocks ${Object.keys(ALLOWED_BLOCKS).map((n) => `\`<${n}>\``).join(', ')} on its own lines (HTML tags are not allowed: write a literal \`<\` as \`\\<\`)`, at(node)));
					return;
				}
				const allowed = BLOCK_ATTRIBUTES[name] ?? [];
				const stray = node.attributes.find((a) => a.type !== 'mdxJsxAttribute' || !allowed.includes(a.name) || (a.value !== null && typeof a.value !== 'string'));
				if (stray) out.push(finding('mdx-attribute', `Unexpected attribute on \`<${name}>\`, expected ${allowed.length > 0 ? allowed.map((a) => `\`${a}="…"\``).join(', ') + ' (plain text values) and nothing else' : `\`<${name}>\` with no attributes`}`, at(stray) || at(node)));
				if (parent !== undefined && parent !== 'root') out.push(finding('mdx-component', `Unexpected \`<${name}>\` inside another block, expected it at the top level of the article`, at(node)));
				if (name === 'Timeline' && node.children.length > 0) out.push(finding('mdx-component', 'Unexpected content inside `<Timeline>`, expected the self-closing `<Timeline />`: it lists the events itself', at(node)));
				break;
			}
			case 'link':
			case 'image':
			case 'definition':
				if (!SAFE_URL.test(node.url.trim())) out.push(finding('unsafe-url', `Unexpected link target \`${node.url.slice(0, 40)}\`, expected an http(s) or mailto URL, a path or a #fragment`, at(node)));
				break;
			case 'html':
				out.push(finding('mdx-component', 'Unexpected raw HTML in an article, expected Markdown', at(node)));
				return;
		}
		if ('children' in node) for (const child of node.children) visit(child as RootContent, node.type === 'mdxJsxFlowElement' ? 'block' : node.type === 'root' ? 'root' : node.type);
	};
	visit(tree);
	return out;
}
