/**
 * Draws the social cards of a content folder's explainers into the card
 * cache (card-cache.ts) before the card route asks for them. A cold build
 * runs this in a thread of its own from the start (src/integrations/card-prewarm.ts):
 * while Astro syncs the content and bundles, its own work is mostly one
 * thread's, and the cards use the core it leaves. Each card is read from
 * the article's frontmatter as the content layer validates it, so it is
 * the card the route would draw for that explainer; an article with a
 * frontmatter problem is left to the route and the build's error.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../schema/article-frontmatter.ts';
import { MAX_FILE_CHARS } from '../markdown/file-limits.ts';
import { CARD_FOLDER, cardFile, keepCard, keptCard } from './card-cache.ts';
import { pngOf } from './card-png.ts';
import { cardSvg, type CardText } from './card-svg.ts';
import { cardTextOf } from './card-text.ts';

/** Longer than an article may be in any encoding (UTF-8 takes up to four bytes a character). */
const MAX_BYTES = 4 * MAX_FILE_CHARS;

/**
 * Draws each card the cache lacks, one at a time, the oldest explainer's first; removes the cards
 * no explainer has any more, and the parts a stopped build left. Returns how many it drew.
 */
export async function prewarmCards(articlesDir: string, dir = CARD_FOLDER): Promise<number> {
	const svgs = cardTexts(articlesDir).map(cardSvg);
	const files = new Map(svgs.map((svg) => [cardFile(svg, dir), svg] as const));
	mkdirSync(dir, { recursive: true });
	// A part another writer has not renamed yet goes too: its rename then fails, and keeps nothing.
	for (const name of readdirSync(dir)) if (!files.has(join(dir, name))) rmSync(join(dir, name), { force: true });
	let drawn = 0;
	for (const [file, svg] of files) {
		if (keptCard(file)) continue;
		keepCard(file, await pngOf(svg));
		drawn++;
	}
	return drawn;
}

/**
 * Each valid article's card, the oldest first. The route asks for the newest first (the site index's
 * order), so the two meet once, in the middle, and draw few cards twice.
 */
function cardTexts(articlesDir: string): CardText[] {
	const found: { text: CardText; date: string; name: string }[] = [];
	for (const name of readdirSync(articlesDir)) {
		if (!name.endsWith('.mdx')) continue;
		const data = frontmatterOf(join(articlesDir, name));
		if (data) found.push({ text: cardTextOf(data), date: data.updated ?? data.published, name });
	}
	found.sort((a, b) => a.date.localeCompare(b.date) || b.name.localeCompare(a.name));
	return found.map((f) => f.text);
}

/** The article's frontmatter as the loader validates it; undefined for anything the loader would refuse or report. */
function frontmatterOf(path: string) {
	try {
		const stat = lstatSync(path);
		if (!stat.isFile() || stat.size > MAX_BYTES) return undefined;
		return readFrontmatter(path, readFileSync(path, 'utf8'))?.data;
	} catch {
		// Gone since the listing, or unreadable: the loader says so; the route draws the card if there is one.
		return undefined;
	}
}
