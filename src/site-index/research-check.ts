/**
 * The research-notes check across the site (see editorial/research-notes.ts):
 * each explainer that names notes against them, and each entity against the
 * notes it names, or else those of the explainers that mention it; each
 * author's bio likewise, against the notes of the explainers they wrote. A
 * quote in an explainer, entity or bio with no notes to check it against
 * is refused: a published page never carries a quote nothing vouches for.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { researchDir } from '../content-paths.ts';
import {
	loadResearch,
	researchProblems,
	type CheckedCitation,
	type ResearchNotes,
} from '../editorial/research-notes.ts';
import type { IndexedClaim } from '../loaders/article-record.ts';
import type { Source } from '../schema/source.ts';
import type { EntitySet } from '../data/entities.ts';
import type { AuthorSet } from '../data/authors.ts';
import type { EntityMention, Explainer } from './site-types.ts';

/**
 * @param claimsOf each explainer's claims as the content layer keeps them, each citation with its place
 * @param incomplete what the content layer left out for its own problems: citations of an invalid
 * source are not checked (its address is unknown), and while an article is left out the entities and
 * bios are not (which explainers mention or wrote them is unknown); they are once those load
 */
export function checkResearchNotes(
	explainers: readonly Explainer[],
	claimsOf: ReadonlyMap<Explainer, IndexedClaim[]>,
	entities: Pick<EntitySet, 'entities' | 'citations'>,
	mentions: ReadonlyMap<string, EntityMention[]>,
	sources: ReadonlyMap<string, Source>,
	authors: Pick<AuthorSet, 'authors' | 'citations'>,
	incomplete: { invalidSources: ReadonlySet<string>; articlesLeftOut: boolean } = {
		invalidSources: new Set(),
		articlesLeftOut: false,
	},
): Diagnostic[] {
	const notesOf = (name: string | undefined): ResearchNotes[] => {
		const notes = name ? loadResearch(researchDir, name) : undefined;
		return notes ? [notes] : [];
	};
	/**
	 * The notes a text answers to: those it names, or else those of `others`. Undefined when it names notes
	 * that are missing or too large: that is reported once, at its `research:` field (`missingNotesProblem`),
	 * and each quote checked against nothing would only say so again.
	 */
	const notesFor = (named: string | undefined, others: (string | undefined)[] = []) => {
		if (named === undefined) return [...new Set(others)].flatMap(notesOf);
		const notes = notesOf(named);
		return notes.length > 0 ? notes : undefined;
	};
	const checked = (citations: readonly CheckedCitation[]) =>
		citations.filter((c) => !incomplete.invalidSources.has(c.source));
	const found: Diagnostic[] = [];
	for (const explainer of explainers) {
		const notes = notesFor(explainer.data.research);
		if (!notes) continue;
		const citations = claimsOf.get(explainer)!.flatMap((c) =>
			c.sources.map((s) => ({
				source: s.id,
				quote: s.quote,
				at: { file: explainer.file, line: s.line, column: s.column },
			})),
		);
		found.push(
			...researchProblems(
				checked(citations),
				notes,
				sources,
				'the explainer to name its notes, `research: <file in content/research/>`, or the quote left out',
			),
		);
	}
	if (incomplete.articlesLeftOut) return found;
	/** Each record's quotes against the notes it names, or else those of `others(id)`. */
	const checkRecordQuotes = (
		records: ReadonlyMap<string, { research?: string | undefined }>,
		citations: ReadonlyMap<string, readonly CheckedCitation[]>,
		others: (id: string) => (string | undefined)[],
		hint: string,
	) => {
		for (const [id, record] of records) {
			const notes = notesFor(record.research, others(id));
			if (notes) found.push(...researchProblems(checked(citations.get(id) ?? []), notes, sources, hint));
		}
	};
	checkRecordQuotes(
		entities.entities,
		entities.citations,
		(id) => (mentions.get(id) ?? []).map((m) => m.explainer.data.research),
		'the entity to name notes that hold it (`research: <file in content/research/>`), an explainer with notes to mention it, or the quote left out',
	);
	// A bio answers to its own notes, or else to those of the explainers its author wrote.
	checkRecordQuotes(
		authors.authors,
		authors.citations,
		(id) => explainers.filter((e) => e.data.author === id).map((e) => e.data.research),
		'the author record to name notes that hold it (`research: <file in content/research/>`), or the quote left out',
	);
	return found;
}
