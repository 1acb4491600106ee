/**
 * A JPEG's size as libjpeg reads it (sharp's decoder, and the browsers'):
 * the first frame header found by walking the markers from the start. A
 * header reader that steps differently (image-size does not skip the fill
 * bytes allowed before a marker) can land on a frame header planted inside
 * a metadata segment and report a small image while the decoder sees the
 * real, huge one. So this walk follows libjpeg's own marker reader, and
 * gives up, rather than guess, wherever libjpeg would stop with an error.
 */

/** Frame header markers (SOFn): every code from C0 to CF but DHT, JPG and DAC. */
const NOT_FRAMES: ReadonlySet<number> = new Set([0xc4, 0xc8, 0xcc]);

/** Markers with no segment after them: the restart markers and TEM. */
const STANDALONE = (code: number) => (code >= 0xd0 && code <= 0xd7) || code === 0x01;

/**
 * Markers libjpeg skips by their length before the frame header: DHT, DAC, DQT, DNL, DRI, APPn and COM.
 * Any other (a second SOI, EOI, JPG, DHP, EXP, JPGn, reserved codes) stops it with an error.
 */
const SEGMENT = (code: number) =>
	code === 0xc4 || code === 0xcc || (code >= 0xdb && code <= 0xdd) || (code >= 0xe0 && code <= 0xef) || code === 0xfe;

/**
 * The height and width the first frame header gives, or nothing when the
 * bytes hold none before the scan, or a segment runs past their end (the
 * caller may then read the whole file and ask again).
 */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | undefined {
	if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
	let offset = 2;
	for (;;) {
		const marker = nextMarker(bytes, offset);
		if (!marker) return undefined;
		const { code, at } = marker;
		if (STANDALONE(code)) {
			offset = at;
			continue;
		}
		const isFrame = code >= 0xc0 && code <= 0xcf && !NOT_FRAMES.has(code);
		if (!isFrame && !SEGMENT(code)) return undefined;
		if (at + 2 > bytes.length) return undefined;
		const length = (bytes[at]! << 8) | bytes[at + 1]!;
		// A length too short for its own two bytes: libjpeg reads some such segments as empty and fails on others.
		if (length < 2 || at + length > bytes.length) return undefined;
		if (isFrame) {
			if (length < 8) return undefined;
			return { height: (bytes[at + 3]! << 8) | bytes[at + 4]!, width: (bytes[at + 5]! << 8) | bytes[at + 6]! };
		}
		offset = at + length;
	}
}

/**
 * The next marker code at or after `offset`, and where its segment starts,
 * as libjpeg finds it: bytes other than 0xFF before a marker are skipped
 * (it warns and goes on), as are any number of 0xFF fill bytes, and an
 * 0xFF followed by a zero is stuffed data, not a marker.
 */
function nextMarker(bytes: Uint8Array, offset: number): { code: number; at: number } | undefined {
	let at = offset;
	for (;;) {
		while (at < bytes.length && bytes[at] !== 0xff) at += 1;
		while (at < bytes.length && bytes[at] === 0xff) at += 1;
		if (at >= bytes.length) return undefined;
		const code = bytes[at]!;
		at += 1;
		if (code !== 0) return { code, at };
	}
}
