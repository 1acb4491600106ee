/**
 * Drawn social cards kept in the cache folder, each under a digest of all
 * that decides its bytes: its SVG (the text and the template), the PNG
 * options, and sharp's and libvips's versions. Content-addressed, as
 * astro-og-canvas keeps its images: a card found is the card that would be
 * drawn, whoever drew it, the card route or the build's prewarm
 * (src/integrations/card-prewarm.ts), and however old it is.
 *
 * A card is written whole under a name of its writer's own and renamed:
 * a reader sees the whole card or none, and a card that is not a whole
 * PNG (a disk that filled up) is drawn again.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
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
	keepCard(file, png);
	return png;
}

/** A PNG's first eight bytes, and its last chunk (IEND: no data, then its CRC). */
const SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');
const END = Buffer.from('0000000049454e44ae426082', 'hex');

/** The card kept as `file`, if there is one and it is a whole PNG (anything else is drawn again). */
export function keptCard(file: string): Buffer | undefined {
	let png: Buffer;
	try {
		png = readFileSync(file);
	} catch {
		return undefined;
	}
	const whole =
		png.length > SIGNATURE.length + END.length &&
		png.subarray(0, SIGNATURE.length).equals(SIGNATURE) &&
		png.subarray(-END.length).equals(END);
	return whole ? png : undefined;
}

/**
 * Keeps `png` as `file`: written whole under a name no other writer uses, then renamed, so a
 * reader sees the whole card or none. Two writers of one file write the same bytes, so the last
 * rename wins nothing. A folder that cannot be written keeps nothing: the card is drawn again.
 */
export function keepCard(file: string, png: Buffer): void {
	const part = `${file}.${process.pid}-${threadId}-${randomUUID()}.part`;
	try {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(part, png, { flag: 'wx' });
		renameSync(part, file);
	} catch {
		rmSync(part, { force: true });
	}
}
