/**
 * The contract for `content/authors/<id>.yaml`: who writes the explainers.
 * An article's `author` names one of these by id; the byline links to the
 * author's page (`/authors/<id>/`). A bio is cited like any sentence, in
 * the article marker syntax, and checked against research notes like an
 * entity's description: a claim about a person needs a source as much as
 * any other. A desk (a newsroom team, not one person) may have no bio.
 */
import { z } from 'astro/zod';
import { researchFile, shortText } from './fields.ts';
import { withBase } from '../site-base.ts';

/** A named person, or a desk: schema.org `Person` or `Organization` in the JSON-LD. */
export const authorKinds = ['person', 'desk'] as const;

export const authorSchema = z.strictObject({
	/** As the byline shows it. Required. */
	name: shortText(120, 'a name'),
	/** `person` (default) or `desk`. */
	kind: z.enum(authorKinds).default('person'),
	/** What they do here, e.g. "Correspondent" (JSON-LD `jobTitle`). Required. */
	role: shortText(200, 'a title'),
	/** One to three sentences with `[@source]` citations; optional (say only what a source supports, or nothing). */
	bio: shortText(2000, 'a few sentences').optional(),
	/** Research notes in `content/research/` to check the bio against; default: those of the author's explainers. */
	research: researchFile.optional(),
});

/** A validated author plus its id (the file name). */
export type Author = z.infer<typeof authorSchema> & { id: string };

/** URL path of an author's page. */
export function authorPath(id: string): string {
	return withBase(`/authors/${id}/`);
}
