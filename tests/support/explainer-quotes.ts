/** The marker quotes of every explainer of a built site, for the verbatim check (`src/editorial/verbatim.ts`). */
import { quoteWords } from '../../src/editorial/verbatim.ts';
import type { Page } from './site-files.ts';

/** Explainer pages: the ones with an article body. */
export function explainerPages(pages: Map<string, Page>): Page[] {
	return [...pages.values()].filter((p) => p.root.querySelector('article.article .prose'));
}

/** Each explainer's quotes, as `path: quote` pairs. */
export function explainerQuotes(pages: Map<string, Page>): { path: string; quote: string }[] {
	return explainerPages(pages).flatMap((p) =>
		p.root.querySelectorAll('.prose .quote p').map((q) => ({ path: p.path, quote: quoteWords(q.text) })),
	);
}
