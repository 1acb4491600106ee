/**
 * Patch `content-layer-sync` (a workaround; `EXPLAINER_ACCELERATORS`, ./switch.ts:
 * off, the race below comes back).
 * In `astro dev`, Astro's content layer takes in an added or deleted
 * article in steps: its glob loader updates the store at once, then writes
 * the data store (`.astro/data-store.json`) and the list of compiled
 * modules (`.astro/content-modules.mjs`) each after its own 500 ms
 * debounce, and the server drops each module as its file changes. A page
 * asked for in between sees neither (a 404 for the article the author has
 * just saved), or one without the other: the entry is listed but its
 * module is not (Astro's UnknownContentCollectionError), or the module of a
 * deleted file is still imported ("Failed to load url …"). So a
 * request that arrives while an article is being taken in or dropped waits
 * until both files agree with the folder, and then both modules are
 * dropped, so the page is made from the new lists.
 *
 * Depends on: the file names `content-modules.mjs` and `data-store.json`
 * in `.astro/`, the store's virtual id '\0astro:data-layer-content', and
 * both lists naming an entry by its root-relative path in a JSON string
 * (`astro/dist/content/mutable-data-store.js`, the debounced writes).
 *
 * Upstream: no issue found. The report we would file (withastro/astro,
 * feat: content layer): "In `astro dev`, a page requested within ~500 ms of
 * adding an .mdx file to a glob() collection is a 404 (the loader logged
 * 'Reloaded data from', the store module is not yet rewritten) or fails with
 * UnknownContentCollectionError (the store lists the entry, the module list
 * does not yet); after deleting one, 'Failed to load url' for its module.
 * Both lists are written after separate debounces; could requests wait for
 * a pending write, or the two be written together?"
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { isRunnableDevEnvironment, type ViteDevServer } from 'vite';
import { patchOn } from './switch.ts';
import { requireVerified } from './verified.ts';

/** The ids the server knows the two lists by: a file for the module list, a virtual module for the store. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** How often, and how many times, a waiting request looks again (at most a minute, then it goes on regardless). */
const POLL_MS = 50;
const POLLS = 1200;

/** What the dev loop (`../content-check.ts`) needs: told of changes, and a wait before each request. */
export interface ContentSync {
	changed(path: string, exists: boolean): void;
	settled(server: ViteDevServer): Promise<void>;
}

/** The workaround, or, switched off, one that never waits. */
export function contentLayerSync(root: string, dotAstro: string): ContentSync {
	if (!patchOn('content-layer-sync')) return { changed: () => {}, settled: () => Promise.resolve() };
	requireVerified('content-layer-sync', { astro: ['7.4.8'] });
	return new ContentLayerSync(root, dotAstro);
}

class ContentLayerSync implements ContentSync {
	readonly #root: string;
	readonly #dotAstro: string;
	/** Root-relative paths (as the lists write them) → whether the file is there now. */
	readonly #pending = new Map<string, boolean>();
	#settling: Promise<void> | undefined;

	constructor(root: string, dotAstro: string) {
		this.#root = root;
		this.#dotAstro = dotAstro;
	}

	/** An article was added (`exists`) or deleted. */
	changed(path: string, exists: boolean): void {
		this.#pending.set(relative(this.#root, path).split(sep).join('/'), exists);
	}

	/** Resolves once the content layer lists every changed article as the folder has it. */
	settled(server: ViteDevServer): Promise<void> {
		if (this.#pending.size === 0) return Promise.resolve();
		return (this.#settling ??= this.#settle(server).finally(() => (this.#settling = undefined)));
	}

	async #settle(server: ViteDevServer): Promise<void> {
		for (let i = 0; i < POLLS && !this.#caughtUp(); i++) await new Promise((done) => setTimeout(done, POLL_MS));
		this.#pending.clear();
		forget(server, this.#file('content-modules.mjs'), DATA_STORE_MODULE);
	}

	#file(name: string): string {
		return `${this.#dotAstro}${sep}${name}`;
	}

	#caughtUp(): boolean {
		const lists = ['content-modules.mjs', 'data-store.json'].map((name) => {
			try {
				return readFileSync(this.#file(name), 'utf8');
			} catch {
				return '';
			}
		});
		return [...this.#pending].every(([path, exists]) =>
			lists.every((list) => list.includes(JSON.stringify(path)) === exists),
		);
	}
}

/** Drop the module list (by its file) and the data store (by its id) in every environment and its runner. */
function forget(server: ViteDevServer, modulesFile: string, storeId: string): void {
	for (const environment of Object.values(server.environments)) {
		const graph = environment.moduleGraph;
		for (const module of [...(graph.getModulesByFile(modulesFile) ?? []), graph.getModuleById(storeId)])
			if (module) graph.invalidateModule(module);
		if (!isRunnableDevEnvironment(environment)) continue;
		const ran = environment.runner.evaluatedModules;
		for (const module of [...(ran.getModulesByFile(modulesFile) ?? []), ran.getModuleById(storeId)])
			if (module) ran.invalidateModule(module);
	}
}
