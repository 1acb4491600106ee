/**
 * What the sitemap says of each page, read from the page as built: an
 * explainer's `lastmod` is its last change (`article:modified_time`, else
 * `article:published_time`, as its page says), and a page that asks not to
 * be indexed (`<meta name="robots" content="noindex">`: an explainer under
 * embargo) is left out. So the sitemap agrees with the pages by
 * construction and reads no content file of its own.
 *
 * @astrojs/sitemap calls `filter` and `serialize` in `astro:build:done`,
 * once every page is written. Each page is read only up to the end of its
 * head, as parse5's tokenizer finds it (the one the hast parser uses):
 * an author's headline or standfirst sits in the head's attribute values,
 * where `</head>` or `<style>` are text, and a stylesheet's text holds no
 * tag; no tree is built.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { Token, Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';

/** What a built page's head says about listing it. */
export interface PageListing {
	noindex: boolean;
	lastChange?: string;
}

/** Elements whose text the tokenizer must read as text, as the tree builder tells it to. */
const TEXT_MODES: Record<string, Tokenizer['state']> = {
	title: TokenizerMode.RCDATA,
	textarea: TokenizerMode.RCDATA,
	style: TokenizerMode.RAWTEXT,
	noscript: TokenizerMode.RAWTEXT,
	noframes: TokenizerMode.RAWTEXT,
	xmp: TokenizerMode.RAWTEXT,
	iframe: TokenizerMode.RAWTEXT,
	script: TokenizerMode.SCRIPT_DATA,
	plaintext: TokenizerMode.PLAINTEXT,
};

/**
 * Where a style element's text ends, as HTML's tokenizer finds it: the first `</style` (any case) followed by
 * whitespace, `/` or `>`. Up to there, it is text to the tokenizer, and holds no tag.
 */
const STYLE_END = /<\/style[\t\n\f\r />]/i;
/** The most of a style's end a read can stop within: all of it but the character after `</style`. */
const STYLE_END_CUT = '</style'.length;

/**
 * The meta elements of a head, fed to it piece by piece, until the head ends (`</head>`, `<body>`).
 * A page's inline stylesheet is most of its head (15 of 18 KB), and the tokenizer would read it
 * character by character: it is fed up to the end of each tag, and once it has read a `<style>`
 * start tag, what follows is skipped to the style's end.
 */
class HeadReader {
	readonly #meta = new Map<string, string>();
	/** Whether the head has ended: nothing more is read. */
	done = false;
	readonly #tokenizer: Tokenizer;
	/** Whether the tokenizer has just read a style element's start tag. */
	#inStyle = false;
	/** What was read and not yet fed to the tokenizer (never past a `>`). */
	#pending = '';

	constructor() {
		const ignore = () => {};
		const handler: TokenHandler = {
			onStartTag: (tag) => {
				if (tag.tagName === 'body') return this.#end();
				if (tag.tagName === 'meta') {
					const key = Token.getTokenAttr(tag, 'property') ?? Token.getTokenAttr(tag, 'name');
					const content = Token.getTokenAttr(tag, 'content');
					if (key !== null && content !== null && !this.#meta.has(key)) this.#meta.set(key, content);
				}
				const mode = TEXT_MODES[tag.tagName];
				if (mode !== undefined && !tag.selfClosing) this.#tokenizer.state = mode;
				if (tag.tagName === 'style' && !tag.selfClosing) this.#inStyle = true;
			},
			onEndTag: (tag) => {
				if (tag.tagName === 'head') this.#end();
			},
			onComment: ignore,
			onDoctype: ignore,
			onEof: ignore,
			onCharacter: ignore,
			onNullCharacter: ignore,
			onWhitespaceCharacter: ignore,
		};
		this.#tokenizer = new Tokenizer({ sourceCodeLocationInfo: false }, handler);
	}

	write(text: string, last: boolean): void {
		this.#pending += text;
		while (!this.done) {
			if (this.#inStyle) {
				const end = STYLE_END.exec(this.#pending);
				if (!end) {
					this.#pending = last ? '' : this.#pending.slice(-STYLE_END_CUT);
					break;
				}
				this.#pending = this.#pending.slice(end.index);
				this.#inStyle = false;
			}
			// A tag ends at a `>` if anywhere, so nothing past one reaches the tokenizer before its tag is read.
			const close = this.#pending.indexOf('>');
			if (close === -1) break;
			this.#tokenizer.write(this.#pending.slice(0, close + 1), false);
			this.#pending = this.#pending.slice(close + 1);
		}
		if (this.done) return;
		if (last) this.#tokenizer.write(this.#pending, true);
		else if (this.#pending.length > 0 && !this.#inStyle) {
			this.#tokenizer.write(this.#pending, false);
			this.#pending = '';
		}
	}

	#end(): void {
		this.done = true;
		this.#tokenizer.pause();
	}

	listing(): PageListing {
		const lastChange = this.#meta.get('article:modified_time') ?? this.#meta.get('article:published_time');
		return {
			noindex: (this.#meta.get('robots') ?? '').split(',').some((v) => v.trim().toLowerCase() === 'noindex'),
			...(lastChange ? { lastChange } : {}),
		};
	}
}

/** The listing facts in an HTML document's `<head>`. */
export function listingOf(html: string): PageListing {
	const reader = new HeadReader();
	reader.write(html, true);
	return reader.listing();
}

const CHUNK = 64 * 1024;

/**
 * The listing facts in the head of the HTML file `file`. Pages are written head first and their bodies are many
 * times longer than their heads, so the file is read a piece at a time and the rest is not read.
 */
export function listingOfFile(file: string): PageListing {
	const reader = new HeadReader();
	const decoder = new TextDecoder();
	const fd = openSync(file, 'r');
	try {
		const chunk = Buffer.allocUnsafe(CHUNK);
		for (let at = 0; !reader.done;) {
			const read = readSync(fd, chunk, 0, CHUNK, at);
			at += read;
			reader.write(decoder.decode(chunk.subarray(0, read), { stream: read > 0 }), read === 0);
			if (read === 0) break;
		}
	} finally {
		closeSync(fd);
	}
	return reader.listing();
}

/**
 * The sitemap's `filter` and `serialize` for a build into `outDir` under
 * `base` (pages are `<path>/index.html`: `build.format: 'directory'`).
 * Each page is read once, for both, up to the end of its head.
 */
export function sitemapPages(outDir: string, base: string) {
	const known = new Map<string, PageListing>();
	const listing = (url: string): PageListing => {
		const path = new URL(url).pathname;
		let found = known.get(path);
		if (!found) {
			const local = path.startsWith(base) ? path.slice(base.length) : path;
			const file = join(outDir, decoded(local), 'index.html');
			known.set(path, (found = existsSync(file) ? listingOfFile(file) : { noindex: false }));
		}
		return found;
	};
	return {
		filter: (page: string): boolean => !listing(page).noindex,
		serialize: (item: SitemapItem): SitemapItem => {
			const date = listing(item.url).lastChange;
			return date ? { ...item, lastmod: new Date(`${date}T00:00:00Z`).toISOString() } : item;
		},
	};
}

/** A URL path as its folder is named on disk (`/topics/україна/`); as it is, if it is not valid percent-encoding. */
function decoded(path: string): string {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}
