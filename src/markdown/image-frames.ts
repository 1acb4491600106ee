/**
 * How many frames an animated image holds. Astro's image service decodes
 * every frame (sharp with `pages: -1`), so an animation costs its frame
 * size times its frames: a 1000 × 1000 GIF of 300 frames is 300 megapixels
 * to decode, though its header says 1000 × 1000. Only the container is
 * walked (chunk and block lengths), never the pixels. A file the walk
 * cannot follow counts the frames seen so far, at least one: whether it
 * decodes is for the format checks to say.
 */

/** Frames in an image of `type` (image-size's name for its format); 1 for formats that hold one. */
export function frameCount(bytes: Buffer, type: string): number {
	const count =
		type === 'gif' ? gifFrames(bytes) : type === 'webp' ? webpFrames(bytes) : type === 'png' ? apngFrames(bytes) : 1;
	return Math.max(1, count);
}

/**
 * The canvas a decoder paints an image's frames on: the header's size, or
 * for a GIF, as far as any frame reaches. A GIF's frame may lie outside the
 * logical screen its header gives, and the decoder grows the canvas to hold
 * it: a 10 × 10 GIF holding one 16000 × 16000 frame decodes 256 megapixels.
 */
export function canvasOf(
	bytes: Buffer,
	type: string,
	width: number,
	height: number,
): { width: number; height: number } {
	const canvas = { width, height };
	if (type !== 'gif') return canvas;
	gifDescriptors(bytes, (at) => {
		canvas.width = Math.max(canvas.width, bytes.readUInt16LE(at + 1) + bytes.readUInt16LE(at + 5));
		canvas.height = Math.max(canvas.height, bytes.readUInt16LE(at + 3) + bytes.readUInt16LE(at + 7));
	});
	return canvas;
}

function gifFrames(bytes: Buffer): number {
	let frames = 0;
	gifDescriptors(bytes, () => (frames += 1));
	return frames;
}

/**
 * GIF: calls `frame` with the offset of each image descriptor (`,`: left, top, width, height), found
 * between extension blocks (`!`), each followed by its data sub-blocks.
 */
function gifDescriptors(bytes: Buffer, frame: (at: number) => void): void {
	if (bytes.length < 13) return;
	const packed = bytes[10]!;
	let offset = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
	const skipSubBlocks = () => {
		while (offset < bytes.length && bytes[offset] !== 0) offset += bytes[offset]! + 1;
		offset += 1;
	};
	while (offset < bytes.length) {
		const introducer = bytes[offset]!;
		if (introducer === 0x2c) {
			if (offset + 10 > bytes.length) break;
			frame(offset);
			const local = bytes[offset + 9]!;
			offset += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0) + 1;
			skipSubBlocks();
		} else if (introducer === 0x21) {
			offset += 2;
			skipSubBlocks();
		} else break;
	}
}

/** WebP: `ANMF` chunks in the RIFF container, one a frame. */
function webpFrames(bytes: Buffer): number {
	let offset = 12;
	let frames = 0;
	while (offset + 8 <= bytes.length) {
		if (bytes.toString('latin1', offset, offset + 4) === 'ANMF') frames += 1;
		const size = bytes.readUInt32LE(offset + 4);
		offset += 8 + size + (size & 1);
	}
	return frames;
}

/** APNG: the frame count its `acTL` chunk declares (a plain PNG has none). */
function apngFrames(bytes: Buffer): number {
	let offset = 8;
	while (offset + 12 <= bytes.length) {
		const length = bytes.readUInt32BE(offset);
		const type = bytes.toString('latin1', offset + 4, offset + 8);
		if (type === 'acTL' && length >= 8 && offset + 12 <= bytes.length) return bytes.readUInt32BE(offset + 8);
		if (type === 'IDAT' || type === 'IEND') return 1;
		offset += 12 + length;
	}
	return 1;
}
