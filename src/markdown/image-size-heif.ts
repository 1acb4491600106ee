/**
 * An AVIF's (HEIF's) size for the pixel budget: the largest width and the
 * largest height any image spatial extent (`ispe`) property gives. The
 * decoder allocates the coded size an `ispe` states; a clean aperture
 * (`clap`) or rotation (`irot`) only changes what is shown afterwards, and
 * a reader that applies one not associated with the image (image-size
 * subtracts any `clap` it meets from the width) reports a fraction of what
 * is decoded. Taking the largest of every extent, primary image or not, can
 * only overstate the cost.
 *
 * A `grid` item is drawn from other items (its tiles, `dimg` references in
 * `iref`) onto a canvas its own data gives (ImageGrid), whatever its `ispe`
 * says, and one tile may be referenced many times: 64 references to one
 * 2048 × 2048 tile in a 544-byte file decode 268 megapixels. A grid counts
 * both: its canvas in the size, and its tiles' decoded pixels in `pixels`.
 */

/** A box: where its contents start and end, and its four-letter type. */
type Box = { type: string; start: number; end: number };

/** A size, and for a file with a grid, the pixels its tiles decode to, when more than the size's. */
export type HeifSize = { width: number; height: number; pixels?: number };

/**
 * The largest `ispe` width and height in the first `meta` box's item
 * properties (`meta` › `iprp` › `ipco`; decoders read only the first
 * `meta`), or nothing when these bytes hold none, or a box runs past their
 * end (the caller may then read the whole file and ask again) or past its
 * parent's, or a grid's data or references cannot be read (`gridsIn`).
 */
export function heifSize(bytes: Uint8Array): HeifSize | undefined {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const found = firstMeta(view);
	// `meta` is a full box: a version and flags before its children.
	const meta = found && { ...found, start: found.start + 4 };
	const properties = meta && children(view, meta, 'iprp');
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
	const grids = gridsIn(view, meta!);
	if (!grids) return undefined;
	let pixels = 0;
	for (const grid of grids) {
		width = Math.max(width, grid.width);
		height = Math.max(height, grid.height);
		pixels = Math.max(pixels, grid.tiles * largestExtent(view, properties![0]!, grid.tileIds));
	}
	return pixels > width * height ? { width, height, pixels } : { width, height };
}

type Grid = { width: number; height: number; tiles: number; tileIds: Set<number> };

/**
 * Every `grid` item in `meta` (by its `infe` item type): the canvas its
 * data gives and its `dimg` references. Nothing when a grid's data cannot be
 * found or read: a decoder could not draw it either, and its cost is unknown.
 */
function gridsIn(view: DataView, meta: Box): Grid[] | undefined {
	const ids = gridIds(view, meta);
	if (!ids) return undefined;
	const grids: Grid[] = [];
	for (const id of ids) {
		const data = itemData(view, meta, id);
		// ImageGrid: version 0, flags (bit 0: 32-bit sizes), rows - 1, columns - 1, the output width and height.
		if (!data || data.length < 4 || data[0] !== 0) return undefined;
		const wide = (data[1]! & 1) === 1;
		if (data.length < (wide ? 12 : 8)) return undefined;
		const d = new DataView(data.buffer, data.byteOffset, data.byteLength);
		const size = (at: number) => (wide ? d.getUint32(4 + at * 4) : d.getUint16(4 + at * 2));
		const references = dimgOf(view, meta, id);
		if (!references) return undefined;
		grids.push({ width: size(0), height: size(1), tiles: references.length, tileIds: new Set(references) });
	}
	return grids;
}

/** The first (only) box of `type` in `parent`, skipping a full box's version and flags; nothing when missing or damaged. */
function fullBox(view: DataView, parent: Box, type: string): (Box & { version: number }) | undefined {
	const box = children(view, parent, type)?.[0];
	if (!box || box.start + 4 > box.end) return undefined;
	return { ...box, start: box.start + 4, version: view.getUint8(box.start) };
}

/** The ids of the items of type `grid` in `iinf` (`infe` version 2 has a 16-bit id, 3 a 32-bit one, both then a type). */
function gridIds(view: DataView, meta: Box): number[] | undefined {
	const iinf = fullBox(view, meta, 'iinf');
	if (!iinf) return children(view, meta, 'iinf') ? [] : undefined;
	const entries = children(view, { ...iinf, start: iinf.start + (iinf.version === 0 ? 2 : 4) }, 'infe');
	if (!entries) return undefined;
	const ids: number[] = [];
	for (const entry of entries) {
		if (entry.start + 4 > entry.end) return undefined;
		const version = view.getUint8(entry.start);
		if (version < 2) continue;
		const typeAt = entry.start + 4 + (version === 2 ? 4 : 6);
		if (typeAt + 4 > entry.end) return undefined;
		if (fourCc(view, typeAt) === 'grid')
			ids.push(version === 2 ? view.getUint16(entry.start + 4) : view.getUint32(entry.start + 4));
	}
	return ids;
}

/**
 * An item's data, by its `iloc` entry: at a file offset (construction method
 * 0) or in `idat` (1), its extents joined. Nothing when not found there, or
 * when it runs past the bytes or the `idat`.
 */
function itemData(view: DataView, meta: Box, id: number): Uint8Array | undefined {
	const iloc = fullBox(view, meta, 'iloc');
	if (!iloc || iloc.start + 4 > iloc.end) return undefined;
	const { version } = iloc;
	const sizes = view.getUint16(iloc.start);
	const [offsetSize, lengthSize, baseSize] = [sizes >> 12, (sizes >> 8) & 15, (sizes >> 4) & 15];
	const indexSize = version === 0 ? 0 : sizes & 15;
	let at = iloc.start + 2;
	const read = (n: number): number | undefined => {
		if (at + n > iloc.end || ![0, 2, 4, 8].includes(n)) return undefined;
		const value =
			n === 0 ? 0 : n === 2 ? view.getUint16(at) : n === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
		at += n;
		return value;
	};
	const count = read(version < 2 ? 2 : 4) ?? 0;
	for (let item = 0; item < count; item++) {
		const itemId = read(version < 2 ? 2 : 4);
		const method = version === 0 ? 0 : (read(2) ?? 0) & 15;
		read(2); // the data reference index: this file
		const base = read(baseSize);
		const extents = read(2);
		if (itemId === undefined || base === undefined || extents === undefined) return undefined;
		const parts: Uint8Array[] = [];
		for (let e = 0; e < extents; e++) {
			read(indexSize);
			const offset = read(offsetSize);
			const length = read(lengthSize);
			if (offset === undefined || length === undefined) return undefined;
			if (itemId !== id) continue;
			const part = dataAt(view, meta, method, base + offset, length);
			if (!part) return undefined;
			parts.push(part);
		}
		if (itemId === id) return Buffer.concat(parts);
	}
	return undefined;
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

/** The children of `parent` of one type (or all), or nothing when one of its children does not fit in it. */
function children(view: DataView, parent: Box, type?: string): Box[] | undefined {
	const found: Box[] = [];
	let offset = parent.start;
	while (offset < parent.end) {
		const box = boxAt(view, offset, parent.end);
		if (!box) return undefined;
		if (type === undefined || box.type === type) found.push(box);
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

/** `length` bytes at `offset` in the file (construction method 0) or in `idat` (1); a length of 0 (to the end) is not followed. */
function dataAt(view: DataView, meta: Box, method: number, offset: number, length: number): Uint8Array | undefined {
	const within =
		method === 0 ? { start: 0, end: view.byteLength } : method === 1 ? children(view, meta, 'idat')?.[0] : undefined;
	if (!within || length === 0 || within.start + offset + length > within.end) return undefined;
	return new Uint8Array(view.buffer, view.byteOffset + within.start + offset, length);
}

/** The items `id` names as its tiles (`dimg` references in `iref`, version 0 with 16-bit ids, 1 with 32-bit), one per reference. */
function dimgOf(view: DataView, meta: Box, id: number): number[] | undefined {
	const iref = fullBox(view, meta, 'iref');
	const references = iref && children(view, iref, 'dimg');
	if (!references) return undefined;
	const size = iref.version === 0 ? 2 : 4;
	const read = (at: number) => (size === 2 ? view.getUint16(at) : view.getUint32(at));
	const tiles: number[] = [];
	for (const box of references) {
		if (box.start + size + 2 > box.end) return undefined;
		const count = view.getUint16(box.start + size);
		if (box.start + size + 2 + count * size > box.end) return undefined;
		if (read(box.start) !== id) continue;
		for (let i = 0; i < count; i++) tiles.push(read(box.start + size + 2 + i * size));
	}
	return tiles;
}

/**
 * The largest area an `ispe` associated (`ipma`) with one of `ids` gives, or
 * the largest of any `ispe` when none is, so as only to overstate.
 */
function largestExtent(view: DataView, iprp: Box, ids: Set<number>): number {
	const properties = children(view, iprp, 'ipco')?.[0];
	const all = (properties && children(view, properties)) ?? [];
	const area = (box: Box | undefined) =>
		box?.type === 'ispe' && box.start + 12 <= box.end
			? view.getUint32(box.start + 4) * view.getUint32(box.start + 8)
			: 0;
	const anyLargest = Math.max(0, ...all.map(area));
	const ipma = fullBox(view, iprp, 'ipma');
	if (!ipma || ipma.start + 4 > ipma.end) return anyLargest;
	// Entries: an item id (16 bits, 32 in version 1 and up), a count, then each property's 1-based index (7 bits, 15 with flag 1).
	const wide = (view.getUint8(ipma.start - 1) & 1) === 1;
	let at = ipma.start + 4;
	let largest = 0;
	for (let entry = view.getUint32(ipma.start); entry > 0; entry--) {
		const idSize = ipma.version < 1 ? 2 : 4;
		if (at + idSize + 1 > ipma.end) return anyLargest;
		const item = idSize === 2 ? view.getUint16(at) : view.getUint32(at);
		const count = view.getUint8(at + idSize);
		at += idSize + 1;
		if (at + count * (wide ? 2 : 1) > ipma.end) return anyLargest;
		for (let i = 0; i < count; i++, at += wide ? 2 : 1) {
			const index = wide ? view.getUint16(at) & 0x7fff : view.getUint8(at) & 0x7f;
			if (ids.has(item)) largest = Math.max(largest, area(all[index - 1]));
		}
	}
	return largest || anyLargest;
}

function fourCc(view: DataView, at: number): string {
	return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}
