/**
 * Checks the symbolic links in `public/` and `content/` before Astro
 * starts, so that nothing reads what a link outside them points at. The
 * records and every article's frontmatter are checked by the content
 * layer's loaders as they read them (`src/loaders/records.ts`,
 * `src/loaders/articles.ts`), as `file:line:column` instead of a schema
 * dump, and listed by the site index (`src/data/site.ts`) with those in
 * article bodies and what only the whole site shows, all at once.
 *
 * In `astro dev` the records and frontmatter are checked at the start and
 * after every change to a content file (`checkContent`, the loaders' own
 * checks), and their problems go to Astro's error overlay; once they are
 * fixed, a tab left open on the error reloads by itself. A compiled article
 * carries its sources' numbers, outlets and dates in its notes, so a change
 * to a source or an entity also drops the compiled articles: nothing shows
 * a citation card from before the change. A page asked for while an article
 * is being added or deleted waits until Astro's content layer has taken the
 * change in (`patches/content-layer-sync.ts`).
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage } from 'node:http';
import type { ViteDevServer } from 'vite';
import { ContentError, formatDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { checkArticles } from '../data/articles.ts';
import { missingContent } from '../data/content-files.ts';
import { checkRecords } from '../data/records.ts';
import { articlesDir, contentRoot } from '../content-paths.ts';
import { checkLinks } from '../security/symlink-check.ts';
import { fileURLToPath } from 'node:url';
import { contentLayerSync } from './patches/content-layer-sync.ts';
import { forgetContent, isArticle, isRecord } from '../markdown/article-plugins.ts';

/**
 * All problems in the content folder except article bodies, read from disk: what the loaders
 * report, for the dev server after a change, and for a build stopped by a symbolic link.
 */
export function checkContent(): Diagnostic[] {
	const records = checkRecords();
	return [
		...missingContent(contentRoot, articlesDir),
		...records.diagnostics,
		...checkArticles(articlesDir, records.authors.authors),
	];
}

export function contentCheck(): AstroIntegration {
	let root = new URL('file:///');
	let dotAstro = root;
	return {
		name: 'explainer:content-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				root = config.root;
				dotAstro = new URL('.astro/', config.root);
				const links = checkLinks([
					{ dir: fileURLToPath(config.publicDir), root: fileURLToPath(config.root), rootName: 'the project' },
					{ dir: contentRoot, root: contentRoot, rootName: 'the content folder' },
				]);
				if (links.length === 0) return;
				// The content's other problems with them, all at once, as the loaders would have listed them.
				const found = [...links, ...checkContent()];
				const warnings = found.filter((d) => d.severity === 'warning');
				if (warnings.length > 0) logger.warn(`\n${formatDiagnostics(warnings)}`);
				throw new ContentError(found);
			},
			'astro:server:setup': ({ server }) => {
				server.watcher.add(contentRoot);
				const sync = contentLayerSync(fileURLToPath(root), fileURLToPath(dotAstro));
				// While a content file is broken, every page answers with its problems (500, Vite's
				// error page with Astro's overlay): a page built from the last good copy would hide them.
				// Vite's client still loads, so the error page shows the overlay and reloads when the
				// `full-reload` below says the problem is fixed.
				// While an article is being added or deleted, a page waits for the content layer to take it in.
				// The content layer hands its problems to the site index, which in dev lists only the bodies'.
				let broken = checkContent().filter((d) => d.severity === 'error');
				server.middlewares.use((request, _response, next) => {
					if (broken.length > 0 && !forVite(request, server.config.base)) return next(new ContentError(broken));
					sync.settled(server).then(() => next(), next);
				});
				const changed = (path: string, event?: 'add' | 'unlink') => {
					if (!path.startsWith(contentRoot)) return;
					if (event && isArticle(path) && path.endsWith('.mdx')) sync.changed(path, event === 'add');
					forgetContent();
					broken = checkContent().filter((d) => d.severity === 'error');
					if (isRecord(path)) forgetCompiledArticles(server);
					if (broken.length > 0)
						server.ws.send({
							type: 'error',
							err: { message: formatDiagnostics(broken), stack: '', plugin: 'explainer:content-check' },
						});
					else server.ws.send({ type: 'full-reload' });
				};
				server.watcher
					.on('change', (path) => changed(path))
					.on('add', (path) => changed(path, 'add'))
					.on('unlink', (path) => changed(path, 'unlink'));
			},
		},
	};
}

/**
 * A request for Vite's own paths (`/@vite/client`, `/@id/…`, `/@fs/…`,
 * `/node_modules/…`), not for a page. Vite's error page imports its client
 * from there, and without it shows no overlay and never learns that the
 * problem was fixed. A page, and the scripts and styles it loads from
 * `src/`, still answer with the problems.
 */
function forVite(request: IncomingMessage, base: string): boolean {
	const url = request.url ?? '/';
	const path = url.startsWith(base) ? `/${url.slice(base.length)}` : url;
	return path.startsWith('/@') || path.startsWith('/node_modules/');
}

/**
 * Every compiled article module, marked stale, and the server's module
 * runner told to drop what it ran: the next page load compiles the
 * articles against the current records.
 */
function forgetCompiledArticles(server: ViteDevServer): void {
	for (const environment of Object.values(server.environments)) {
		const graph = environment.moduleGraph;
		for (const module of graph.idToModuleMap.values())
			if (module.file && isArticle(module.file)) graph.invalidateModule(module);
		if (environment.name !== 'client') environment.hot.send({ type: 'full-reload' });
	}
}
