/**
 * The one static server for the built site: `npm start`, `npm run preview`,
 * the tests, the benchmarks and `astro dev`'s search index all go through
 * it, so they see what a static host would serve.
 *
 * Files come from sirv, which maps the folder once at start-up (nothing
 * outside it can be named, whatever the URL) and survives malformed
 * escapes; compression gzips as hosts do. Around them this module adds
 * what a host adds: GET and HEAD only, `/dir` → `/dir/` with the query
 * kept, the site's 404 page, the headers in the build's `_headers`, and
 * Range requests answered as RFC 9110 asks (`range.ts`).
 *
 * `astro preview` is not used: on Astro 7.3.5 it serves `_headers`, dotfiles
 * (`.env`) and the target of a link in `dist/` (`/etc/passwd`), sends none
 * of the `_headers` rules, and answers an escaped `..` with a 500.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, relative, resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { withBase } from '../site-base.ts';
import { underBase } from './base-path.ts';
import { unsafeLinks, linksUnder } from '../security/symlinks.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file.ts';
import { BuildFollower } from './build-snapshots.ts';
import { answerRange } from './range.ts';
import { fileFor, isBlockedPath, isSafeRequest } from './servable.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/** Sent when the build has no `_headers` rule for a path; hosts do much the same. */
const DEFAULT_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'cache-control': 'public, max-age=0, must-revalidate',
};

export interface SiteHandlerOptions {
	/**
	 * Re-read files on each request instead of mapping the folder once.
	 * For `astro dev`, whose index a rebuild replaces.
	 */
	live?: boolean;
	/** The path the site was built for (`SITE_BASE`); its files answer under it. */
	base?: string;
	/** Where start-up problems go (links not served); default `console.warn`. */
	warn?: (message: string) => void;
}

/** A request handler (and connect middleware) serving the site in `dir`. */
export function siteHandler(
	dir: string,
	{ live = false, base = '/', warn = console.warn }: SiteHandlerOptions = {},
): Handler {
	const root = resolve(dir);
	// `astro dev` serves its index folder before the first build has made it.
	let realRoot = existsSync(root) ? realpathSync(root) : undefined;
	const rules = readRules(root);
	const links = linksUnder(root);
	for (const { link, problem } of unsafeLinks(links, root, 'the built folder'))
		warn(`${relative(process.cwd(), link.path)}: not served: ${problem}`);
	// sirv's start-up map follows links (a dangling one throws, one to `/` walks the disk):
	// with any link in the folder, look files up per request instead.
	const files = sirv(root, { dev: live || links.length > 0, etag: true, dotfiles: false, extensions: ['html'] });
	const gzip = compression({ threshold: 512 });
	const notFound = join(root, '404.html');

	return underBase((req, res, next) => {
		try {
			const { pathname, search } = splitUrl(req.url);
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res
					.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
					.end('Method not allowed\n');
				return;
			}
			// Netlify and Cloudflare read `_headers` and never serve it; nor hidden files, nor links out.
			realRoot ??= existsSync(root) ? realpathSync(root) : undefined;
			if (isBlockedPath(pathname) || !realRoot || !isSafeRequest(root, realRoot, pathname)) return send404();
			// One URL per page: the trailing-slash form, with the query kept.
			if (
				!pathname.endsWith('/') &&
				!/\.[a-z0-9]+$/i.test(pathname) &&
				existsSync(join(root, safeJoin(pathname), 'index.html'))
			) {
				res.writeHead(301, { location: `${base}${pathname.replace(/^\/+/, '')}/${search}` }).end();
				return;
			}
			applyHeaders(res, rules, withBase(pathname, base));
			if (answerRange(req, res, fileFor(root, pathname))) return;
			gzip(req as never, res as never, () => files(req, res, () => (next ? next() : send404())));
		} catch {
			if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('Bad request\n');
		}

		function send404(): void {
			applyHeaders(res, rules, withBase('/404.html', base));
			const body = existsSync(notFound) ? readFileSync(notFound) : Buffer.from('Not found\n');
			res.writeHead(404, {
				'content-type': existsSync(notFound) ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
				'content-length': body.length,
			});
			res.end(req.method === 'HEAD' ? undefined : body);
		}
	}, base);
}

/** The path and query of a request target, tolerating anything a client sends. */
function splitUrl(url = '/'): { pathname: string; search: string } {
	const q = url.indexOf('?');
	const pathname = q === -1 ? url : url.slice(0, q);
	return { pathname: pathname.startsWith('/') ? pathname : `/${pathname}`, search: q === -1 ? '' : url.slice(q) };
}

/** A path made safe to test for existence: decoded where possible, no `..` segments. */
function safeJoin(pathname: string): string {
	let decoded = pathname;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {}
	return decoded
		.split(/[\\/]+/)
		.filter((s) => s !== '' && s !== '.' && s !== '..')
		.join('/');
}

function readRules(root: string): HeaderRule[] {
	const file = join(root, '_headers');
	return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

function applyHeaders(res: ServerResponse, rules: readonly HeaderRule[], pathname: string): void {
	const headers = new Map(Object.entries(DEFAULT_HEADERS));
	for (const [name, value] of headersFor(rules, pathname)) headers.set(name, value);
	for (const [name, value] of headers) res.setHeader(name, value);
}

export interface RunningServer {
	url: string;
	/** With `followBuilds`: says `build` when a newly finished build is served. */
	builds?: BuildFollower;
	close(): Promise<void>;
}

export interface ServeOptions {
	port?: number;
	host?: string;
	base?: string;
	warn?: (message: string) => void;
	/**
	 * Serve each finished build of `dir` from a copy of its own, taken when
	 * the build's stamp appears (`build-snapshots.ts`): for `npm run preview`,
	 * which may run while `npm run build` writes `dir`.
	 */
	followBuilds?: boolean;
}

/** Serve `dir` on `host:port` (port 0 picks a free one). */
export async function serveSite(
	dir: string,
	{ port = 0, host = '127.0.0.1', base = '/', warn, followBuilds = false }: ServeOptions = {},
): Promise<RunningServer> {
	const options = warn ? { base, warn } : { base };
	let builds: BuildFollower | undefined;
	if (followBuilds) {
		builds = new BuildFollower(dir, (copy) => siteHandler(copy, options));
		await builds.refresh();
	}
	const server = createServer(builds ? builds.handle : siteHandler(dir, options));
	// A malformed request line must not take the server down.
	server.on('clientError', (_error, socket) => socket.destroy());
	return new Promise((done, fail) => {
		server.once('error', (error) => {
			builds?.close();
			fail(error);
		});
		server.listen(port, host, () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			done({
				url: `http://${host}:${actual}${base.slice(0, -1)}`,
				...(builds ? { builds } : {}),
				close: () =>
					new Promise((closed) => {
						server.closeAllConnections();
						server.close(() => {
							builds?.close();
							closed();
						});
					}),
			});
		});
	});
}
