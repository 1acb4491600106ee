/**
 * Serving a site built for a sub-path (`SITE_BASE=/explainers/`) as its
 * host would: the files in `dist/` answer under the base, the bare base
 * without its slash redirects to it, and anything outside it is a 404.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

export function underBase(handler: Handler, base: string): Handler {
	if (base === '/') return handler;
	const bare = base.slice(0, -1);
	return (req, res, next) => {
		const url = req.url ?? '/';
		if (url === bare || url.startsWith(`${bare}?`)) {
			res.writeHead(301, { location: `${base}${url.slice(bare.length)}` }).end();
			return;
		}
		if (!url.startsWith(base)) {
			// The site's own 404 page, from inside the base.
			req.url = '/404.html-not-found';
			return handler(req, res, next);
		}
		req.url = `/${url.slice(base.length)}`;
		handler(req, res, next);
	};
}
