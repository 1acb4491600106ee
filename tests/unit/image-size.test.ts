/**
 * An image's size as the check reads it must be the size sharp decodes:
 * the pixel budget is only as good as the header reader. The files are
 * real JPEGs and AVIFs from sharp, then patched the ways an attacker can
 * make a header reader and the decoder disagree, and each size is compared
 * with what sharp itself reads. AVIF grids and WebP containers are
 * assembled here around the bitstreams of files sharp wrote.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type WebpOptions } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkImageFile, type RasterExtension } from '../../src/markdown/image-file.ts';
import { heifSize } from '../../src/markdown/image-size-heif.ts';
import { jpegSize } from '../../src/markdown/image-size-jpeg.ts';
import { webpDamage } from '../../src/markdown/image-webp.ts';

let dir: string;
let jpeg: Buffer;
let avif: Buffer;

const image = () => sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } });

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'image-size-'));
	jpeg = await image().jpeg().toBuffer();
	avif = await image().avif().toBuffer();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The check's verdict on `bytes` saved under a fresh name. */
let files = 0;
function check(bytes: Buffer, extension: RasterExtension) {
	const path = join(dir, `${files++}.${extension}`);
	writeFileSync(path, bytes);
	return checkImageFile(path, extension);
}

/** What sharp reads, with the options Astro's image service decodes with (it tolerates warnings). */
async function sharpSize(bytes: Buffer) {
	const { width, height } = await sharp(bytes, { failOn: 'none', limitInputPixels: false }).metadata();
	return { width, height };
}

/** Where the frame header (SOF0, as sharp writes it) of a JPEG without fill bytes starts. */
function frameAt(bytes: Buffer): number {
	let offset = 2;
	while (bytes[offset + 1] !== 0xc0) offset += 2 + bytes.readUInt16BE(offset + 2);
	return offset;
}

/** A copy of `bytes` with its frame header giving `width` × `height`. */
function framed(bytes: Buffer, width: number, height: number): Buffer {
	const out = Buffer.from(bytes);
	const at = frameAt(out);
	out.writeUInt16BE(height, at + 5);
	out.writeUInt16BE(width, at + 7);
	return out;
}

/** `insert` placed before the frame header's marker. */
function beforeFrame(bytes: Buffer, insert: number[]): Buffer {
	const at = frameAt(bytes);
	return Buffer.concat([bytes.subarray(0, at), Buffer.from(insert), bytes.subarray(at)]);
}

/**
 * The attack: a fill byte before the real frame header, which says `width`
 * × `height`, and a metadata segment (APP15) after it holding a frame
 * header of a tiny image exactly where a reader lands that takes the fill byte
 * and the marker after it for a segment of its own (its "length" is the
 * marker code and the real length's high byte).
 */
function desynced(bytes: Buffer, width: number, height: number): Buffer {
	const big = framed(bytes, width, height);
	const at = frameAt(big);
	const frameEnd = at + 2 + big.readUInt16BE(at + 2);
	const head = Buffer.concat([big.subarray(0, at), Buffer.from([0xff]), big.subarray(at, frameEnd)]);
	// The misread length counts from the byte after the fill byte: the marker code's place.
	const lands = at + 2 + ((0xc0 << 8) | big[at + 2]!);
	const app = Buffer.alloc(lands - head.length + 16);
	app.set([0xff, 0xef]);
	app.writeUInt16BE(app.length - 2, 2);
	app.set([0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x10, 0x00, 0x10], lands - head.length);
	return Buffer.concat([head, app, big.subarray(frameEnd)]);
}

/** The offset of the first box of `type` in a file sharp wrote (its boxes' names appear nowhere else). */
const boxAt = (bytes: Buffer, type: string) => bytes.indexOf(type, 0, 'latin1') - 4;

/** A copy of an AVIF whose image spatial extent says `width` × `height`. */
function extended(bytes: Buffer, width: number, height: number): Buffer {
	const out = Buffer.from(bytes);
	const ispe = boxAt(out, 'ispe');
	out.writeUInt32BE(width, ispe + 12);
	out.writeUInt32BE(height, ispe + 16);
	return out;
}

/**
 * A clean aperture box after the image's extent, associated with no image:
 * a decoder ignores it; image-size applies it anyway, taking its second
 * field (here the extent's width less one) off the width.
 */
function withStrayClap(bytes: Buffer): Buffer {
	const width = bytes.readUInt32BE(boxAt(bytes, 'ispe') + 12);
	const clap = Buffer.alloc(40);
	clap.writeUInt32BE(clap.length, 0);
	clap.write('clap', 4, 'latin1');
	[1, width - 1, 1, 1, 0, 1, 0, 1].forEach((value, i) => clap.writeUInt32BE(value, 8 + 4 * i));
	const ipco = boxAt(bytes, 'ipco');
	const end = ipco + bytes.readUInt32BE(ipco);
	const out = Buffer.concat([bytes.subarray(0, end), clap, bytes.subarray(end)]);
	for (const type of ['meta', 'iprp', 'ipco'])
		out.writeUInt32BE(out.readUInt32BE(boxAt(out, type)) + clap.length, boxAt(out, type));
	// The image data moved along: its location (`iloc` version 0, one item, a four-byte base offset) follows.
	const iloc = boxAt(out, 'iloc');
	expect([out[iloc + 8], out[iloc + 12], out[iloc + 13], out.readUInt16BE(iloc + 14)]).toEqual([0, 0x44, 0x40, 1]);
	out.writeUInt32BE(out.readUInt32BE(iloc + 20) + clap.length, iloc + 20);
	return out;
}

describe('JPEG size', () => {
	it('refuses a huge frame behind a fill byte, whatever small frame header a metadata segment plants', async () => {
		const attack = desynced(jpeg, 30000, 30000);
		expect(await sharpSize(attack)).toEqual({ width: 30000, height: 30000 });
		expect(check(attack, 'jpg')).toMatchObject({ ok: false, ruleId: 'image-too-large' });
		expect(check(attack, 'jpg')).toMatchObject({ reason: expect.stringMatching(/^is 30000 × 30000 pixels, over/) });
	});

	it('reads the size sharp reads, from plain and crafted files', async () => {
		const files = {
			plain: jpeg,
			progressive: await image().jpeg({ progressive: true }).toBuffer(),
			'a fill byte before the frame': beforeFrame(jpeg, [0xff]),
			'fill bytes before the frame': beforeFrame(jpeg, [0xff, 0xff, 0xff]),
			'a stray byte before the frame': beforeFrame(jpeg, [0x20]),
			'stuffed data before the frame': beforeFrame(jpeg, [0xff, 0x00]),
			'a restart marker before the frame': beforeFrame(jpeg, [0xff, 0xd0]),
			'the attack, at its real size': desynced(jpeg, 64, 48),
			'the attack, huge': desynced(jpeg, 30000, 30000),
			'the attack, under the budget': desynced(jpeg, 7000, 7000),
		};
		for (const [name, bytes] of Object.entries(files)) {
			const real = await sharpSize(bytes);
			expect([name, jpegSize(bytes)]).toEqual([name, real]);
			const result = check(bytes, 'jpg');
			if (result.ok) expect([name, { width: result.width, height: result.height }]).toEqual([name, real]);
			else expect([name, result.ruleId]).toEqual([name, 'image-too-large']);
		}
	});

	it('refuses as damaged a JPEG with no frame before its scan, or a segment past its end', () => {
		const at = frameAt(jpeg);
		const frameless = Buffer.concat([jpeg.subarray(0, at), jpeg.subarray(at + 2 + jpeg.readUInt16BE(at + 2))]);
		const cut = jpeg.subarray(0, at + 6);
		for (const bytes of [frameless, cut, jpeg.subarray(0, 2)]) {
			expect(jpegSize(bytes)).toBeUndefined();
			expect(check(bytes, 'jpg')).toMatchObject({ ok: false, ruleId: 'image-format' });
			expect(check(bytes, 'jpg')).toMatchObject({ reason: expect.stringMatching(/JPEG image with no size/) });
		}
	});
});

describe('AVIF size', () => {
	it('refuses a huge image whatever a clean aperture not associated with it would crop', async () => {
		const attack = withStrayClap(extended(avif, 10000, 10000));
		expect(await sharpSize(attack)).toEqual({ width: 10000, height: 10000 });
		expect(check(attack, 'avif')).toMatchObject({ ok: false, ruleId: 'image-too-large' });
		expect(check(attack, 'avif')).toMatchObject({ reason: expect.stringMatching(/^is 10000 × 10000 pixels, over/) });
	});

	it('reads the size sharp reads, from plain and crafted files', async () => {
		const files = {
			plain: avif,
			'the general HEIF brand first': Buffer.concat([
				avif.subarray(0, 8),
				Buffer.from('mif1', 'latin1'),
				avif.subarray(12),
			]),
			'a stray clean aperture': withStrayClap(avif),
			'a stray clean aperture, huge': withStrayClap(extended(avif, 10000, 10000)),
			huge: extended(avif, 10000, 10000),
		};
		for (const [name, bytes] of Object.entries(files)) {
			const real = await sharpSize(bytes);
			expect([name, heifSize(bytes)]).toEqual([name, real]);
			const result = check(bytes, 'avif');
			if (result.ok) expect([name, { width: result.width, height: result.height }]).toEqual([name, real]);
			else expect([name, result.ruleId]).toEqual([name, 'image-too-large']);
		}
		// The stray box is one a decoder passes over: the file still decodes, at its full size.
		const { info } = await sharp(withStrayClap(avif)).raw().toBuffer({ resolveWithObject: true });
		expect({ width: info.width, height: info.height }).toEqual({ width: 64, height: 48 });
	});
});

/** An ISO box: its size, its type, then its contents. */
function box(type: string, ...contents: Buffer[]): Buffer {
	const body = Buffer.concat(contents);
	const head = Buffer.alloc(8);
	head.writeUInt32BE(8 + body.length);
	head.write(type, 4, 'latin1');
	return Buffer.concat([head, body]);
}

/** A full box: a version and flags before its contents. */
const fullBox = (type: string, version: number, flags: number, ...contents: Buffer[]) =>
	box(type, Buffer.from([version, flags >> 16, (flags >> 8) & 255, flags & 255]), ...contents);

/** Big-endian fields of 1, 2 or 4 bytes: `[bytes, value]` pairs. */
function fields(...pairs: [number, number][]): Buffer {
	return Buffer.concat(
		pairs.map(([size, value]) => {
			const out = Buffer.alloc(size);
			out.writeUIntBE(value, 0, size);
			return out;
		}),
	);
}

type GridOptions = {
	/** The grid's output size (its ImageGrid data), and what its `ispe` says. */
	output: [number, number];
	extent: [number, number];
	rows: number;
	columns: number;
	/** What the tile's `ispe` says (its bitstream is sharp's 64 × 48). */
	tile?: [number, number];
	/** Where the grid's data is: in `idat` (construction method 1), or in `mdat` at a file offset (0). */
	data?: 'idat' | 'mdat' | 'missing';
};

/**
 * An AVIF whose primary item (1) is a `grid` of rows × columns references
 * to one tile (2): sharp's 64 × 48 image, its bitstream and `av1C` copied.
 */
function gridAvif(options: GridOptions): Buffer {
	const { output, extent, rows, columns, tile = [64, 48], data = 'idat' } = options;
	const within = (type: string) => {
		const at = boxAt(avif, type);
		return avif.subarray(at, at + avif.readUInt32BE(at));
	};
	const iloc = boxAt(avif, 'iloc');
	const [tileAt, tileLength] = [
		avif.readUInt32BE(iloc + 20) + avif.readUInt32BE(iloc + 26),
		avif.readUInt32BE(iloc + 30),
	];
	const bitstream = avif.subarray(tileAt, tileAt + tileLength);
	const grid = Buffer.concat([Buffer.from([0, 0, rows - 1, columns - 1]), fields([2, output[0]], [2, output[1]])]);
	const ispe = ([width, height]: [number, number]) => fullBox('ispe', 0, 0, fields([4, width], [4, height]));
	const infe = (id: number, type: string) =>
		fullBox('infe', 2, 0, fields([2, id], [2, 0]), Buffer.from(`${type}\0`, 'latin1'));
	const meta = (mdatAt: number) =>
		fullBox(
			'meta',
			0,
			0,
			within('hdlr'),
			fullBox('pitm', 0, 0, fields([2, 1])),
			fullBox('iinf', 0, 0, fields([2, 2]), infe(1, 'grid'), infe(2, 'av01')),
			// Version 1: four-byte offsets and lengths, no base offset; each item: id, method, reference, extents.
			fullBox(
				'iloc',
				1,
				0,
				fields([2, 0x4400], [2, 2]),
				fields([2, 1], [2, data === 'mdat' ? 0 : 1], [2, 0], [2, 1], [4, data === 'mdat' ? mdatAt : 0], [4, 8]),
				fields([2, 2], [2, 0], [2, 0], [2, 1], [4, mdatAt + (data === 'mdat' ? 8 : 0)], [4, bitstream.length]),
			),
			fullBox('iref', 0, 0, box('dimg', fields([2, 1], [2, rows * columns], ...Array(rows * columns).fill([2, 2])))),
			box(
				'iprp',
				box('ipco', ispe(extent), ispe(tile), within('av1C')),
				fullBox('ipma', 0, 0, fields([4, 2], [2, 1], [1, 1], [1, 0x81], [2, 2], [1, 2], [1, 2], [1, 0x83])),
			),
			...(data === 'idat' ? [box('idat', grid)] : []),
		);
	const ftyp = within('ftyp');
	const mdatAt = ftyp.length + meta(0).length + 8;
	const mdat = box('mdat', ...(data === 'mdat' ? [grid] : []), bitstream);
	return Buffer.concat([ftyp, meta(mdatAt), mdat]);
}

describe('AVIF grid size', () => {
	it('reads the size sharp reads from a valid grid, and sharp draws it', async () => {
		for (const data of ['idat', 'mdat'] as const) {
			const bytes = gridAvif({ output: [128, 96], extent: [128, 96], rows: 2, columns: 2, data });
			expect([data, await sharpSize(bytes)]).toEqual([data, { width: 128, height: 96 }]);
			expect([data, heifSize(bytes)]).toEqual([data, { width: 128, height: 96 }]);
			expect([data, check(bytes, 'avif')]).toEqual([data, { ok: true, width: 128, height: 96 }]);
			const { info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
			expect({ width: info.width, height: info.height }).toEqual({ width: 128, height: 96 });
		}
	});

	it('refuses a huge grid canvas whatever its extent says', () => {
		const attack = gridAvif({ output: [16384, 16384], extent: [64, 64], rows: 8, columns: 8, tile: [2048, 2048] });
		expect(heifSize(attack)).toEqual({ width: 16384, height: 16384 });
		expect(check(attack, 'avif')).toMatchObject({
			ok: false,
			ruleId: 'image-too-large',
			reason: expect.stringMatching(/^is 16384 × 16384 pixels, over the 50 megapixels/),
		});
	});

	it('refuses a grid naming one large tile many times, whatever its canvas says', () => {
		const attack = gridAvif({ output: [64, 64], extent: [64, 64], rows: 8, columns: 8, tile: [2048, 2048] });
		expect(heifSize(attack)).toEqual({ width: 2048, height: 2048, pixels: 64 * 2048 * 2048 });
		expect(check(attack, 'avif')).toMatchObject({
			ok: false,
			ruleId: 'image-too-large',
			reason: expect.stringMatching(/^is 2048 × 2048 pixels drawn from tiles of 268 megapixels in all, over/),
		});
	});

	it('refuses as damaged a grid whose data cannot be found', () => {
		const attack = gridAvif({ output: [16384, 16384], extent: [64, 64], rows: 8, columns: 8, data: 'missing' });
		expect(heifSize(attack)).toBeUndefined();
		expect(check(attack, 'avif')).toMatchObject({
			ok: false,
			ruleId: 'image-format',
			reason: expect.stringMatching(/^is an AVIF image with no size in its header \(damaged\?\)/),
		});
	});
});

/** A RIFF chunk: type, little-endian length, contents, padded to an even length. */
function chunk(type: string, contents: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.write(type, 0, 'latin1');
	head.writeUInt32LE(contents.length, 4);
	return Buffer.concat([head, contents, Buffer.alloc(contents.length & 1)]);
}

const u24 = (value: number) => Buffer.from([value & 255, (value >> 8) & 255, value >> 16]);

function riff(...chunks: Buffer[]): Buffer {
	const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), ...chunks]);
	const head = Buffer.from('RIFF\0\0\0\0', 'latin1');
	head.writeUInt32LE(body.length, 4);
	return Buffer.concat([head, body]);
}

/** An extended header: flags (0x02 animated, 0x10 alpha), then the canvas's width and height less one. */
const vp8x = (flags: number, width: number, height: number) =>
	chunk('VP8X', Buffer.concat([Buffer.from([flags, 0, 0, 0]), u24(width - 1), u24(height - 1)]));

/** An animation frame at x, y (even) of width × height, holding `picture` (its chunks). */
const anmf = (x: number, y: number, width: number, height: number, picture: Buffer) =>
	chunk(
		'ANMF',
		Buffer.concat([u24(x / 2), u24(y / 2), u24(width - 1), u24(height - 1), u24(100), Buffer.from([0]), picture]),
	);

/** The chunks of a simple WebP sharp wrote (its picture: `VP8 ` or `VP8L`). */
const pictureOf = (webp: Buffer) => webp.subarray(12);

const webp = (width: number, height: number, options: WebpOptions = {}) =>
	sharp({ create: { width, height, channels: 3, background: '#336699' } })
		.webp(options)
		.toBuffer();

describe('WebP canvas', () => {
	it('reads the size sharp reads, from simple, extended and animated files', async () => {
		const lossless = await webp(64, 48, { lossless: true });
		const lossy = await webp(64, 48);
		const files = {
			lossless,
			lossy,
			alpha: await sharp({ create: { width: 64, height: 48, channels: 4, background: '#33669980' } })
				.webp()
				.toBuffer(),
			'lossless, extended': riff(vp8x(0, 64, 48), pictureOf(lossless)),
			'lossy, extended': riff(vp8x(0, 64, 48), pictureOf(lossy)),
			animated: riff(
				vp8x(0x02, 64, 48),
				chunk('ANIM', Buffer.alloc(6)),
				anmf(0, 0, 64, 48, pictureOf(lossless)),
				anmf(0, 0, 64, 48, pictureOf(lossy)),
			),
		};
		expect([lossless.toString('latin1', 12, 16), lossy.toString('latin1', 12, 16)]).toEqual(['VP8L', 'VP8 ']);
		expect(files.alpha.toString('latin1', 12, 16)).toBe('VP8X');
		for (const [name, bytes] of Object.entries(files)) {
			const real = await sharpSize(bytes);
			expect([name, check(bytes, 'webp')]).toEqual([name, { ok: true, ...real }]);
		}
	});

	it('refuses a still picture of another size than its extended header says', async () => {
		const files = {
			lossless: pictureOf(await webp(3000, 3000, { lossless: true })),
			lossy: pictureOf(await webp(640, 480)),
			small: pictureOf(await webp(64, 48)),
		};
		const sizes = { lossless: '3000 × 3000', lossy: '640 × 480', small: '64 × 48' };
		for (const [name, picture] of Object.entries(files)) {
			const attack = riff(vp8x(0, 100, 100), picture);
			await expect(sharp(attack).metadata()).rejects.toThrow();
			const reason = `is a damaged WebP: its header says 100 × 100, its picture ${sizes[name as keyof typeof sizes]}, expected`;
			expect([name, check(attack, 'webp')]).toMatchObject([
				name,
				{ ok: false, ruleId: 'image-format', reason: expect.stringContaining(reason) },
			]);
		}
		expect(webpDamage(riff(vp8x(0, 100, 100), chunk('VP8 ', Buffer.alloc(4))), 100, 100)).toBe(
			'its picture cannot be read',
		);
	});

	it('refuses an animation frame reaching past the canvas', async () => {
		const picture = pictureOf(await webp(64, 48, { lossless: true }));
		const head = [vp8x(0x02, 100, 100), chunk('ANIM', Buffer.alloc(6))];
		const inside = riff(...head, anmf(36, 52, 64, 48, picture));
		expect(check(inside, 'webp')).toEqual({ ok: true, width: 100, height: 100 });
		const past = riff(...head, anmf(0, 0, 64, 48, picture), anmf(40, 60, 64, 48, picture));
		await expect(sharp(past).metadata()).rejects.toThrow();
		expect(check(past, 'webp')).toMatchObject({
			ok: false,
			ruleId: 'image-format',
			reason: expect.stringMatching(
				/^is a damaged WebP: its frame 2, 64 × 48 at 40, 60, goes past its 100 × 100 canvas/,
			),
		});
	});
});
