/**
 * Dated events (entities of kind `event`) on a timeline: in an explainer,
 * the events it mentions, each linked to the first paragraph that does;
 * on `/timeline/`, every event.
 */
import type { Passage } from '../claims/model.ts';
import type { Entity } from '../schema/entity.ts';
import { formatShortDate } from '../text/format.ts';

/** Events in date and time order. */
export function chronological(events: Iterable<Entity>): Entity[] {
	return [...events]
		.filter((e) => e.kind === 'event' && e.date)
		.sort(
			(a, b) =>
				a.date!.localeCompare(b.date!) || (a.time ?? '').localeCompare(b.time ?? '') || a.name.localeCompare(b.name),
		);
}

/** "15 Aug 2025", "18 Aug 2025, 17:15 GMT", or "reported by 18 Aug 2025" when the day itself is not known. */
export function eventWhen(event: Pick<Entity, 'date' | 'time' | 'dateQualifier'>): string {
	const when = `${formatShortDate(event.date!)}${event.time ? `, ${event.time}` : ''}`;
	return event.dateQualifier === 'reported-by' ? `reported by ${when}` : when;
}

/** Each event the passages mention, with the first passage that does. */
export function eventsIn(
	events: readonly Entity[],
	matcher: { entitiesIn(text: string): readonly string[] },
	passages: readonly Passage[],
): { event: Entity; passage: Passage }[] {
	const first = new Map<string, Passage>();
	for (const passage of passages) {
		for (const id of matcher.entitiesIn(passage.text)) if (!first.has(id)) first.set(id, passage);
	}
	return chronological(events)
		.filter((e) => first.has(e.id))
		.map((event) => ({ event, passage: first.get(event.id)! }));
}
