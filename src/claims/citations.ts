/**
 * Per-page bookkeeping for citations: checking ids against the source
 * records, numbering sources, and collecting each paragraph's notes.
 */
import type { Source } from '../schema/source.ts';
import { closest, ContentIssue } from './issues.ts';
import type { ClaimStatus, SupportKind } from './labels.ts';
import type { Citation } from './markers.ts';
import type { NoteEntry, Support } from './render.ts';

/** An unknown id, with the closest known ids as suggestions. */
export function checkCitation(citation: Citation, sources: ReadonlyMap<string, Source>): ContentIssue | undefined {
	if (sources.has(citation.id)) return undefined;
	const near = closest(citation.id, sources.keys());
	const hint = near.length > 0 ? `closest known ids: ${near.map((id) => `\`${id}\``).join(', ')}` : 'no sources are defined yet';
	return new ContentIssue(
		'unknown-source',
		`Unknown source \`@${citation.id}\`, expected the id of a file in \`content/sources/\` (${hint})`,
		citation.offset,
	);
}

/** One number per source for the whole page, in order of first citation. */
export class SourceNumbers {
	readonly #numbers = new Map<string, number>();
	number(id: string): number {
		let n = this.#numbers.get(id);
		if (n === undefined) {
			n = this.#numbers.size + 1;
			this.#numbers.set(id, n);
		}
		return n;
	}
	/** Source ids in page order. */
	get order(): string[] {
		return [...this.#numbers.keys()];
	}
}

/** Collects one paragraph's notes in marker order, merging repeat citations. */
export class ParagraphNotes {
	readonly entries: NoteEntry[] = [];
	add(source: Source, number: number, support: Support): void {
		let entry = this.entries.find((e) => e.source.id === source.id);
		if (!entry) {
			entry = { source, number, supports: [] };
			this.entries.push(entry);
		}
		entry.supports.push(support);
	}
}

/** What the pages need to know about a claim (e.g. for the sources page's backlinks). */
export interface ClaimRecord {
	id: string;
	paragraph: string;
	text: string;
	status?: ClaimStatus;
	outlets: number;
	sources: { id: string; quote?: string; support: SupportKind }[];
}

/** A paragraph of an article, for search records and entity mentions. */
export interface ParagraphRecord {
	id: string;
	/** The heading of the section it is in (or the article title). */
	section: string;
	/** Its text, without citation markers. */
	text: string;
	/** Ids of the sources it cites, in marker order. */
	sources: string[];
}
