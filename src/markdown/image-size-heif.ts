/**
 * An AVIF's (HEIF's) size for the pixel budget: the largest width and the
 * largest height any image spatial extent (`ispe`) property gives. The
 * decoder allocates the coded size an `ispe` states; a clean aperture
 * (`clap`) or rotation (`irot`) only changes what is shown afterwards, and
 * a reader that applies one not associated with the image (image-size
 * subtracts any `clap` it meets from the width) reports a fraction of what
 * is decoded. Taking the largest of every extent, primary image or not, can
 * only overstate the cost.
 */

/** A box: where its contents start and end, and its four-letter type. */
type Box = { type: string; start: number; end: number };

/**
 * The largest `ispe` width and height in the first `meta` box's item
 * properties (`meta` › `iprp` › `ipco`; decoders read only the first
 * `meta`), or nothing when these bytes hold none, or a box runs past their
 * end (the caller may then read the whole file and ask again) or past its
 * parent's.
 */
export function heifSize(bytes: Uint8Array): { width: number; height: number } | undefined {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const meta = firstMeta(view);
	// `meta` is a full box: a version and flags before its children.
	const properties = meta && children(view, { ...meta, start: meta.start + 4 }, 'iprp');
	const containers = properties?.flatMap((iprp) => children(view, iprp, 'ipco') ?? [undefined]);
	const extents = containers?.flatMap((ipco) => (ipco && children(view, ipco, 'ispe')) ?? [undefined]);
	if (!extents?.length || extents.includes(undefined)) return undefined;
	let width = 0;
	let height = 0;
	for (const ispe of extents as Box[]) {
		// A full box too: version and flags, then the width and the height.
		if (ispe.start + 12 > ispe.end) return undefined;
		width = Math.max(width, view.getUint32(ispe.start + 4));
		height = Math.max(height, view.getUint32(ispe.start + 8));
	}
	return { width, height };
}

/** The first top-level `meta` box, walking the boxes before it (the media data may follow it, beyond a partial read). */
function firstMeta(view: DataView): Box | undefined {
	let offset = 0;
	while (offset < view.byteLength) {
		const box = boxAt(view, offset, view.byteLength);
		if (!box) return undefined;
		if (box.type === 'meta') return box;
		offset = box.end;
	}
	return undefined;
}

/** The children of `parent` of one type, or nothing when one of its children does not fit in it. */
function children(view: DataView, parent: Box, type: string): Box[] | undefined {
	const found: Box[] = [];
	let offset = parent.start;
	while (offset < parent.end) {
		const box = boxAt(view, offset, parent.end);
		if (!box) return undefined;
		if (box.type === type) found.push(box);
		offset = box.end;
	}
	return found;
}

/**
 * The box at `offset`, if it fits before `end`. A size of one means a
 * 64-bit size follows the type; zero, that the box runs to the end of
 * its parent.
 */
function boxAt(view: DataView, offset: number, end: number): Box | undefined {
	if (offset + 8 > end) return undefined;
	let size = view.getUint32(offset);
	let header = 8;
	if (size === 1) {
		if (offset + 16 > end) return undefined;
		size = Number(view.getBigUint64(offset + 8));
		header = 16;
	} else if (size === 0) size = end - offset;
	if (size < header || offset + size > end) return undefined;
	const type = String.fromCharCode(
		view.getUint8(offset + 4),
		view.getUint8(offset + 5),
		view.getUint8(offset + 6),
		view.getUint8(offset + 7),
	);
	return { type, start: offset + header, end: offset + size };
}
