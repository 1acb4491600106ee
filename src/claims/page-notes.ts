/**
 * A page's notes and markers from its claims record and the source
 * records, as the compile used to make them (`notes-html.ts`): the
 * compiled article names only claim and paragraph ids (`<Cite>`,
 * `<Notes>`), so what a source record says reaches the page here.
 */
import { toHtml } from 'hast-util-to-html';
import type { ArticleClaims, Claim, SourceRecord as Source } from './model.ts';
import { corroboratingOrigins } from './corroboration.ts';
import { sourcesDiffer } from './label-rules.ts';
import { addSupport, renderMarker, renderNotes, type EditorialEntry, type NoteEntry } from './notes-html.ts';

export interface PageNotes {
	/** The notes `<div>` after paragraph `paragraph`. */
	notes(paragraph: string): string;
	/** The marker `<sup>` after claim `claim`. */
	marker(claim: string): string;
	/** Every `<sup data-cite>` placeholder in `html` (a figure's credit) replaced by its marker. */
	fill(html: string): string;
}

export function pageNotes(record: ArticleClaims, sources: ReadonlyMap<string, Source>): PageNotes {
	const number = new Map(record.sourceOrder.map((id, i) => [id, i + 1]));
	const byParagraph = Map.groupBy(record.claims, (c) => c.paragraph);
	const byId = new Map(record.claims.map((c) => [c.id, c]));
	const labelled = (claim: Claim) => {
		const cited = claim.sources.flatMap((s) => {
			const source = sources.get(s.id);
			return source ? [{ source, ...(s.quote ? { quote: s.quote } : {}) }] : [];
		});
		return { origins: corroboratingOrigins(cited), differs: sourcesDiffer(cited) };
	};
	const marker = (id: string) => {
		const claim = byId.get(id);
		if (!claim) throw new Error(`No claim \`${id}\` in the page's claims record`);
		const cited = [...new Set(claim.sources.map((s) => s.id))].map((sid) => ({
			source: sources.get(sid)!,
			number: number.get(sid)!,
		}));
		const editorial = claim.sources.length === 0 ? claim.editorial : undefined;
		return toHtml(renderMarker(claim.paragraph, claim.id, cited, editorial));
	};
	return {
		notes(paragraph) {
			const entries: NoteEntry[] = [];
			const editorials: EditorialEntry[] = [];
			for (const claim of byParagraph.get(paragraph) ?? []) {
				// The labels as counted against the records now, never as recorded.
				const { differs: _recorded, ...rest } = claim;
				const labels = labelled(claim);
				const counted = { ...rest, origins: labels.origins, ...(labels.differs ? { differs: true as const } : {}) };
				for (const cited of claim.sources)
					addSupport(entries, sources.get(cited.id)!, number.get(cited.id)!, cited, counted);
				if (claim.editorial && claim.sources.length === 0)
					editorials.push({ kind: claim.editorial, claimId: claim.id, claimText: claim.text });
			}
			return renderNotes(paragraph, entries, editorials);
		},
		marker,
		fill: (html) => html.replace(/<sup data-cite="([^"]*)"><\/sup>/g, (_, id: string) => marker(id)),
	};
}
