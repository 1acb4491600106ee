/**
 * The contract for `content/entities/<id>.yaml`: the people, organisations,
 * places and terms the explainers name. Aliases make search forgiving;
 * the description carries citations in the article marker syntax.
 */
import { z } from 'astro/zod';
import { isoDate, text } from './fields.ts';

export const entityKinds = ['person', 'organisation', 'place', 'term'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** URL folder for each kind: /people/<id>/, /organisations/<id>/ … */
export const kindPaths: Record<EntityKind, string> = {
	person: 'people',
	organisation: 'organisations',
	place: 'places',
	term: 'terms',
};

/** How each kind is named in headings and search filters. */
export const kindLabels: Record<EntityKind, string> = {
	person: 'Person',
	organisation: 'Organisation',
	place: 'Place',
	term: 'Term',
};

export const entitySchema = z.strictObject({
	/** Display name. Required. */
	name: text,
	/** What the entity is. Required. */
	kind: z.enum(entityKinds),
	/** Other spellings and forms readers search for; unique across all entities. */
	aliases: z.array(text).default([]),
	/** Sort key for the A–Z index (e.g. the surname). Default: the name. */
	sortAs: text.optional(),
	/** A title and the date it applied. */
	role: z.strictObject({ title: text, asOf: isoDate }).optional(),
	/** One to three sentences, with `[@source]` citations. Required. */
	description: text,
	/** Ids of related entities. */
	related: z.array(text).default([]),
});

/** A validated entity plus its id (the file name). */
export type Entity = z.infer<typeof entitySchema> & { id: string };

/** URL path of an entity's page. */
export function entityPath(entity: Pick<Entity, 'id' | 'kind'>): string {
	return `/${kindPaths[entity.kind]}/${entity.id}/`;
}

/** Name and aliases: every form that counts as a mention. */
export function namesOf(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
	return [entity.name, ...entity.aliases];
}
