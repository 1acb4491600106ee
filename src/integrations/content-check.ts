/**
 * Checks every source, entity and author record and every article's
 * frontmatter before Astro starts, so an author sees all of those
 * problems at once as `file:line:column` instead of a schema dump, and
 * learns which sources nothing cites.
 * Problems in article bodies are found by the claims plugins as MDX
 * compiles each article, and listed together once the pages have them
 * (`src/data/site.ts`).
 *
 * In `astro dev` the same checks run again after every change to a content
 * file, and their problems go to Astro's error overlay; once they are fixed,
 * a tab left open on the error reloads by itself. A compiled article
 * carries its sources' numbers, outlets and dates in its notes, so a change
 * to a source or an entity also drops the compiled articles: nothing shows
 * a citation card from before the change. A page asked for while an article
 * is being added or deleted waits until Astro's content layer has taken the
 * change in (`patches/content-layer-sync.ts`).
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage } from 'node:http';
import type { ViteDevServer } from 'vite';
import { ContentError, formatDiagnostics, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { checkArticles } from '../data/articles.ts';
import { missingContent } from '../data/content-files.ts';
import { loadEntities } from '../data/entities.ts';
import { loadAuthors } from '../data/authors.ts';
import { loadSources } from '../data/sources.ts';
import { articlesDir, authorsDir, contentRoot, entitiesDir, sourcesDir } from '../content-paths.ts';
import { checkLinks } from '../security/symlink-check.ts';
import { fileURLToPath } from 'node:url';
import { contentLayerSync } from './patches/content-layer-sync.ts';
import { forgetContent, isArticle, isRecord } from '../markdown/article-plugins.ts';

/** All problems in the content folder except article bodies. */
export function checkContent(): Diagnostic[] {
	const sources = loadSources(sourcesDir);
	const entities = loadEntities(entitiesDir, sources);
	const authors = loadAuthors(authorsDir, sources);
	return [
		...missingContent(contentRoot, articlesDir),
		...sources.diagnostics,
		...entities.diagnostics,
		...authors.diagnostics,
		...checkArticles(articlesDir, authors.authors),
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
				const found = [
					...checkLinks([
						{ dir: fileURLToPath(config.publicDir), root: fileURLToPath(config.root), rootName: 'the project' },
						{ dir: contentRoot, root: contentRoot, rootName: 'the content folder' },
					]),
					...checkContent(),
				];
				const warnings = found.filter((d) => d.severity === 'warning');
				if (warnings.length > 0) logger.warn(`\n${formatDiagnostics(warnings)}`);
				if (hasErrors(found)) throw new ContentError(found);
			},
			'astro:server:setup': ({ server }) => {
				server.watcher.add(contentRoot);
				const sync = contentLayerSync(fileURLToPath(root), fileURLToPath(dotAstro));
				// While a content file is broken, every page answers with its problems (500, Vite's
				// error page with Astro's overlay): a page built from the last good copy would hide them.
				// Vite's client still loads, so the error page shows the overlay and reloads when the
				// `full-reload` below says the problem is fixed.
				// While an article is being added or deleted, a page waits for the content layer to take it in.
				let broken: Diagnostic[] = [];
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
