/**
 * Checks the symbolic links in `public/` and `content/` before Astro
 * starts, so that nothing reads what a link outside them points at. The
 * records and every article's frontmatter are checked by the content
 * layer's loaders as they read them (`src/loaders/records.ts`,
 * `src/loaders/articles.ts`), as `file:line:column` instead of a schema
 * dump, and listed by the site index (`src/site-index/site.ts`) with those in
 * article bodies and what only the whole site shows, all at once.
 *
 * In `astro dev` the records and frontmatter are checked at the start and
 * after every change to a content file (`src/site-index/content-check.ts`, the
 * loaders' own checks: in dev the loaders reload files one by one and hand
 * no problems on); while one is broken, every page answers with the site
 * index's error, which lists them with the bodies' problems in one round,
 * and so does Astro's error overlay; once they are fixed, a tab left open
 * on the error reloads by itself. A problem only the site index finds (in a
 * body, a citation, the research notes) answers every page the same way. A change to a claim ledger drops the
 * compiled articles, which take their claims' ids from it. A page asked for while an article
 * is being added or deleted waits until Astro's content layer has taken the
 * change in (`patches/content-layer-sync.ts`).
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage } from 'node:http';
import { isRunnableDevEnvironment, type ViteDevServer } from 'vite';
import { ContentError, formatDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { checkContent, contentFolderProblems, currentContentCheck } from '../site-index/content-check.ts';
import { contentRoot } from '../content-paths.ts';
import { checkLinks } from '../security/symlink-check.ts';
import { fileURLToPath } from 'node:url';
import { contentLayerSync } from './patches/content-layer-sync.ts';
import { isArticle, isRecord } from '../markdown/article-plugins.ts';
import { forgetAuthors } from '../data/authors.ts';
import { forgetEntities } from '../data/entities.ts';
import { forgetSources } from '../data/sources.ts';
import { forgetResearch } from '../editorial/research-notes.ts';

export function contentCheck(): AstroIntegration {
	let root = new URL('file:///');
	let dotAstro = root;
	return {
		name: 'explainer:content-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				root = config.root;
				dotAstro = new URL('.astro/', config.root);
				const publicLinks = checkLinks([
					{ dir: fileURLToPath(config.publicDir), root: fileURLToPath(config.root), rootName: 'the project' },
				]);
				if (publicLinks.length === 0 && contentFolderProblems().length === 0) return;
				// The content's links and pipes with its other problems, all at once, as the loaders would list them.
				const found = [...publicLinks, ...checkContent().problems];
				const warnings = found.filter((d) => d.severity === 'warning');
				if (warnings.length > 0) logger.warn(`\n${formatDiagnostics(warnings)}`);
				throw new ContentError(found);
			},
			'astro:server:setup': ({ server }) => {
				server.watcher.add(contentRoot);
				const sync = contentLayerSync(fileURLToPath(root), fileURLToPath(dotAstro));
				// While a content file is broken, every page answers with its problems (500, Vite's
				// error page with Astro's overlay): a page built from the last good copy would hide them.
				// They are the site index's, which lists the bodies' problems with them, in one error.
				// Vite's client still loads, so the error page shows the overlay and reloads when the
				// `full-reload` below says the problem is fixed.
				// While an article is being added or deleted, a page waits for the content layer to take it in.
				server.middlewares.use((request, _response, next) => {
					if (forVite(request, server.config.base)) {
						sync.settled(server).then(() => next(), next);
						return;
					}
					// Asked on each request (read again only after a change), not kept from the watcher's
					// last event: a request may come before the event, and the page would answer first.
					const broken = contentErrors();
					if (broken.length > 0) {
						everyProblem(server, broken).then(next, next);
						return;
					}
					// A problem in a body, a citation or the research notes: the same error page, listing them, where
					// Astro's own error page for a page's error holds no message (only its overlay, over the socket, has it).
					sync
						.settled(server)
						.then(() => siteProblems(server))
						.then((error) => next(error), next);
				});
				const changed = (path: string, event?: 'add' | 'unlink') => {
					if (!path.startsWith(contentRoot)) return;
					if (event && isArticle(path) && path.endsWith('.mdx')) sync.changed(path, event === 'add');
					forgetContent();
					const broken = contentErrors();
					if (isRecord(path)) forgetCompiledArticles(server);
					if (broken.length > 0)
						void everyProblem(server, broken).then((error) =>
							server.ws.send({
								type: 'error',
								err: { message: error.message, stack: '', plugin: 'explainer:content-check' },
							}),
						);
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

/** The records' and the frontmatter's errors in the files as they are now. */
function contentErrors(): Diagnostic[] {
	return currentContentCheck().problems.filter((d) => d.severity === 'error');
}

/** The site index, as the dev server's pages load it. */
const SITE_INDEX = fileURLToPath(new URL('../site-index/site.ts', import.meta.url));

/**
 * The site index's error, which lists `broken` (the records' and frontmatter's errors, which it
 * reads too) with the bodies', the citations' and the research notes' problems, in one round; `broken`
 * alone if the index cannot be loaded. Its error comes from the server's own copy of our modules, so
 * it is known by its name.
 */
async function everyProblem(server: ViteDevServer, broken: Diagnostic[]): Promise<Error> {
	return (await siteProblems(server)) ?? new ContentError(broken);
}

/** The site index's error, if it has one (as `everyProblem`); undefined when the content has no problem. */
async function siteProblems(server: ViteDevServer): Promise<Error | undefined> {
	const ssr = server.environments.ssr;
	if (!ssr || !isRunnableDevEnvironment(ssr)) return undefined;
	try {
		const { getSite } = await ssr.runner.import<typeof import('../site-index/site.ts')>(SITE_INDEX);
		await getSite();
	} catch (error) {
		if (error instanceof Error && error.name === 'ContentError') return error;
	}
	return undefined;
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

/** Drop the records this process has read, so that they are read again after a change. */
function forgetContent(): void {
	forgetSources();
	forgetEntities();
	forgetAuthors();
	forgetResearch();
}
