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

/** GIF: image descriptors (`,`) between extension blocks (`!`), each followed by its data sub-blocks. */
function gifFrames(bytes: Buffer): number {
	if (bytes.length < 13) return 1;
	const packed = bytes[10]!;
	let offset = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
	let frames = 0;
	const skipSubBlocks = () => {
		while (offset < bytes.length && bytes[offset] !== 0) offset += bytes[offset]! + 1;
		offset += 1;
	};
	while (offset < bytes.length) {
		const introducer = bytes[offset]!;
		if (introducer === 0x2c) {
			if (offset + 10 > bytes.length) break;
			const local = bytes[offset + 9]!;
			offset += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0) + 1;
			skipSubBlocks();
			frames += 1;
		} else if (introducer === 0x21) {
			offset += 2;
			skipSubBlocks();
		} else break;
	}
	return frames;
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
