/** The entities and their mention matcher, loaded once; and the timeline an article's `<Timeline />` shows. */
import type { Passage } from '../claims/model.ts';
import { entitiesDir, sourcesDir } from '../content-paths.ts';
import { eventsIn } from '../editorial/timeline.ts';
import type { TimelineItem } from '../markdown/remark-claims.ts';
import type { Entity } from '../schema/entity.ts';
import { loadEntities } from './entities.ts';
import { MentionMatcher } from './mentions.ts';
import { loadSources } from './sources.ts';

let cached: { entities: Map<string, Entity>; matcher: MentionMatcher } | undefined;
let cachedFrom: unknown;

/** Every entity by id, and one matcher for all their names. */
export function siteEntities(): { entities: Map<string, Entity>; matcher: MentionMatcher } {
	const set = loadEntities(entitiesDir, loadSources(sourcesDir));
	if (!cached || cachedFrom !== set) {
		cached = { entities: set.entities, matcher: new MentionMatcher(set.entities.values()) };
		cachedFrom = set;
	}
	return cached;
}

/** For remark-claims: the events an article's passages mention, each with the first passage naming it. */
export function articleEvents(passages: readonly Passage[]): TimelineItem[] {
	const { entities, matcher } = siteEntities();
	return eventsIn([...entities.values()], matcher, passages).map(({ event, passage }) => ({
		event: event.id,
		passage: passage.id,
	}));
}
