/**
 * The contract for `content/entities/<id>.yaml`: the people, organisations,
 * places, terms and events the explainers name. Aliases make search and
 * mention-finding forgiving; the description carries citations in the
 * article marker syntax; events carry a date and appear on timelines.
 */
import { z } from 'astro/zod';
import { isoDate, researchFile, shortText, text, timeOfDay } from './fields.ts';
import { withBase } from '../site-base.ts';

export const entityKinds = ['person', 'organisation', 'place', 'term', 'event'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** URL folder for each kind: /people/<id>/, /organisations/<id>/ … */
export const kindPaths: Record<EntityKind, string> = {
	person: 'people',
	organisation: 'organisations',
	place: 'places',
	term: 'terms',
	event: 'events',
};

/** How each kind is named in headings and search filters. */
export const kindLabels: Record<EntityKind, string> = {
	person: 'Person',
	organisation: 'Organisation',
	place: 'Place',
	term: 'Term',
	event: 'Event',
};

/**
 * The entity contract, given how a `related` id is read. The positioned
 * YAML check reads plain ids (and reports one with no file as
 * `unknown-entity`, at its line and column, as the records loader reads it); the
 * collection reads each as `reference('entities')`, so Astro's types and
 * `getEntry()` know what it points to. One function, so the two cannot drift.
 * `extra` are fields only a loader sets (the collection's `cited`).
 */
export function entitySchemaWith<Id extends z.ZodType, Extra extends z.ZodRawShape = Record<never, never>>(
	relatedId: Id,
	extra?: Extra,
) {
	return z
		.strictObject({
			...(extra as Extra),
			/** Display name. Required. */
			name: shortText(120, 'a name'),
			/** What the entity is. Required. */
			kind: z.enum(entityKinds),
			/** Other spellings and forms readers search for; unique across all entities. */
			aliases: z.array(shortText(120, 'a name')).default([]),
			/** Sort key for the A–Z index (e.g. the surname). Default: the name. */
			sortAs: shortText(120, 'a name').optional(),
			/** A title and the date it applied. */
			role: z.strictObject({ title: shortText(200, 'a title'), asOf: isoDate }).optional(),
			/** Events only: the day it happened, YYYY-MM-DD. Required for events. */
			date: isoDate.optional(),
			/** Events only: the time of day, when reported, e.g. `17:15 GMT`. */
			time: timeOfDay.optional(),
			/**
			 * Events only: `reported-by` when the day it happened is not known and
			 * `date` is only the first report of it (shown "reported by 18 Aug 2025").
			 */
			dateQualifier: z.enum(['reported-by']).optional(),
			/** One to three sentences, with `[@source]` citations. Required. */
			description: shortText(4000, 'a few sentences'),
			/** Related entities, by id (the file name in `content/entities/`). Default: none. */
			related: z.array(relatedId).default([]),
			/** Research notes in `content/research/` to check the description against; default: those of the explainers that mention the entity. */
			research: researchFile.optional(),
		})
		.superRefine((fields, ctx) => {
			const entity = fields as { kind: EntityKind } & Partial<Record<'date' | 'time' | 'dateQualifier', unknown>>;
			if (entity.kind === 'event' && !entity.date)
				ctx.addIssue({
					code: 'custom',
					path: ['date'],
					message: 'expected a `date` (YYYY-MM-DD): every event needs one',
				});
			for (const field of ['date', 'time', 'dateQualifier'] as const) {
				if (entity.kind !== 'event' && entity[field] !== undefined)
					ctx.addIssue({
						code: 'custom',
						path: [field],
						message: `expected no \`${field}\` on a ${entity.kind}: only events have one`,
					});
			}
		});
}

/** The YAML check's schema: `related` as plain ids. */
export const entitySchema = entitySchemaWith(text);

/** A validated entity plus its id (the file name). */
export type Entity = z.infer<typeof entitySchema> & { id: string };

/** URL path of an entity's page. */
export function entityPath(entity: Pick<Entity, 'id' | 'kind'>): string {
	return withBase(`/${kindPaths[entity.kind]}/${entity.id}/`);
}

/** Name and aliases: every form that counts as a mention. */
export function namesOf(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
	return [entity.name, ...entity.aliases];
}
