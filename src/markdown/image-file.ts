/**
 * Whether a file an article names as its image is that image. The file's
 * own bytes decide, never its name: an HTML page or a script renamed
 * `.png` is refused here, before Astro's image service would fail on it at
 * a position of its own. Only the headers are read, synchronously so the
 * remark plugins stay synchronous: a JPEG's and an AVIF's by readers of our
 * own that see the size the decoder will (`image-size-jpeg.ts`,
 * `image-size-heif.ts`), the rest by image-size, the parser Astro itself
 * vendors. A PNG's chunks are also walked with their checksums, so a damaged
 * or truncated one is refused rather than published unoptimised.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { stampOf } from '../file-stamp.ts';
import { crc32 } from 'node:zlib';
import { imageSize } from 'image-size';
import type { RuleId } from '../diagnostics/rules.ts';
import { canvasOf, frameCount } from './image-frames.ts';
import { heifSize } from './image-size-heif.ts';
import { jpegSize } from './image-size-jpeg.ts';
import { webpDamage } from './image-webp.ts';
import { formatMegabytes } from '../text/format.ts';

/** The raster formats an article may show, by file extension (lowercase), and what image-size calls each. */
export const RASTER_FORMATS = { jpg: 'jpg', jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif', gif: 'gif' } as const;

export type RasterExtension = keyof typeof RASTER_FORMATS;

/**
 * At most 50 megapixels, the frames of an animation counted together: room
 * for a 48-megapixel phone photo (8064 × 6048), the largest a reporter is
 * likely to hand in, while a decoded image (four bytes a pixel) stays near
 * 200 MB on a build machine that makes two at a time. The page shows at
 * most 1280 pixels across; the header of a 20000 × 20000 "image" is a few
 * bytes and would make sharp allocate 1.6 GB.
 */
export const PIXEL_BUDGET = 50_000_000;

/**
 * The most frames an animation may have, whatever their size: libwebp's time to read an animated WebP
 * grows faster than its frames (a WebP of one pixel and many thousands of frames held a build for minutes).
 */
export const FRAME_BUDGET = 1000;

/** Bytes an image file may have: a PNG, GIF or WebP is read whole. */
export const BYTE_BUDGET = 64_000_000;

/** Enough of a JPEG or AVIF for its header, metadata segments before the frame included; the rest is pixels. */
const HEAD = 512 * 1024;

/** Formats read whole: a PNG for its checksums, a GIF or WebP to count its frames (`image-frames.ts`). */
const READ_WHOLE: ReadonlySet<string> = new Set(['png', 'gif', 'webp']);

/** image-size's names of formats, as an author knows them. */
const NAMES: Record<string, string> = {
	jpg: 'JPEG',
	png: 'PNG',
	webp: 'WebP',
	avif: 'AVIF',
	gif: 'GIF',
	svg: 'SVG',
	heif: 'HEIF',
	heic: 'HEIC',
	tiff: 'TIFF',
	bmp: 'BMP',
	ico: 'ICO',
};

const SMALLER = 'export a smaller copy (the page shows it at most 1280 pixels wide)';

export type ImageFileCheck =
	{ ok: true; width: number; height: number } | { ok: false; ruleId: RuleId; reason: string };

/** Each image's verdict, by path and format, with the file's identity then: an image is read once per build. */
const checked = new Map<string, { stamp: string; result: ImageFileCheck }>();

/**
 * Check the file at `path` (a real path, a regular file) against the format its extension names. An
 * image named twice, or by the articles loader's parse and then the compile, is read once while the file
 * is unchanged (inode, size, change and modification times in nanoseconds).
 */
export function checkImageFile(path: string, extension: RasterExtension): ImageFileCheck {
	const stat = statSync(path, { bigint: true });
	const stamp = stampOf(stat);
	const key = `${extension}\0${path}`;
	const known = checked.get(key);
	if (known?.stamp === stamp) return known.result;
	const result = checkBytes(path, extension, Number(stat.size));
	checked.set(key, { stamp, result });
	return result;
}

function checkBytes(path: string, extension: RasterExtension, size: number): ImageFileCheck {
	const expected = RASTER_FORMATS[extension];
	const name = NAMES[expected]!;
	if (size > BYTE_BUDGET)
		return refuse(
			'image-too-large',
			`is ${formatMegabytes(size)}, over the ${formatMegabytes(BYTE_BUDGET)} an image may have: ${SMALLER}`,
		);
	let bytes = READ_WHOLE.has(expected) || size <= HEAD ? readFileSync(path) : head(path, HEAD);
	let found = sizeOf(bytes, expected);
	// A header past the first bytes (long metadata before a JPEG's frame, an AVIF's after its media data): read it all before refusing.
	if ((found.type === undefined || found.width === undefined) && bytes.length < size)
		found = sizeOf((bytes = readFileSync(path)), expected);
	const { type } = found;
	if (type !== expected) {
		const what = type === 'svg' ? 'an SVG drawing' : type && NAMES[type] ? `${an(NAMES[type])} image` : describe(bytes);
		const fix = `save it as ${name} or give it its own extension (jpg, png, webp, avif or gif)`;
		return refuse('image-format', `is ${what}, not the ${name} image its name says: ${fix}`);
	}
	const { width = 0, height = 0 } = found;
	if (width < 1 || height < 1) {
		return refuse(
			'image-format',
			`is ${an(name)} image with no size in its header (damaged?), expected ${an(name)} file that opens in an image viewer`,
		);
	}
	const damaged = expected === 'webp' ? webpDamage(bytes, width, height) : undefined;
	if (damaged)
		return refuse(
			'image-format',
			`is a damaged WebP: ${damaged}, expected a WebP that opens in an image viewer: export it again`,
		);
	const frames = frameCount(bytes, expected);
	if (frames > FRAME_BUDGET)
		return refuse(
			'image-too-large',
			`is an animation of ${frames.toLocaleString('en-GB')} frames, over the ${FRAME_BUDGET.toLocaleString('en-GB')} an image may have: use fewer frames, or a still image`,
		);
	const canvas = canvasOf(bytes, expected, width, height);
	// An AVIF grid's tiles may decode to more than its canvas: one tile named many times.
	if ((found.pixels ?? 0) > PIXEL_BUDGET) {
		const all = Math.round(found.pixels! / 1e6);
		return refuse(
			'image-too-large',
			`is ${width} × ${height} pixels drawn from tiles of ${all} megapixels in all, over the ${PIXEL_BUDGET / 1e6} megapixels an image may have: ${SMALLER}`,
		);
	}
	if (canvas.width * canvas.height * frames > PIXEL_BUDGET) {
		const all = Math.round((canvas.width * canvas.height * frames) / 1e6);
		const size =
			canvas.width === width && canvas.height === height
				? `${width} × ${height} pixels`
				: `${canvas.width} × ${canvas.height} pixels once its frames are drawn (its header says ${width} × ${height})`;
		const pixels = frames > 1 ? `${size} in ${frames} frames (${all} megapixels in all)` : size;
		return refuse(
			'image-too-large',
			`is ${pixels}, over the ${PIXEL_BUDGET / 1e6} megapixels an image may have: ${frames > 1 ? 'use fewer frames, or ' : ''}${SMALLER}`,
		);
	}
	if (expected === 'png') {
		const damage = pngDamage(bytes);
		if (damage)
			return refuse(
				'image-format',
				`is a damaged PNG (${damage}), expected a PNG that opens in an image viewer: export it again`,
			);
	}
	return { ok: true, width, height };
}

/**
 * An AVIF may name the general HEIF brand first (`mif1`) and `avif` among
 * its compatible brands; image-size goes by the first, sharp reads both.
 */
function isAvif(bytes: Buffer): boolean {
	if (bytes.length < 16 || bytes.toString('latin1', 4, 8) !== 'ftyp') return false;
	const end = Math.min(bytes.readUInt32BE(0), bytes.length);
	for (let offset = 8; offset + 4 <= end; offset += 4)
		if (offset !== 12 && bytes.toString('latin1', offset, offset + 4) === 'avif') return true;
	return false;
}

type Found = {
	type?: string | undefined;
	width?: number | undefined;
	height?: number | undefined;
	/** Pixels decoded beyond width × height: an AVIF grid's tiles (`image-size-heif.ts`). */
	pixels?: number | undefined;
};

/** HEIF containers by image-size's names: their size is read from every extent (`image-size-heif.ts`). */
const HEIF: ReadonlySet<string> = new Set(['avif', 'heif', 'heic']);

/**
 * The format and size of an image, or no size when its header cannot be
 * read, or nothing when no format is known in these bytes. A JPEG is known
 * by its first marker alone, as libjpeg knows it, so that one whose size
 * cannot be read is refused as a damaged JPEG rather than an unknown file.
 */
function sizeOf(bytes: Buffer, expected: string): Found {
	if (bytes[0] === 0xff && bytes[1] === 0xd8) return { type: 'jpg', ...jpegSize(bytes) };
	const found = imageSizeOf(bytes);
	const type = expected === 'avif' && isAvif(bytes) ? 'avif' : found.type;
	return type && HEIF.has(type) ? { type, ...heifSize(bytes) } : found;
}

/** What image-size reads, or nothing when it knows no format in these bytes. */
function imageSizeOf(bytes: Buffer): Found {
	try {
		return imageSize(bytes);
	} catch {
		return {};
	}
}

function head(path: string, length: number): Buffer {
	const fd = openSync(path, 'r');
	try {
		const buffer = Buffer.alloc(length);
		return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
	} finally {
		closeSync(fd);
	}
}

/** `an AVIF`, `a PNG`: the article goes by how the name is said. */
function an(name: string): string {
	return `${['AVIF', 'ICO', 'SVG'].includes(name) ? 'an' : 'a'} ${name}`;
}

function refuse(ruleId: RuleId, reason: string): ImageFileCheck {
	return { ok: false, ruleId, reason };
}

/** What the bytes look like, in words, never quoting them: the file may be anything, and messages reach the build log. */
function describe(bytes: Buffer): string {
	if (bytes.length === 0) return 'an empty file';
	const head = bytes.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
	if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'an SVG drawing';
	if (head.startsWith('<')) return 'a text file, HTML or XML';
	const printable = [...bytes.subarray(0, 512)].every(
		(b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 128,
	);
	return printable ? 'a text file' : 'a file of an unknown kind';
}

/**
 * Why a PNG cannot be decoded, if it cannot: every chunk must fit in the
 * file and match its checksum, the header come first, image data follow,
 * and the end chunk close the file. A renamed or truncated file, a bit
 * flipped in transit, or bytes appended after the image are all caught.
 */
function pngDamage(bytes: Buffer): string | undefined {
	let offset = 8;
	let chunks = 0;
	let data = false;
	while (offset + 12 <= bytes.length) {
		const length = bytes.readUInt32BE(offset);
		const end = offset + 12 + length;
		if (length > 0x7fffffff || end > bytes.length) return 'it is cut short';
		const type = bytes.toString('latin1', offset + 4, offset + 8);
		if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== bytes.readUInt32BE(offset + 8 + length))
			return `the checksum of its ${printable(type)} chunk does not match`;
		if (chunks++ === 0 && type !== 'IHDR') return 'its header chunk is missing';
		if (type === 'IDAT') data = true;
		offset = end;
		if (type === 'IEND') {
			if (!data) return 'it has no image data';
			return offset === bytes.length ? undefined : 'it has data after its end';
		}
	}
	return 'it is cut short';
}

function printable(type: string): string {
	return /^[A-Za-z]{4}$/.test(type) ? `\`${type}\`` : 'a';
}
