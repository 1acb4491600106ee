/**
 * What an image address an author writes (`![alt](x)`, a reference's
 * definition, `<Figure src="x">`) may name. MDX turns a local image into an
 * `import` of the address as written, and the bundler runs or reads
 * whatever that names: a script beside the article, a module, `?raw` of a
 * file anywhere on the machine. So every address is resolved here, before
 * MDX compiles the article, and only one shape passes: a relative path,
 * with no query or fragment, to a regular file whose real path (symbolic
 * links followed) is inside the content folder, named with a raster
 * extension and holding an image of that format (`image-file.ts`).
 * Anything else is refused with the reason, and the adapter removes the
 * node, so no import is ever made for it.
 */
import { realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { RuleId } from '../diagnostics/rules.ts';
import { checkImageFile, RASTER_FORMATS, type RasterExtension } from './image-file.ts';
import { BUNDLER_MARKER } from '../text/bundler-markers.ts';

/** Where an article's image addresses are resolved from, and the folder they must stay in. */
export interface ImageContext {
	/** The article's file; undefined for a text that is part of a record (then no local image is allowed). */
	article: string | undefined;
	/** The content folder (`src/content-paths.ts`). */
	root: string;
}

export type ImageAddress = { ok: true; file: string; width: number; height: number } | Refusal;

type Refusal = { ok: false; ruleId: RuleId; reason: string };

const VALID =
	'expected the path of an image file in the content folder, relative to the article, ' +
	'such as `./images/photo.jpg` (jpg, jpeg, png, webp, avif or gif)';

/**
 * Characters no image address may hold once decoded: controls (NUL among
 * them), a backslash (a separator on Windows, an escape elsewhere), `?` and
 * `#` (a bundler query such as `?raw`, or a fragment), `%` (an escape left
 * encoded, such as `%2F`, that a later step might decode) and `:` (a scheme
 * such as `file:` or `data:`, or a Windows drive).
 */
const FORBIDDEN = /[\u0000-\u001f\u007f\\?#%:]/;

/** An address on another site (or protocol-relative): not ours to serve, and the page's CSP would block it. */
export function isRemoteImage(url: string): boolean {
	return /^(?:https?:)?\/\//i.test(url.trim());
}

/** Check `url`, as written, against `context`; on success, the real path of the image and its size. */
export function checkImageAddress(url: string, context: ImageContext): ImageAddress {
	const shown = quote(url);
	const written = pathOf(url, shown);
	if ('ok' in written) return written;
	const { path, extension } = written;
	if (context.article === undefined) {
		const reason = `Unexpected image ${shown} in a record, expected images only in articles (\`content/articles/\`): a description or bio is shown without them`;
		return { ok: false, ruleId: 'image-address', reason };
	}
	const refuse = refusal(shown);
	const root = real(resolve(context.root)) ?? resolve(context.root);
	const folder = real(dirname(resolve(context.article)));
	if (folder === undefined) return refuse('the article’s folder cannot be read', 'image-missing');
	const target = resolve(folder, path);
	if (!inside(root, target)) return refuse('it leads outside the content folder', 'image-outside-content');
	const file = real(target);
	if (file === undefined)
		return refuse(`there is no file \`${shownPath(root, target)}\` in the content folder`, 'image-missing');
	// Followed through a symbolic link, the same address may still lead out; the real path decides.
	if (!inside(root, file))
		return refuse('it leads outside the content folder through a symbolic link', 'image-outside-content');
	// A folder, or a pipe or device that reading would block on or never finish.
	if (!statSync(file).isFile())
		return refuse(`\`${shownPath(root, target)}\` is not a file (a folder?)`, 'image-missing');
	const checked = checkImageFile(file, extension);
	if (!checked.ok)
		return { ok: false, ruleId: checked.ruleId, reason: `Unexpected image ${shown}: the file ${checked.reason}` };
	return { ok: true, file, width: checked.width, height: checked.height };
}

/** `Unexpected image address …: why, expected …`, under `ruleId`. */
function refusal(shown: string) {
	return (why: string, ruleId: RuleId = 'image-address'): Refusal => ({
		ok: false,
		ruleId,
		reason: `Unexpected image address ${shown}: ${why}, ${VALID}`,
	});
}

/** The path an address names, decoded as Astro decodes it, if its spelling is one that may name an image. */
function pathOf(url: string, shown: string): { path: string; extension: RasterExtension } | Refusal {
	const refuse = refusal(shown);
	if (isRemoteImage(url)) {
		const reason = `Unexpected remote image ${shown}, expected a file next to the article (\`./photo.jpg\`): download it, and credit where it came from in \`<Figure credit="…">\``;
		return { ok: false, ruleId: 'remote-image', reason };
	}
	if (url === '') return refuse('it is empty');
	if (url.trim() !== url) return refuse('it starts or ends with a space');
	// Astro decodes the address (`decodeURI`) before it imports it; a broken escape makes it throw with no position.
	let path: string;
	try {
		path = decodeURI(url);
	} catch {
		return refuse('a `%` that does not start a valid escape (write a space as `%20`, or name the file without one)');
	}
	const bad = FORBIDDEN.exec(path);
	if (bad) return refuse(forbiddenWhy(bad[0]));
	// Decoded, the name is in the compiled module's import, and the bundle's text passes read it.
	if (BUNDLER_MARKER.test(path))
		return refuse(`its name holds text the bundler reads as code (\`%5F\` is \`_\`): rename the file`, 'bundler-text');
	if (path.startsWith('/')) return refuse('an absolute path names a file outside the article’s folder');
	if (!path.startsWith('./') && !path.startsWith('../'))
		return refuse(`a bare name is looked up as a package, not as a file: write \`./${path}\``);
	if (path.endsWith('/')) return refuse('it ends with `/`, as a folder does: name the file');
	const extension = extname(path).slice(1).toLowerCase();
	if (extension === 'svg') {
		const reason = `Unexpected SVG image ${shown}: an SVG can carry scripts, which would run on this site’s own address, so the site publishes no SVG; expected a raster copy of it (export it as \`.png\` or \`.webp\`)`;
		return { ok: false, ruleId: 'image-format', reason };
	}
	if (!Object.hasOwn(RASTER_FORMATS, extension)) {
		return {
			ok: false,
			ruleId: 'image-format',
			reason: `Unexpected image address ${shown}: ${extension ? `\`.${extension}\` is not` : 'a name without an extension is not'} a raster image format, ${VALID}`,
		};
	}
	return { path, extension: extension as RasterExtension };
}

function forbiddenWhy(char: string): string {
	switch (char) {
		case '?':
			return 'a query (`?…`) would make the bundler load the file as something else: name the file alone';
		case '#':
			return 'a fragment (`#…`) has no place in an image address: name the file alone';
		case '%':
			return 'an encoded `/`, `?`, `#` or `%` is not allowed in an image address';
		case ':':
			return 'a scheme (`file:`, `data:` …) or a drive letter is not a path in the content folder';
		case '\\':
			return 'a backslash is not a path separator here: write `/`';
		default:
			return 'it holds a control character';
	}
}

function real(path: string): string | undefined {
	try {
		return realpathSync(path);
	} catch {
		return undefined;
	}
}

function inside(root: string, path: string): boolean {
	const rel = relative(root, path);
	return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** A path inside the content folder as the author knows it: relative to that folder. */
function shownPath(root: string, path: string): string {
	return relative(root, path).split(sep).join('/');
}

/** The address as the message shows it: short, every control character visible. */
function quote(url: string): string {
	const short = url.length > 80 ? `${url.slice(0, 80)}…` : url;
	return `\`${short.replace(/[\u0000-\u001f\u007f`]/g, (c) => (c === '`' ? "'" : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}\``;
}
