/**
 * Whether a WebP's pictures fit the canvas its extended header (`VP8X`)
 * gives, the size image-size reports and Astro writes into the page. A
 * decoder refuses a still picture whose bitstream (`VP8 `, `VP8L`) is of
 * another size, or an animation frame (`ANMF`) reaching past the canvas;
 * Astro would then publish the file unoptimised, at the header's size. A
 * simple WebP (no `VP8X`) has no canvas: image-size reads its bitstream.
 */

/** Why the WebP in `bytes` cannot be decoded at `width` × `height`, its `VP8X` canvas, if it cannot. */
export function webpDamage(bytes: Buffer, width: number, height: number): string | undefined {
	const chunks = chunksOf(bytes);
	if (chunks[0]?.type !== 'VP8X') return undefined;
	const animated = (bytes[chunks[0].start]! & 0x02) !== 0;
	if (animated) {
		for (const [i, frame] of chunks.filter((chunk) => chunk.type === 'ANMF').entries()) {
			// Its offset (halved), then its width and height less one, each 24 bits.
			if (frame.start + 12 > frame.end) return `its frame ${i + 1} is cut short`;
			const x = bytes.readUIntLE(frame.start, 3) * 2;
			const y = bytes.readUIntLE(frame.start + 3, 3) * 2;
			const w = bytes.readUIntLE(frame.start + 6, 3) + 1;
			const h = bytes.readUIntLE(frame.start + 9, 3) + 1;
			if (x + w > width || y + h > height)
				return `its frame ${i + 1}, ${w} × ${h} at ${x}, ${y}, goes past its ${width} × ${height} canvas`;
		}
		return undefined;
	}
	const picture = chunks.find((chunk) => chunk.type === 'VP8 ' || chunk.type === 'VP8L');
	const size = picture && bitstreamSize(bytes, picture);
	if (!size) return 'its picture cannot be read';
	if (size.width !== width || size.height !== height)
		return `its header says ${width} × ${height}, its picture ${size.width} × ${size.height}`;
	return undefined;
}

type Chunk = { type: string; start: number; end: number };

/** The RIFF chunks after `WEBP`, as far as they fit in the file (a chunk is padded to an even length). */
function chunksOf(bytes: Buffer): Chunk[] {
	const chunks: Chunk[] = [];
	let offset = 12;
	while (offset + 8 <= bytes.length) {
		const size = bytes.readUInt32LE(offset + 4);
		const end = offset + 8 + size;
		if (end > bytes.length) break;
		chunks.push({ type: bytes.toString('latin1', offset, offset + 4), start: offset + 8, end });
		offset = end + (size & 1);
	}
	return chunks;
}

/**
 * A lossy bitstream's size: after the three-byte frame tag, a key frame's
 * start code (9d 01 2a), then 14-bit width and height. A lossless one's:
 * its signature (0x2f), then the width and height less one, 14 bits each.
 */
function bitstreamSize(bytes: Buffer, chunk: Chunk): { width: number; height: number } | undefined {
	const { start, end } = chunk;
	if (chunk.type === 'VP8 ') {
		if (start + 10 > end || bytes.readUIntBE(start + 3, 3) !== 0x9d012a) return undefined;
		return { width: bytes.readUInt16LE(start + 6) & 0x3fff, height: bytes.readUInt16LE(start + 8) & 0x3fff };
	}
	if (start + 5 > end || bytes[start] !== 0x2f) return undefined;
	const bits = bytes.readUInt32LE(start + 1);
	return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
}
