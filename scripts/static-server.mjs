// A minimal static file server for the built site: `npm start`, the tests
// and the benchmarks all serve dist/ through it, so they see the same thing.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

// Compressed as a static host would (Pagefind's own index files are already gzipped).
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|txt)$/;
const gzipped = new Map();

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
};

function fileFor(root, pathname) {
	const path = normalize(join(root, decodeURIComponent(pathname)));
	if (!path.startsWith(root)) return undefined;
	for (const candidate of [path, join(path, 'index.html')]) {
		try {
			if (statSync(candidate).isFile()) return candidate;
		} catch {}
	}
	return undefined;
}

/**
 * A request handler serving the files in `dir` (directory index, trailing-slash
 * redirect, gzip). Missing files go to `next` when given (as middleware),
 * otherwise to the site's 404 page.
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: () => void) => void}
 */
export function staticHandler(dir) {
	const root = resolve(dir);
	return (req, res, next) => {
		const { pathname } = new URL(req.url ?? '/', 'http://x');
		if (!pathname.endsWith('/') && !extname(pathname) && fileFor(root, pathname + '/')) {
			res.writeHead(301, { location: pathname + '/' }).end();
			return;
		}
		const file = fileFor(root, pathname);
		if (!file && next) return next();
		const status = file ? 200 : 404;
		const body = file ?? fileFor(root, '/404.html');
		const headers = {
			'content-type': TYPES[extname(body ?? '')] ?? 'application/octet-stream',
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'strict-origin-when-cross-origin',
		};
		if (body && COMPRESSIBLE.test(body) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
			const key = `${body}:${statSync(body).mtimeMs}`;
			let zipped = gzipped.get(key);
			if (!zipped) gzipped.set(key, (zipped = gzipSync(readFileSync(body))));
			res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': zipped.length, vary: 'accept-encoding' });
			return res.end(req.method === 'HEAD' ? undefined : zipped);
		}
		res.writeHead(status, headers);
		if (!body || req.method === 'HEAD') return res.end();
		createReadStream(body).pipe(res);
	};
}

/**
 * Serve `dir` on `host:port` (port 0 picks a free one).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveStatic(dir, { port = 0, host = '127.0.0.1' } = {}) {
	const server = createServer(staticHandler(dir));
	return new Promise((resolvePromise) => {
		server.listen(port, host, () => {
			const address = server.address();
			resolvePromise({
				url: `http://${host === '127.0.0.1' || host === 'localhost' ? host : '127.0.0.1'}:${address.port}`,
				close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
			});
		});
	});
}
