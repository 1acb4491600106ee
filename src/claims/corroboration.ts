/**
 * Who did the reporting behind a source, and how many independent
 * organisations stand behind a claim. Two outlets carrying one AP story
 * are one origin; a copy only *probably* from AP counts as AP, so a label
 * never claims more independence than the files show.
 */
import { fold } from '../text/fold.ts';
import type { SourceRecord as Source } from './model.ts';

/** The organisation whose reporting a source carries. */
export function originOf(source: Pick<Source, 'outlet' | 'origin'>): string {
	return source.origin ?? source.outlet;
}

/** The organisation behind a source: its id when the loader found one, else the folded name. */
export function originKey(source: Pick<Source, 'outlet' | 'origin' | 'originId'>): string {
	return source.originId ? `#${source.originId}` : fold(originOf(source));
}

/** Number of independent origins among `sources`. */
export function originCount(sources: readonly Pick<Source, 'outlet' | 'origin' | 'originId'>[]): number {
	return new Set(sources.map(originKey)).size;
}

/** The name to show for a source in a compact line: the origin when certain, otherwise the outlet we read. */
export function attribution(source: Pick<Source, 'outlet' | 'origin' | 'originConfidence'>): string {
	return source.origin && source.originConfidence !== 'probable' ? source.origin : source.outlet;
}

/** "Associated Press, carried by The Hindu"; "probably Associated Press (not credited), carried by …"; undefined for an outlet's own report. */
export function provenance(source: Pick<Source, 'outlet' | 'origin' | 'originConfidence'>): string | undefined {
	if (!source.origin || fold(source.origin) === fold(source.outlet)) return undefined;
	if (source.originConfidence === 'probable')
		return `Probably from ${source.origin} (no credit shown), as published by ${source.outlet}`;
	return `${source.origin}, carried by ${source.outlet}`;
}

/**
 * Independent origins that corroborate a claim: only sources cited with a
 * passage that supports it. A source cited without a quote supports the
 * claim, but nothing on the page shows which of its words do, so it does
 * not make the claim "Corroborated" (one marker can hold one source for
 * a quote and another for a side detail, such as a speaker's rank).
 */
export function corroboratingOrigins(
	cited: readonly { source: Pick<Source, 'outlet' | 'origin' | 'originId'>; quote?: string | undefined }[],
): number {
	return originCount(cited.filter((c) => c.quote).map((c) => c.source));
}
