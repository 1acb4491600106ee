/**
 * The image addresses an author may write: only a relative path to a real
 * raster image inside the content folder passes; scripts, modules, files
 * outside the folder (by `../` or through a symbolic link), bundler queries,
 * SVG, files that are not what their name says, and images too large to
 * decode are refused, each with its rule and what would be valid.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAuthors } from '../../src/data/authors.ts';
import { loadSources } from '../../src/data/sources.ts';
import { checkImageAddress, type ImageContext } from '../../src/markdown/image-address.ts';
import { canvasOf, frameCount } from '../../src/markdown/image-frames.ts';
import { contentDir } from '../support/content-dir.ts';

let base: string;
let context: ImageContext;
let png: Buffer;

/** A PNG chunk with its length and checksum. */
function chunk(type: string, data: Buffer): Buffer {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const out = Buffer.alloc(body.length + 8);
	out.writeUInt32BE(data.length, 0);
	body.copy(out, 4);
	out.writeUInt32BE(crc32(body), body.length + 4);
	return out;
}

const u16le = (n: number) => Buffer.from([n & 0xff, n >> 8]);
const u24le = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff, n >> 16]);

/** A GIF whose screen is `side` square, with `frames` frames of one pixel each: small to store, `side²` a frame to decode. */
function longGif(side: number, frames: number, frameSide = 1): Buffer {
	const screen = Buffer.concat([
		Buffer.from('GIF89a', 'latin1'),
		u16le(side),
		u16le(side),
		Buffer.from([0x80, 0, 0, 0, 0, 0, 255, 255, 255]),
	]);
	const frame = Buffer.concat([
		Buffer.from([0x2c, 0, 0, 0, 0]),
		u16le(frameSide),
		u16le(frameSide),
		Buffer.from([0, 2, 2, 0x44, 0x01, 0]),
	]);
	return Buffer.concat([screen, ...Array<Buffer>(frames).fill(frame), Buffer.from([0x3b])]);
}

/** An animated WebP on a `side` square canvas with `frames` (empty) frames. */
function longWebp(side: number, frames: number): Buffer {
	const chunk = (type: string, data: Buffer) =>
		Buffer.concat([Buffer.from(type, 'latin1'), Buffer.from(new Uint32Array([data.length]).buffer), data]);
	const vp8x = chunk('VP8X', Buffer.concat([Buffer.from([0x02, 0, 0, 0]), u24le(side - 1), u24le(side - 1)]));
	const body = Buffer.concat([
		Buffer.from('WEBP', 'latin1'),
		vp8x,
		chunk('ANIM', Buffer.alloc(6)),
		...Array<Buffer>(frames).fill(chunk('ANMF', Buffer.alloc(16))),
	]);
	return Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.from(new Uint32Array([body.length]).buffer), body]);
}

/** An APNG whose header says `side` square and whose `acTL` declares `frames` frames. */
function longApng(side: number, frames: number): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(side, 0);
	header.writeUInt32BE(side, 4);
	header.set([8, 6, 0, 0, 0], 8);
	const control = Buffer.alloc(8);
	control.writeUInt32BE(frames, 0);
	return Buffer.concat([
		png.subarray(0, 8),
		chunk('IHDR', header),
		chunk('acTL', control),
		chunk('IDAT', Buffer.alloc(16)),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

beforeAll(async () => {
	base = mkdtempSync(join(tmpdir(), 'image-address-'));
	const root = join(base, 'content');
	const articles = join(root, 'articles');
	mkdirSync(join(articles, 'images'), { recursive: true });
	mkdirSync(join(root, 'shared'));
	mkdirSync(join(articles, 'folder.png'));
	execFileSync('mkfifo', [join(articles, 'pipe.png')]);
	const image = () => sharp({ create: { width: 4, height: 3, channels: 3, background: '#336699' } });
	png = await image().png().toBuffer();
	writeFileSync(join(articles, 'photo.png'), png);
	writeFileSync(join(articles, 'PHOTO.PNG'), png);
	const jpeg = await image().jpeg().toBuffer();
	writeFileSync(join(articles, 'images', 'photo.jpg'), jpeg);
	// Metadata segments (APP15, 64 KB each) filling the first 640 KB before the frame header.
	const segment = Buffer.concat([Buffer.from([0xff, 0xef, 0xff, 0xff]), Buffer.alloc(0xffff - 2, 0x20)]);
	writeFileSync(
		join(articles, 'metadata.jpg'),
		Buffer.concat([jpeg.subarray(0, 2), ...Array<Buffer>(10).fill(segment), jpeg.subarray(2)]),
	);
	writeFileSync(join(articles, 'photo.webp'), await image().webp().toBuffer());
	const avif = await image().avif().toBuffer();
	writeFileSync(join(articles, 'photo.avif'), avif);
	// The general HEIF brand first, `avif` among the compatible ones, as some encoders write it.
	writeFileSync(
		join(articles, 'heif-brand.avif'),
		Buffer.concat([avif.subarray(0, 8), Buffer.from('mif1', 'latin1'), avif.subarray(12)]),
	);
	writeFileSync(join(articles, 'photo-avif.png'), avif);
	writeFileSync(join(articles, 'photo.gif'), await image().gif().toBuffer());
	// Animations: every frame is decoded, so every frame counts against the budget.
	const frames = await Promise.all(
		['#336699', '#993366', '#669933'].map((c) =>
			sharp({ create: { width: 64, height: 64, channels: 4, background: c } })
				.png()
				.toBuffer(),
		),
	);
	writeFileSync(
		join(articles, 'short.gif'),
		await sharp(frames, { join: { animated: true } })
			.gif()
			.toBuffer(),
	);
	writeFileSync(
		join(articles, 'short.webp'),
		await sharp(frames, { join: { animated: true } })
			.webp()
			.toBuffer(),
	);
	writeFileSync(join(articles, 'long.gif'), longGif(2000, 13));
	writeFileSync(join(articles, 'wide.gif'), longGif(10, 1, 16000));
	writeFileSync(join(articles, 'many.webp'), longWebp(1, 1001));
	writeFileSync(join(articles, 'many.gif'), longGif(1, 1001));
	writeFileSync(join(articles, 'long.webp'), longWebp(2000, 13));
	writeFileSync(join(articles, 'long.png'), longApng(2000, 13));
	writeFileSync(join(root, 'shared', 'map.png'), png);
	writeFileSync(join(articles, 'my photo.png'), png);
	// What a hostile or careless author might leave beside an article.
	writeFileSync(join(articles, 'chart.js'), 'require("node:fs").writeFileSync("/tmp/pwned", "x");\n');
	writeFileSync(join(articles, 'chart.PNG.js'), 'export default 1;\n');
	writeFileSync(join(articles, 'map.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
	writeFileSync(join(articles, 'page.png'), '<!doctype html><html><body><script>alert(1)</script></body></html>');
	writeFileSync(join(articles, 'script.png'), 'console.log(process.env)\n');
	writeFileSync(join(articles, 'photo-really.png'), await image().jpeg().toBuffer());
	writeFileSync(join(articles, 'empty.png'), '');
	const corrupt = Buffer.from(png);
	corrupt.writeUInt8(corrupt.readUInt8(corrupt.length - 20) ^ 0xff, corrupt.length - 20);
	writeFileSync(join(articles, 'corrupt.png'), corrupt);
	writeFileSync(join(articles, 'truncated.png'), png.subarray(0, png.length - 16));
	writeFileSync(join(articles, 'appended.png'), Buffer.concat([png, Buffer.from('<script>alert(1)</script>')]));
	const header = Buffer.alloc(13);
	header.writeUInt32BE(20000, 0);
	header.writeUInt32BE(20000, 4);
	header.set([8, 6, 0, 0, 0], 8);
	writeFileSync(
		join(articles, 'huge.png'),
		Buffer.concat([
			png.subarray(0, 8),
			chunk('IHDR', header),
			chunk('IDAT', Buffer.alloc(16)),
			chunk('IEND', Buffer.alloc(0)),
		]),
	);
	// Outside the content folder, and links to it.
	writeFileSync(join(base, 'secret.png'), png);
	writeFileSync(join(base, 'secret.txt'), 'TOKEN=hunter2\n');
	symlinkSync(join(base, 'secret.png'), join(articles, 'linked-out.png'));
	symlinkSync(base, join(articles, 'outside'));
	symlinkSync(join(root, 'shared', 'map.png'), join(articles, 'linked-in.png'));
	context = { article: join(articles, 'article.mdx'), root };
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const check = (url: string) => checkImageAddress(url, context);
const rule = (url: string) => {
	const result = check(url);
	return result.ok ? 'ok' : result.ruleId;
};

describe('image addresses', () => {
	it('accepts a relative path to a raster image of the format its name says, in the content folder', () => {
		for (const url of [
			'./photo.png',
			'./images/photo.jpg',
			'./photo.webp',
			'./photo.avif',
			'./photo.gif',
			'../shared/map.png',
			'./PHOTO.PNG',
			'./my%20photo.png',
			'./my photo.png',
			'./linked-in.png',
			'./metadata.jpg',
			'./short.gif',
			'./short.webp',
			'./heif-brand.avif',
		]) {
			expect([url, rule(url)]).toEqual([url, 'ok']);
		}
		expect(check('./photo.png')).toMatchObject({ ok: true, width: 4, height: 3 });
	});

	it.each([
		['a script beside the article', './chart.js', 'image-format', /`\.js` is not a raster image format/],
		['a script with an image name before its extension', './chart.PNG.js', 'image-format', /`\.js` is not/],
		['a bare specifier (a package)', 'fs', 'image-address', /bare name is looked up as a package.*write `\.\/fs`/],
		['a bare file name', 'photo.png', 'image-address', /write `\.\/photo\.png`/],
		['a project module', '../../src/server/serve.ts', 'image-format', /`\.ts` is not/],
		['`?raw` of the environment', '../../../../../../proc/self/environ?raw', 'image-address', /query/],
		['`?url`', './photo.png?url', 'image-address', /query/],
		['`?raw` on an image', './photo.png?raw', 'image-address', /query/],
		['an empty fragment', './photo.png#', 'image-address', /fragment/],
		['a fragment', './photo.png#x', 'image-address', /fragment/],
		['an absolute path', '/etc/hostname.png', 'image-address', /absolute path/],
		['a file: URL', 'file:///etc/passwd', 'image-address', /scheme/],
		['a data: URL', 'data:image/png;base64,iVBORw0KGgo=', 'image-address', /scheme/],
		['a Windows path', '..\\..\\secret.png', 'image-address', /backslash/],
		['a Windows drive', 'C:/secret.png', 'image-address', /scheme.*drive/],
		['a NUL byte', './photo.png\u0000.js', 'image-address', /control character/],
		['an encoded NUL byte', './photo.png%00.js', 'image-address', /control character/],
		['a malformed %-escape', './photo%zz.png', 'image-address', /`%` that does not start a valid escape/],
		['a lone %', './100%.png', 'image-address', /`%`/],
		['an encoded slash', '.%2F..%2Fsecret.png', 'image-address', /encoded/],
		['an encoded `?`', './photo.png%3Fraw', 'image-address', /encoded/],
		[
			'encoded dots that climb out',
			'./%2e%2e/%2e%2e/secret.png',
			'image-outside-content',
			/outside the content folder/,
		],
		['`../` out of the content folder', '../../secret.png', 'image-outside-content', /outside the content folder/],
		[
			'`../` out of the content folder to a file that is not there',
			'../../../nowhere.png',
			'image-outside-content',
			/outside/,
		],
		['a symbolic link to an image outside', './linked-out.png', 'image-outside-content', /through a symbolic link/],
		['a symbolic link to a folder outside', './outside/secret.png', 'image-outside-content', /through a symbolic link/],
		['a missing file', './nope.png', 'image-missing', /no file `articles\/nope\.png` in the content folder/],
		['a folder', './folder.png', 'image-missing', /`articles\/folder\.png` is not a file/],
		['a named pipe (reading it would block the build)', './pipe.png', 'image-missing', /is not a file/],
		['a trailing slash', './photo.png/', 'image-address', /ends with `\/`/],
		['an SVG', './map.svg', 'image-format', /SVG .*can carry scripts.*publishes no SVG.*\.png/],
		[
			'an HTML page named .png',
			'./page.png',
			'image-format',
			/the file is a text file, HTML or XML, not the PNG image its name says/,
		],
		['a script named .png', './script.png', 'image-format', /is a text file, not the PNG image/],
		['a JPEG named .png', './photo-really.png', 'image-format', /is a JPEG image, not the PNG image its name says/],
		['an empty file', './empty.png', 'image-format', /empty file/],
		['an AVIF named .png', './photo-avif.png', 'image-format', /is an AVIF image, not the PNG image its name says/],
		[
			'a PNG with a damaged chunk',
			'./corrupt.png',
			'image-format',
			/damaged PNG \(the checksum of its `IDAT` chunk does not match\)/,
		],
		['a truncated PNG', './truncated.png', 'image-format', /damaged PNG \(it is cut short\)/],
		['a PNG with a script after its end', './appended.png', 'image-format', /data after its end/],
		[
			'a PNG whose header claims 20000 × 20000 pixels',
			'./huge.png',
			'image-too-large',
			/20000 × 20000 pixels, over the 50 megapixels/,
		],
		[
			'a GIF of 13 frames of 2000 × 2000',
			'./long.gif',
			'image-too-large',
			/2000 × 2000 pixels in 13 frames \(52 megapixels in all\)/,
		],
		[
			'a GIF whose header says 10 × 10, holding a frame of 16000 × 16000',
			'./wide.gif',
			'image-too-large',
			/16000 × 16000 pixels once its frames are drawn \(its header says 10 × 10\), over the 50 megapixels/,
		],
		[
			'a WebP of 1,001 frames of one pixel',
			'./many.webp',
			'image-too-large',
			/an animation of 1,001 frames, over the 1,000/,
		],
		[
			'a GIF of 1,001 frames of one pixel',
			'./many.gif',
			'image-too-large',
			/an animation of 1,001 frames, over the 1,000/,
		],
		['a WebP of 13 frames of 2000 × 2000', './long.webp', 'image-too-large', /2000 × 2000 pixels in 13 frames/],
		['an APNG of 13 frames of 2000 × 2000', './long.png', 'image-too-large', /2000 × 2000 pixels in 13 frames/],
		['an empty address', '', 'image-address', /empty/],
		['a leading space', ' ./photo.png', 'image-address', /space/],
		['a remote image', 'https://example.org/a.png', 'remote-image', /download it/],
		['a protocol-relative image', '//example.org/a.png', 'remote-image', /download it/],
	])('refuses %s', (_name, url, ruleId, reason) => {
		const result = check(url);
		expect(result).toMatchObject({ ok: false, ruleId });
		expect(result.ok ? '' : result.reason).toMatch(reason);
		// Every refusal says what would be valid.
		if (ruleId !== 'remote-image' && !url.endsWith('.svg')) expect(result.ok ? '' : result.reason).toMatch(/expected/);
	});

	it('never quotes a file, or names a path outside the content folder, in its message', () => {
		for (const url of [
			'./linked-out.png',
			'./outside/secret.txt',
			'../../secret.txt',
			'../../../../../../proc/self/environ?raw',
			'./page.png',
			'./script.png',
		]) {
			const result = check(url);
			const reason = result.ok ? '' : result.reason;
			expect(reason).not.toContain(base);
			expect(reason).not.toContain('hunter2');
			expect(reason).not.toMatch(/<script|process\.env|alert/);
		}
	});

	it('counts the frames of real animations as sharp does', async () => {
		for (const name of ['short.gif', 'short.webp']) {
			const bytes = readFileSync(join(context.root, 'articles', name));
			expect([name, frameCount(bytes, name.split('.')[1]!)]).toEqual([name, 3]);
			expect((await sharp(bytes).metadata()).pages).toBe(3);
		}
		expect(frameCount(png, 'png')).toBe(1);
	});

	it('measures a GIF by how far its frames reach, as sharp decodes it', async () => {
		const gif = longGif(10, 2, 300);
		expect(canvasOf(gif, 'gif', 10, 10)).toEqual({ width: 300, height: 300 });
		const { width, height } = await sharp(gif).metadata();
		expect({ width, height }).toEqual({ width: 300, height: 300 });
	});

	it('refuses every local image in a text that is part of a record', () => {
		expect(checkImageAddress('./photo.png', { article: undefined, root: context.root })).toMatchObject({
			ok: false,
			ruleId: 'image-address',
		});
		// An author's bio is rendered without images; one written there fails at its place in the YAML.
		const root = contentDir({
			'authors/ruth.yaml':
				'name: "Ruth"\nrole: "Editor"\nbio: "She edits the desk [!note]. ![Her portrait](../authors-portrait.png)"\n',
		});
		writeFileSync(join(root, 'authors-portrait.png'), png);
		const { diagnostics } = loadAuthors(join(root, 'authors'), loadSources(join(root, 'sources')));
		expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['3:35 image-address']);
		expect(diagnostics[0]!.reason).toMatch(/expected images only in articles/);
		rmSync(root, { recursive: true, force: true });
	});

	it('sees an image replaced since it was last checked, even by one of the same size (dev, a second build)', () => {
		const file = join(context.root, 'articles', 'replaced.png');
		writeFileSync(file, png);
		expect(rule('./replaced.png')).toBe('ok');
		// The same bytes but one, as a damaged copy would be: the PNG's checksum no longer holds.
		const damaged = Buffer.from(png);
		damaged[damaged.length - 20]! ^= 0xff;
		writeFileSync(file, damaged);
		expect(rule('./replaced.png')).toBe('image-format');
		writeFileSync(file, png);
		expect(rule('./replaced.png')).toBe('ok');
	});

	it('shows control characters in the address instead of printing them', () => {
		const result = check('./a\u001b[31mred.png');
		expect(result.ok ? '' : result.reason).toContain('\\u001b');
		expect(readFileSync(join(context.root, 'articles', 'chart.js'), 'utf8')).toContain('pwned');
	});
});
