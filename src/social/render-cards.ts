/**
 * Social cards as PNG files, rendered by sharp (which the build already
 * has for images) from `cardSvg`, and cached by a hash of the SVG itself:
 * a rebuild renders only the cards whose text (or template) changed.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { cardSvg, type CardText } from './card-svg.ts';

export interface CardJob {
	/** Where the PNG goes. */
	file: string;
	text: CardText;
}

/** Render (or copy from `cacheDir`) every card; returns how many were rendered and how many came from the cache. */
export async function renderCards(jobs: CardJob[], cacheDir: string): Promise<{ rendered: number; cached: number }> {
	mkdirSync(cacheDir, { recursive: true });
	let rendered = 0;
	let cached = 0;
	const queue = [...jobs];
	// A few at a time: sharp renders on its own threads; more in flight only adds memory.
	// Sixteen colours: flat colours and anti-aliased text, about 25 KB a card (the limit is 80).
	const worker = async () => {
		for (let job = queue.shift(); job; job = queue.shift()) {
			const svg = cardSvg(job.text);
			const key = join(cacheDir, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
			mkdirSync(dirname(job.file), { recursive: true });
			if (existsSync(key)) {
				copyFileSync(key, job.file);
				cached++;
				continue;
			}
			const png = await sharp(Buffer.from(svg)).png({ palette: true, colours: 16, dither: 0, effort: 1 }).toBuffer();
			writeFileSync(key, png);
			writeFileSync(job.file, png);
			rendered++;
		}
	};
	await Promise.all(Array.from({ length: 4 }, worker));
	return { rendered, cached };
}
