/**
 * The first remark plugin of an article: it wraps the parser, so that what
 * an author can write wrong in MDX's own syntax is one more problem on the
 * file, not an exception. Thrown, a parse error stopped the build at the
 * first article, with the parser's grammar and its stack; reported, it is
 * listed with every other article's problems (`src/site-index/site.ts`), at the
 * author's line and column, with what to write instead.
 *
 * It also refuses nesting deeper than any article needs (a 300-deep
 * blockquote): the compiled module nests one call per level, and the
 * bundler's parser runs out of stack on it, at a line of generated code.
 * It refuses, before the parse, what the parser would take minutes over:
 * too many quote and list markers, underlined headings, or emphasis marks,
 * brackets and lazy lines in one paragraph (`crowded-paragraphs.ts`), a
 * file too long or with too many definitions or footnotes
 * (`file-limits.ts`), and code MDX would read again at every `}` or blank
 * line (`code-scan.ts`); after it, a block holding too many blocks.
 * It reports control characters in the text, which would reach the feed
 * and make it ill-formed XML. And it reports, and takes out, an image whose address has a malformed `%` escape
 * (`./images/%E0%A4%A.png`): Astro's image collector decodes every image
 * address and threw "URI malformed" at line 0 of the file.
 * A failed article is compiled as empty; its problems fail the build.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { report as reportOn, type Within } from '../diagnostics/vfile-messages.ts';
import { codeScan } from './code-scan.ts';
import { CROWDED, crowdedParagraph } from './crowded-paragraphs.ts';
import {
	MAX_CHILDREN,
	pastCount,
	pastDefinitions,
	pastFootnotes,
	pastLength,
	pastLines,
	TOO_LONG,
	TOO_MANY_CHILDREN,
	TOO_MANY_DEFINITIONS,
	TOO_MANY_FOOTNOTES,
	TOO_MANY_LINES,
} from './file-limits.ts';
import { leadingMarkers } from './leading-markers.ts';
import { braceProblem, esmProblem, syntaxProblem } from './syntax-problem.ts';
import { characterName, codePoint, FORBIDDEN } from '../text/forbidden-characters.ts';
import { BUNDLER_MARKER, defusedData } from '../text/bundler-markers.ts';
import { bundlerMarkers, joinedMarkers, referencedMarkers } from './bundler-text.ts';

/** How deep blocks and inline formatting may nest: a quote in a list in a component is 5. */
export const MAX_DEPTH = 32;

type Parse = (document: string, file: VFile) => Node;

/**
 * @param options.within where the text sits in another file (an entity's description in its YAML)
 * @param options.syntax what the processor reads: MDX (an article), or Markdown (a record's text), where a brace is text
 */
export function parseGuard(this: Processor, options: { within?: Within; syntax?: 'mdx' | 'markdown' } = {}) {
	const parse = this.parser as Parse | undefined;
	if (!parse) return;
	const report = (file: VFile, found: Finding) => reportOn(file, found, options.within);
	this.parser = ((document: string, file: VFile): Root => {
		// What the plugins after this one read of the frontmatter (a title is a section's name), without text
		// the bundler reads as code: in `astro dev` an article can compile before its frontmatter is checked.
		const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
		if (data.astro?.frontmatter) data.astro.frontmatter = defusedData(data.astro.frontmatter);
		const long = pastLength(document);
		const lines = long === undefined ? pastLines(document) : undefined;
		if (long !== undefined || lines !== undefined) {
			report(file, finding('mdx-syntax', long !== undefined ? TOO_LONG : TOO_MANY_LINES, long ?? lines!));
			return { type: 'root', children: [] };
		}
		forbiddenCharacters(document, file, report);
		document = bundlerMarkers(document, file, report);
		const defined = pastDefinitions(document);
		const footnotes = pastFootnotes(document);
		if (defined !== undefined) report(file, finding('mdx-syntax', TOO_MANY_DEFINITIONS, defined));
		if (footnotes !== undefined) report(file, finding('mdx-syntax', TOO_MANY_FOOTNOTES, footnotes));
		if (defined !== undefined || footnotes !== undefined) return { type: 'root', children: [] };
		const crowded = tooManyContainers(document);
		const cited = pastMarkerBudget(document);
		const underlined = tooManyUnderlines(document);
		const paragraph = crowdedParagraph(document);
		if (crowded !== undefined) report(file, finding('mdx-syntax', TOO_MANY_CONTAINERS, crowded));
		if (cited !== undefined) report(file, finding('mdx-syntax', TOO_MANY_MARKERS, cited));
		if (underlined !== undefined) report(file, finding('mdx-syntax', TOO_MANY_UNDERLINES, underlined));
		if (paragraph) report(file, finding('mdx-syntax', CROWDED[paragraph.kind], paragraph.offset));
		if (crowded !== undefined || cited !== undefined || underlined !== undefined || paragraph)
			return { type: 'root', children: [] };
		const steep = tooDeepLine(document);
		if (steep !== undefined) {
			report(file, finding('mdx-syntax', TOO_DEEP, steep));
			return { type: 'root', children: [] };
		}
		const code = options.syntax === 'markdown' ? { code: [] } : codeScan(document);
		if ('error' in code) {
			report(file, syntaxProblem(code.error, document));
			return { type: 'root', children: [] };
		}
		if (code.code.length > 0) {
			for (const { offset, kind } of code.code.slice(0, MAX_CODE_REPORTED))
				report(
					file,
					kind === 'esm'
						? esmProblem(document, offset)
						: braceProblem(document, offset, { attribute: kind === 'attribute' }),
				);
			const more = code.code.length - MAX_CODE_REPORTED;
			if (more > 0) report(file, finding('mdx-syntax', moreCode(more), code.code[MAX_CODE_REPORTED]!.offset));
			return { type: 'root', children: [] };
		}
		let tree: Node;
		try {
			tree = parse(document, file);
		} catch (error) {
			report(file, syntaxProblem(error, document));
			return { type: 'root', children: [] };
		}
		const { deep, wide, crowdedBlock, malformed, decoded, marked } = walk(tree);
		if (deep) {
			report(file, finding('mdx-syntax', TOO_DEEP, deep.position?.start.offset ?? 0));
			return { type: 'root', children: [] };
		}
		if (wide) {
			report(file, finding('mdx-syntax', TOO_MANY_CELLS, wide.position?.start.offset ?? 0));
			return { type: 'root', children: [] };
		}
		if (crowdedBlock) {
			report(file, finding('mdx-syntax', TOO_MANY_CHILDREN, crowdedBlock.position?.start.offset ?? 0));
			return { type: 'root', children: [] };
		}
		referencedCharacters(document, decoded, file, report);
		referencedMarkers(marked, file, report);
		joinedMarkers(tree, file, report);
		for (const { node, parent } of malformed) {
			const url = (node as Node & { url: string }).url;
			report(
				file,
				finding(
					node.type === 'image' ? 'image-address' : 'unsafe-url',
					malformedEscape(url),
					node.position?.start.offset ?? 0,
				),
			);
			// The image becomes its alt text (the sentence around it still reads); a definition goes.
			const alt = (node as Node & { alt?: string }).alt;
			const text = node.type === 'image' && alt ? [{ type: 'text', value: alt, position: node.position } as Node] : [];
			parent.children.splice(parent.children.indexOf(node), 1, ...text);
		}
		return tree as Root;
	}) as typeof this.parser;
}

/** Pieces of code reported one by one; the rest are counted in one more problem. */
const MAX_CODE_REPORTED = 10;

const moreCode = (more: number) =>
	`Unexpected code: ${more.toLocaleString('en-GB')} more \`{\`, \`import\` or \`export\` where MDX reads code, from here ` +
	'on, expected text: write `\\{` for a literal brace, and start a line with another word than `import` or `export`';

const TOO_DEEP =
	`Unexpected nesting more than ${MAX_DEPTH} levels deep (quotes, lists or formatting inside each other), ` +
	`expected at most ${MAX_DEPTH}: an explainer's or a record's text nests a few levels at most`;

/** Table cells one file may have, each row counted as wide as its table's header. */
export const MAX_TABLE_CELLS = 20_000;

const TOO_MANY_CELLS =
	`Unexpected table past the ${MAX_TABLE_CELLS.toLocaleString('en-GB')} cells a file's tables may have ` +
	"(each row has as many cells as its table's header has columns, written or not), expected fewer rows or columns: " +
	'every cell is a part of the page to build; split the table or the article';

/** Quote and list markers at the starts of lines, each level counted, one file may have. */
export const MAX_CONTAINERS = 2000;

const TOO_MANY_CONTAINERS =
	`Unexpected quote or list marker past the ${MAX_CONTAINERS.toLocaleString('en-GB')} a file may have ` +
	`(each \`>\`, \`-\`, \`*\`, \`+\` or \`1.\` that starts a line or a level of one), expected fewer quotes and lists: ` +
	'the Markdown parser slows with the square of their number; split the article';

const LEADING_MARKERS = leadingMarkers('gm');
const MARKER = /(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$)/g;

/**
 * The offset of the first quote or list marker past `MAX_CONTAINERS`, or undefined. Micromark's
 * time grows with the square of the quotes and lists a document opens (a few thousand short quotes,
 * or quotes nested deep, held a build for minutes), so past a number far above any article's it is
 * not asked to parse the file.
 */
function tooManyContainers(document: string): number | undefined {
	let count = 0;
	for (const line of document.matchAll(LEADING_MARKERS)) {
		for (const marker of line[0].matchAll(MARKER)) {
			if (++count > MAX_CONTAINERS) return line.index + marker.index;
		}
	}
	return undefined;
}

/** Lines of `=` or `-` under a line of text (a heading's underline, or a rule) one file may have. */
export const MAX_UNDERLINES = 500;

const TOO_MANY_UNDERLINES =
	`Unexpected line of \`=\` or \`-\` under text past the ${MAX_UNDERLINES} a file may have, expected headings ` +
	'written `## Heading`: the Markdown parser slows with the cube of the underlined headings (`Heading` over `===`)';

/** A line of `=` or `-` alone (up to three spaces before it) that follows a line with something on it. */
const UNDERLINE = /(?<=[^\s][ \t]*\r?\n) {0,3}(?:=+|-+)[ \t]*(?=\r?\n|$)/g;

/**
 * The offset of the first underline past `MAX_UNDERLINES`, or undefined. Micromark resolves each
 * underlined (setext) heading by looking back over the document's events: 3,000 of them, 12 KB, took
 * 6 seconds to parse, and the time grows with about the cube of their number. Lines that are rules, not
 * underlines, count too: far fewer than this stand under text in any article.
 */
function tooManyUnderlines(document: string): number | undefined {
	let count = 0;
	for (const line of document.matchAll(UNDERLINE)) if (++count > MAX_UNDERLINES) return line.index;
	return undefined;
}

/** A line of one marker character and spaces alone (`- - -`, `* * *`): a thematic break, not nesting. */
const THEMATIC_BREAK = /^[ \t]*([-*])(?:[ \t]*\1){2,}[ \t]*\r?$/;
const MARKER_AT = /(?:>|[-*+]|\d{1,9}[.)])/y;

/**
 * The offset where a line's quote and list markers, with the indentation before and between them,
 * could first nest deeper than `MAX_DEPTH`, or undefined. The walk of the tree after the parse finds
 * the same, but the parse itself takes the lines times the levels each continues: a line of 2,000
 * `- ` and lines indented under it (a tab is two levels) took 50 seconds to parse for 100 KB, and as
 * long again to compile, with fewer markers than `MAX_CONTAINERS`. Counted as the tree counts them: a
 * quote is a level, a list item two (the list and its item), and each column of indentation before or
 * between them, past the space after a marker, may continue a level of a list item above (two
 * columns, two levels). A line of markers alone is refused where the walk of the tree refuses it.
 */
function tooDeepLine(document: string): number | undefined {
	for (const line of document.matchAll(LEADING_MARKERS)) {
		const prefix = line[0];
		if (prefix.length * 4 <= MAX_DEPTH) continue;
		const end = document.indexOf('\n', line.index);
		if (THEMATIC_BREAK.test(document.slice(line.index, end === -1 ? undefined : end))) continue;
		let depth = 0;
		let column = 0;
		let afterMarker = false;
		for (let i = 0; i < prefix.length;) {
			const c = prefix[i]!;
			if (c === ' ' || c === '\t') {
				const width = c === '\t' ? 4 - (column % 4) : 1;
				depth += afterMarker ? width - 1 : width;
				column += width;
				afterMarker = false;
				i++;
			} else {
				MARKER_AT.lastIndex = i;
				const marker = MARKER_AT.exec(prefix)![0];
				depth += marker === '>' ? 1 : 2;
				column += marker.length;
				afterMarker = true;
				if (depth > MAX_DEPTH) return line.index + i;
				i += marker.length;
				continue;
			}
			if (depth > MAX_DEPTH) return line.index + i;
		}
	}
	return undefined;
}

/** Citation markers (`[@…]`, `[!…]`) one file may have. */
export const MAX_MARKERS = 3000;

const TOO_MANY_MARKERS =
	`Unexpected citation marker past the ${MAX_MARKERS.toLocaleString('en-GB')} a file may have, expected fewer: ` +
	'each marker adds its sources and quotes to the page, which would weigh many megabytes; split the article';

/**
 * The offset of the first marker past `MAX_MARKERS`, or undefined: counted before the parse, so a
 * file of a hundred thousand markers (a page of hundreds of megabytes, and gigabytes to build) is
 * refused at once. Every `[@` and `[!` counts, so the count can only be too high, never too low.
 */
function pastMarkerBudget(document: string): number | undefined {
	return pastCount(document, /\[[@!]/g, MAX_MARKERS);
}

/** What is wrong with an address that does not decode: a `%` with no two hex digits, or escapes that are no UTF-8. */
function malformedEscape(url: string): string {
	const escape = /%(?![0-9A-Fa-f]{2})/.test(url)
		? '%'
		: (url.match(/(?:%[0-9A-Fa-f]{2})+/g)?.find((run) => !decodes(run)) ?? '%');
	return (
		`Unexpected \`${escape}\` in the address \`${url}\`: a \`%\` starts an escape (two hex digits of UTF-8), ` +
		"expected `%25` for a percent sign, or the file's name written as it is"
	);
}

/** The most such characters reported in one article: past that, the file is not text. */
const MAX_REPORTED = 20;

/**
 * Control and invisible characters in the body (`src/text/forbidden-characters.ts`),
 * each where it is. A carriage return before a line feed is a CRLF line end,
 * and a byte-order mark may open the file.
 */
function forbiddenCharacters(document: string, file: VFile, report: (file: VFile, found: Finding) => void): void {
	const all = new RegExp(FORBIDDEN.source, 'g');
	let reported = 0;
	for (const match of document.matchAll(all)) {
		const char = match[0];
		if ((char === '\r' && document[match.index + 1] === '\n') || (char === '\uFEFF' && match.index === 0)) continue;
		report(
			file,
			finding(
				'mdx-syntax',
				`Unexpected ${characterName(codePoint(char))} in the text, expected printable text: remove it`,
				match.index,
			),
		);
		if (++reported === MAX_REPORTED) return;
	}
}

/**
 * The same characters written as references (`&#27;`, `&#x0C;`), which the
 * parser decodes into text, an attribute, an alt text or an address: the
 * scan of the file cannot see them. Each is reported at its node, once
 * (a character also written as itself there was reported by that scan).
 */
function referencedCharacters(
	document: string,
	decoded: { node: Node; values: string[] }[],
	file: VFile,
	report: (file: VFile, found: Finding) => void,
): void {
	const all = new RegExp(FORBIDDEN.source, 'g');
	let reported = 0;
	for (const { node, values } of decoded) {
		const found = values.flatMap((value) => value.match(all) ?? []);
		const start = node.position?.start.offset ?? 0;
		const source = document.slice(start, node.position?.end.offset ?? start);
		const char = found.find((c) => !source.includes(c));
		if (char === undefined) continue;
		report(
			file,
			finding(
				'mdx-syntax',
				`Unexpected ${characterName(codePoint(char))} written as a character reference (\`&#…;\`), expected printable text: remove the reference`,
				start + Math.max(0, referenceIn(source, char)),
			),
		);
		if (++reported === MAX_REPORTED) return;
	}
}

/**
 * Where in `source` a numeric character reference writes `char`; -1 if none does. The parser writes a
 * replacement character for a reference to a character it will not decode (`&#7;`): those count as
 * writing one.
 */
function referenceIn(source: string, char: string): number {
	for (const match of source.matchAll(/&#(?:[xX]([0-9a-fA-F]{1,7})|([0-9]{1,8}));/g)) {
		const code = match[1] === undefined ? Number(match[2]) : Number.parseInt(match[1], 16);
		const written = code > 0x10ffff ? '\uFFFD' : String.fromCodePoint(code);
		if (written === char || (char === '\uFFFD' && FORBIDDEN.test(written))) return match.index;
	}
	return -1;
}

/**
 * The strings the parser decoded character references in: text, alt text, titles, addresses, attribute
 * values, and a reference's or a footnote's label and identifier (which the page's ids are made from,
 * after folding its case: `ı` is `I` there).
 */
function decodedValues(node: Node): string[] {
	const fields = node as Node & {
		value?: unknown;
		alt?: unknown;
		title?: unknown;
		url?: unknown;
		label?: unknown;
		identifier?: unknown;
		attributes?: unknown;
	};
	const values =
		node.type === 'text' ? [fields.value] : [fields.alt, fields.title, fields.url, fields.label, fields.identifier];
	if (Array.isArray(fields.attributes))
		for (const attribute of fields.attributes as { value?: unknown }[]) values.push(attribute.value);
	return values.filter((value): value is string => typeof value === 'string');
}

function decodes(uri: string): boolean {
	try {
		decodeURI(uri);
		return true;
	} catch {
		return false;
	}
}

/**
 * One walk without recursion (the tree may be thousands deep): the first
 * node deeper than `MAX_DEPTH`, the first table past `MAX_TABLE_CELLS`
 * (the compile gives each row as many cells as the header has columns: a
 * header of 500 and 3,300 one-cell rows, 12 KB, took 47 s and 4.8 GB of
 * memory to build), every image or link definition whose address does not
 * decode, and the nodes whose decoded strings hold a character no text may
 * (`referencedCharacters` says which were references).
 */
function walk(tree: Node): {
	deep?: Node;
	wide?: Node;
	/** The child past `MAX_CHILDREN` of a block that holds more. */
	crowdedBlock?: Node;
	malformed: { node: Node; parent: Parent }[];
	decoded: { node: Node; values: string[] }[];
	/** The nodes whose decoded strings hold text the bundler reads as code (`referencedMarkers`). */
	marked: Node[];
} {
	const malformed: { node: Node; parent: Parent }[] = [];
	const decoded: { node: Node; values: string[] }[] = [];
	const marked: Node[] = [];
	const stack: [Node, number, Parent | undefined][] = [[tree, 0, undefined]];
	let cells = 0;
	let wide: Node | undefined;
	let crowdedBlock: Node | undefined;
	while (stack.length > 0) {
		const [node, depth, parent] = stack.pop()!;
		if (depth > MAX_DEPTH) return { deep: node, malformed, decoded, marked };
		if (node.type === 'table' && !wide) {
			const table = node as Node & { align?: unknown[]; children: unknown[] };
			cells += table.children.length * (table.align?.length ?? 0);
			if (cells > MAX_TABLE_CELLS) wide = node;
		}
		const url = (node as { url?: unknown }).url;
		if (parent && (node.type === 'image' || node.type === 'definition') && typeof url === 'string' && !decodes(url))
			malformed.push({ node, parent });
		// Only the nodes that hold such a character: most hold none, and a list of every node would be a copy of the tree.
		const values = decodedValues(node);
		if (values.some((value) => FORBIDDEN.test(value))) decoded.push({ node, values });
		if (values.some((value) => BUNDLER_MARKER.test(value))) marked.push(node);
		const children = (node as Partial<Parent>).children;
		if (children && children.length > MAX_CHILDREN && node.type !== 'table' && !crowdedBlock)
			crowdedBlock = children[MAX_CHILDREN];
		if (children) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1, node as Parent]);
	}
	return {
		...(wide ? { wide } : {}),
		...(crowdedBlock ? { crowdedBlock } : {}),
		malformed,
		decoded,
		marked,
	};
}
