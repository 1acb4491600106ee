/**
 * What an explainer page hands the components its compiled body leaves
 * to it (`<Notes>`, `<Cite>`, `<Timeline />`): the notes and markers made
 * from its claims record and the source records, and its timeline from
 * the entities. The page sets them on `Astro.locals` before it renders
 * the body; the body itself names only ids from its own text.
 */
import type { PageNotes } from '../../claims/page-notes.ts';
import type { Entity } from '../../schema/entity.ts';

/** An event on an explainer's timeline, and the paragraph (its id) that first mentions it. */
export interface TimelineItem {
	event: Entity;
	passage: string;
}

export interface ArticleLocals {
	notes: PageNotes;
	/** In date order. */
	timeline: TimelineItem[];
}

const KEY = 'explainerArticle';

export function setArticleLocals(locals: object, value: ArticleLocals): void {
	(locals as Record<string, unknown>)[KEY] = value;
}

export function articleLocals(locals: object): ArticleLocals {
	const value = (locals as Record<string, ArticleLocals | undefined>)[KEY];
	if (!value) throw new Error('An article component was rendered outside its explainer page (src/pages/[slug].astro)');
	return value;
}

/** The same, or nothing outside an explainer page. */
export function maybeArticleLocals(locals: object): ArticleLocals | undefined {
	return (locals as Record<string, ArticleLocals | undefined>)[KEY];
}
