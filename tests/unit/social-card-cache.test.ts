/**
 * The card cache and the build's prewarm: a card kept is the card the route
 * would draw, a card being written by another thread is never read half
 * written, and the prewarm draws each explainer's card once, from the
 * frontmatter the content layer validates, leaving nothing stale behind.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/schema/article-frontmatter.ts';
import { cachedCardPng, cardFile } from '../../src/social/card-cache.ts';
import { cardPng } from '../../src/social/card-png.ts';
import { prewarmCards } from '../../src/social/card-prewarm.ts';
import { cardSvg } from '../../src/social/card-svg.ts';
import { cardTextOf } from '../../src/social/card-text.ts';

const ARTICLES = 'tests/fixtures/site/content/articles';
const text = {
	title: 'Guarantees for Ukraine',
	standfirst: 'What the records show.',
	topics: ['Ukraine'],
	site: 'Sourced',
};

const made: string[] = [];
function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'cards-'));
	made.push(dir);
	return dir;
}
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Each fixture article's card, as the route draws it from the validated frontmatter. */
function fixtureCards(): Map<string, string> {
	const cards = new Map<string, string>();
	for (const name of readdirSync(ARTICLES).filter((n) => n.endsWith('.mdx'))) {
		const data = readFrontmatter(join(ARTICLES, name), readFileSync(join(ARTICLES, name), 'utf8'))?.data;
		if (data) cards.set(name, cardSvg(cardTextOf(data)));
	}
	return cards;
}

describe('the card cache', () => {
	it('keeps the card the route would draw, and gives it back without drawing it again', async () => {
		const dir = folder();
		const drawn = await cachedCardPng(text, dir);
		expect(drawn.equals(await cardPng(text))).toBe(true);
		const file = cardFile(cardSvg(text), dir);
		expect(readFileSync(file).equals(drawn)).toBe(true);
		// What is kept is what is given: a kept card changed under it comes back as it now is.
		const other = await cardPng({ ...text, title: 'Another headline' });
		writeFileSync(file, other);
		expect((await cachedCardPng(text, dir)).equals(other)).toBe(true);
	});

	it('keeps each text, template and set of PNG options under a file of its own', () => {
		const dir = folder();
		expect(cardFile(cardSvg(text), dir)).not.toBe(
			cardFile(cardSvg({ ...text, title: 'Guarantees for Ukraine.' }), dir),
		);
		expect(cardFile(cardSvg(text), dir)).toBe(cardFile(cardSvg({ ...text }), dir));
	});

	it('draws again a kept card that is not a whole PNG, and keeps it whole', async () => {
		const dir = folder();
		const file = cardFile(cardSvg(text), dir);
		const whole = await cardPng(text);
		for (const cut of [Buffer.alloc(0), whole.subarray(0, 100), whole.subarray(0, whole.length - 1)]) {
			writeFileSync(file, cut);
			expect((await cachedCardPng(text, dir)).equals(whole), `${cut.length} bytes`).toBe(true);
			expect(readFileSync(file).equals(whole), `${cut.length} bytes`).toBe(true);
		}
	});

	it('keeps a card beside another writer’s unfinished one, and leaves that one alone', async () => {
		const dir = folder();
		const file = cardFile(cardSvg(text), dir);
		mkdirSync(dir, { recursive: true });
		writeFileSync(`${file}.1-2-3.part`, 'half a card');
		expect((await cachedCardPng(text, dir)).equals(await cardPng(text))).toBe(true);
		expect(readFileSync(file).equals(await cardPng(text))).toBe(true);
		expect(readFileSync(`${file}.1-2-3.part`, 'utf8')).toBe('half a card');
		expect(readdirSync(dir)).toHaveLength(2);
	});
});

describe('the prewarm', () => {
	it('draws every explainer’s card as the route would, once, and then finds them drawn', async () => {
		const dir = folder();
		const cards = fixtureCards();
		expect(cards.size).toBeGreaterThan(2);
		expect(await prewarmCards(ARTICLES, dir)).toBe(cards.size);
		for (const [name, svg] of cards) {
			const png = readFileSync(cardFile(svg, dir));
			expect(
				png.equals(
					await cardPng(
						cardTextOf(readFrontmatter(join(ARTICLES, name), readFileSync(join(ARTICLES, name), 'utf8'))!.data!),
					),
				),
				name,
			).toBe(true);
		}
		expect(await prewarmCards(ARTICLES, dir)).toBe(0);
	});

	it('removes the cards no explainer has any more and the parts a stopped build left, and draws those', async () => {
		const dir = folder();
		await prewarmCards(ARTICLES, dir);
		const [first] = fixtureCards().values();
		const file = cardFile(first!, dir);
		rmSync(file);
		writeFileSync(`${file}.1-2-3.part`, 'half a card');
		writeFileSync(join(dir, 'stale.png'), 'an old headline');
		expect(await prewarmCards(ARTICLES, dir)).toBe(1);
		expect(readdirSync(dir).sort()).toEqual([...fixtureCards().values()].map((svg) => cardFile(svg, '')).sort());
	});

	it('draws the cards of the articles it can read and leaves the rest to the build’s errors', async () => {
		const content = folder();
		cpSync(ARTICLES, content, { recursive: true });
		writeFileSync(join(content, 'broken.mdx'), '---\ntitle: [unclosed\n---\n\nText.\n');
		writeFileSync(join(content, 'notes.txt'), 'not an article');
		// What the build refuses before it starts (src/security/): only files are read.
		symlinkSync(join(process.cwd(), ARTICLES, 'alpha.mdx'), join(content, 'link.mdx'));
		mkdirSync(join(content, 'folder.mdx'));
		expect(await prewarmCards(content, folder())).toBe(fixtureCards().size);
	});
});
