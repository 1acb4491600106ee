/**
 * Drawn social cards kept in the cache folder, each under a digest of all
 * that decides its bytes: its SVG (the text and the template), the PNG
 * options, and sharp's and libvips's versions. Content-addressed, as
 * astro-og-canvas keeps its images: a card found is the card that would be
 * drawn, whoever drew it, the card route or the build's prewarm
 * (src/integrations/card-prewarm.ts), and however old it is.
 *
 * A card is written as `<digest>.png.part`, created only if no one else
 * is writing it, and renamed once whole: a reader sees the whole card or
 * none, and two threads never write one file.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { cacheFolder } from '../cache-folder.ts';
import { PNG_OPTIONS, pngOf } from './card-png.ts';
import { cardSvg, type CardText } from './card-svg.ts';

/** The folder of drawn cards. */
export const CARD_FOLDER = join(cacheFolder, 'social-cards');

const MAKER = JSON.stringify([sharp.versions, PNG_OPTIONS]);

/** The file a card with this SVG is kept in. */
export function cardFile(svg: string, dir = CARD_FOLDER): string {
	return join(dir, `${createHash('sha256').update(MAKER).update('\0').update(svg).digest('base64url')}.png`);
}

/** The card for `text`: as kept, or drawn and kept. */
export async function cachedCardPng(text: CardText, dir = CARD_FOLDER): Promise<Buffer> {
	const svg = cardSvg(text);
	const file = cardFile(svg, dir);
	const kept = keptCard(file);
	if (kept) return kept;
	const png = await pngOf(svg);
	const claim = claimCard(file);
	if (claim) claim.write(png);
	return png;
}

function keptCard(file: string): Buffer | undefined {
	try {
		return readFileSync(file);
	} catch {
		return undefined;
	}
}

/**
 * The right to write `file`, or undefined when another thread holds it (or the folder cannot be
 * written: a card not kept is drawn again, nothing more).
 */
export function claimCard(file: string): { write(png: Buffer): void } | undefined {
	const part = `${file}.part`;
	let fd: number;
	try {
		mkdirSync(join(file, '..'), { recursive: true });
		fd = openSync(part, 'wx');
	} catch {
		return undefined;
	}
	return {
		write(png) {
			try {
				try {
					writeSync(fd, png);
				} finally {
					closeSync(fd);
				}
				renameSync(part, file);
			} catch {
				// As above: the route draws it again.
			}
		},
	};
}
