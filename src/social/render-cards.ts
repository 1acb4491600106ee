/**
 * Social cards as PNG files, rendered by sharp (which the build already
 * has for images) from `cardSvg`, and cached by a hash of the SVG itself:
 * a rebuild renders only the cards whose text (or template) changed.
 *
 * Two ways in. As route generation starts, the explainer route asks for
 * every explainer's card (`request-card.ts`) and a `CardRenderer` renders
 * them into the cache on sharp's threads, one at a time while Astro renders
 * pages on the other core, then two at a time beside the CSP pass and
 * Pagefind, instead of a phase of their own after the build. After the
 * build, `renderCards` puts every card a page names in its place, from the
 * cache, rendering any not there (the card text is read from the page's
 * meta tags, so what ships never depends on the first way).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { cardSvg, type CardText } from './card-svg.ts';

// Every card is a new SVG, and Astro's image service (the same sharp, in the same build) makes each
// variant once: libvips's cache of operations would only hold memory.
sharp.cache(false);

export interface CardJob {
	/** Where the PNG goes. */
	file: string;
	text: CardText;
}

/** The cached PNG for `svg` in `cacheDir`. */
const cachedCard = (svg: string, cacheDir: string) => join(cacheDir, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);

/**
 * Render `svg` into the cache unless it is there. Written beside and renamed
 * into place, so a reader of the cache never copies half a file.
 * Sixteen colours: flat colours and anti-aliased text, about 25 KB a card (the limit is 80).
 */
async function renderToCache(svg: string, file: string): Promise<boolean> {
	if (existsSync(file)) return false;
	const png = await sharp(Buffer.from(svg)).png({ palette: true, colours: 16, dither: 0, effort: 1 }).toBuffer();
	const partial = `${file}.${process.pid}.partial`;
	writeFileSync(partial, png);
	renameSync(partial, file);
	return true;
}

/** Renders requested cards into the cache, `inFlight` at a time, while the build goes on. */
export class CardRenderer {
	rendered = 0;
	private readonly queue: string[] = [];
	private readonly seen = new Set<string>();
	private running = 0;
	private idle: Promise<void> = Promise.resolve();
	private resolveIdle = () => {};
	private failure: unknown;

	constructor(
		private readonly cacheDir: string,
		// One at a time while Astro renders pages on the other core: more would compete with them.
		private inFlight = 1,
	) {
		mkdirSync(cacheDir, { recursive: true });
	}

	request(text: CardText): void {
		const svg = cardSvg(text);
		if (this.seen.has(svg)) return;
		this.seen.add(svg);
		this.queue.push(svg);
		if (this.running === 0) this.idle = new Promise((done) => (this.resolveIdle = done));
		while (this.running < this.inFlight && this.queue.length > 0) void this.work();
	}

	/**
	 * Once every requested card is in the cache; rejects with the first failure. From now on
	 * `inFlight` at a time: the pages are done, so the cards may take more of the machine.
	 */
	async settled(inFlight = this.inFlight): Promise<void> {
		this.inFlight = Math.max(this.inFlight, inFlight);
		while (this.running < this.inFlight && this.queue.length > 0) void this.work();
		await this.idle;
		if (this.failure) throw this.failure;
	}

	private async work(): Promise<void> {
		this.running++;
		for (let svg = this.queue.shift(); svg !== undefined; svg = this.queue.shift()) {
			try {
				if (await renderToCache(svg, cachedCard(svg, this.cacheDir))) this.rendered++;
			} catch (error) {
				this.failure ??= error;
			}
		}
		if (--this.running === 0) this.resolveIdle();
	}
}

/** Put every card in place from `cacheDir`, rendering those not there; returns how many were rendered and how many came from the cache. */
export async function renderCards(jobs: CardJob[], cacheDir: string): Promise<{ rendered: number; cached: number }> {
	mkdirSync(cacheDir, { recursive: true });
	let rendered = 0;
	let cached = 0;
	const queue = [...jobs];
	for (const dir of new Set(jobs.map((job) => dirname(job.file)))) mkdirSync(dir, { recursive: true });
	// A few at a time: sharp renders on its own threads; more in flight only adds memory.
	const worker = async () => {
		for (let job = queue.shift(); job; job = queue.shift()) {
			const svg = cardSvg(job.text);
			const key = cachedCard(svg, cacheDir);
			if (await renderToCache(svg, key)) rendered++;
			else cached++;
			copyFileSync(key, job.file);
		}
	};
	await Promise.all(Array.from({ length: 4 }, worker));
	return { rendered, cached };
}
