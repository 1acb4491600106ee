/**
 * How a source is named and dated wherever it appears: the margin, the
 * card, the marker's accessible name, the per-source page and the
 * bibliography all ask here, so they never disagree.
 */
import type { SourceRecord as Source } from './model.ts';
import { attribution } from './corroboration.ts';
import { formatDate, formatShortDate } from '../text/format.ts';

/** A headline as shown: supplied descriptions in square brackets, as bibliographies do. */
export function displayTitle(source: Pick<Source, 'title' | 'titleSupplied'>): string {
	return source.titleSupplied ? `[${source.title}]` : source.title;
}

/** Which date a source has, and what kind of date it is. */
export interface SourceDate {
	iso: string;
	kind: 'published' | 'updated' | 'copy';
}

/** The best date to show: publication, else "last updated", else the copy's timestamp. */
export function sourceDate(source: Pick<Source, 'published' | 'updated' | 'copyDate'>): SourceDate | undefined {
	if (source.published) return { iso: source.published, kind: 'published' };
	if (source.updated) return { iso: source.updated, kind: 'updated' };
	if (source.copyDate) return { iso: source.copyDate, kind: 'copy' };
	return undefined;
}

/** `17 Aug 2025`, `updated 21 Dec 2015`, `16 Aug 2025 (copy)`: short, with the kind when it is not publication. */
export function shortDateLabel(date: SourceDate): string {
	const d = formatShortDate(date.iso);
	if (date.kind === 'updated') return `updated ${d}`;
	if (date.kind === 'copy') return `${d} (copy)`;
	return d;
}

/**
 * The short date shown beside a source's name. Where the name is the
 * origin (an AP story read in The Hindu), the date is the copy's, so it
 * says whose: "21 Aug 2025 (Hindustan Times)", never the origin's own.
 */
export function sourceDateLabel(
	source: Pick<Source, 'outlet' | 'origin' | 'originConfidence' | 'published' | 'updated' | 'copyDate'>,
): string | undefined {
	const date = sourceDate(source);
	if (!date) return undefined;
	const label = shortDateLabel(date);
	return date.kind !== 'copy' && attribution(source) !== source.outlet ? `${label} (${source.outlet})` : label;
}

/** The sentence for a full record: "Published 17 August 2025." / "Last updated 21 December 2015 (no publication date shown)." */
export function dateSentence(source: Pick<Source, 'published' | 'updated' | 'copyDate'>): string {
	const parts: string[] = [];
	if (source.published) parts.push(`Published ${formatDate(source.published)}.`);
	if (source.updated)
		parts.push(
			`${source.published ? 'Updated' : 'Last updated'} ${formatDate(source.updated)}${source.published ? '' : ' (no publication date shown)'}.`,
		);
	if (source.copyDate)
		parts.push(
			`${source.published || source.updated ? 'The' : 'No date from the outlet; the'} copy we read is timestamped ${formatDate(source.copyDate)}.`,
		);
	if (parts.length === 0) parts.push('No date recorded.');
	return parts.join(' ');
}
