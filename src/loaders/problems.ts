/**
 * The records' and the frontmatter's problems, handed from the articles
 * loader (which finds them as glob reads the articles: `articles.ts`) to
 * a collection of their own, `contentProblems`, so that the site index
 * lists them in one error with every other problem (`src/data/site.ts`)
 * instead of the content layer stopping the build with them first. The
 * broken files themselves are not stored.
 *
 * The hand-over is a promise in this module, which the loaders of one
 * sync share (all come from `src/content.config.ts`). `astro dev` syncs
 * once at the start and then reloads files one by one, so there the
 * collection is not kept current: in dev the site index reads the records'
 * and the frontmatter's problems from the files (`src/data/content-check.ts`).
 */
import type { Loader } from 'astro/loaders';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export interface ContentProblems {
	/** The errors, each at its file, line and column. */
	problems: Diagnostic[];
	/** Ids of source files that exist but are invalid: a citation of one is not also an unknown source. */
	invalidSources: string[];
	/** Whether an article was left out for its name or frontmatter: checks across the explainers are incomplete. */
	articlesLeftOut: boolean;
}

/** The one entry's id. */
export const PROBLEMS_ID = 'records-and-frontmatter';

let hand: (found: ContentProblems | Error) => void = () => undefined;
const handed = new Promise<ContentProblems>((resolve, reject) => {
	hand = (found) => (found instanceof Error ? reject(found) : resolve(found));
});
// When the articles loader fails, the sync fails with its error; the wait below ends with it, unheard.
handed.catch(() => undefined);

/** The articles loader's problems, once it has read every article (or why it could not). */
export function handProblems(found: ContentProblems | Error): void {
	hand(found);
}

export function problemsLoader(): Loader {
	return {
		name: 'explainer-problems',
		load: async ({ store, parseData }) => {
			const found = await handed;
			const data = await parseData({ id: PROBLEMS_ID, data: { ...found } });
			store.clear();
			store.set({ id: PROBLEMS_ID, data });
		},
	};
}
