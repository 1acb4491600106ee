/**
 * What the search index holds: one record per explainer, per paragraph,
 * per entity and per source, each with the URL to land on, the text to
 * match, what to show, and filters. Built from content, not scraped from
 * HTML, so a paragraph can carry its own outlet filter and the aliases of
 * the entities it mentions.
 */
import type { ParagraphRecord } from '../claims/citations.ts';
import { entityPath, kindLabels, namesOf, type Entity } from '../schema/entity.ts';
import type { Source } from '../schema/source.ts';
import { mentionPattern, normaliseName } from '../lib/mentions.ts';

export interface SearchRecord {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** Search treats every explainer paragraph, entity and source as one of these kinds. */
export const EXPLAINER = 'Explainer';
export const SOURCE = 'Source';
const LANGUAGE = 'en';

/** Strip citation markers from an entity description. */
function plain(text: string): string {
	return text.replace(/\s*\[@[^\]]*\]/g, '');
}

/** The outlet's entity, if one is named (or aliased) like the outlet. */
function outletEntity(outlet: string, entities: readonly Entity[]): Entity | undefined {
	const key = normaliseName(outlet);
	return entities.find((e) => namesOf(e).some((n) => normaliseName(n) === key));
}

/** Other names a search should find this paragraph by: aliases of what it mentions, and of the outlets it cites. */
function alsoKnownAs(text: string, cited: Source[], entities: readonly Entity[]): string[] {
	const extra = new Set<string>();
	const folded = normaliseName(text);
	for (const entity of entities) {
		const names = namesOf(entity);
		if (!mentionPattern(names).test(folded)) continue;
		for (const name of names) if (!mentionPattern([name]).test(folded)) extra.add(name);
	}
	for (const source of cited) {
		extra.add(source.outlet);
		const entity = outletEntity(source.outlet, entities);
		if (entity) for (const name of namesOf(entity)) extra.add(name);
	}
	return [...extra];
}

export interface ArticleInput {
	path: string;
	title: string;
	description: string;
	topics: string[];
	paragraphs: ParagraphRecord[];
}

export function articleRecords(article: ArticleInput, sources: ReadonlyMap<string, Source>, entities: readonly Entity[]): SearchRecord[] {
	const records: SearchRecord[] = [
		{
			url: article.path,
			content: `${article.description} ${article.topics.join(' ')}`,
			language: LANGUAGE,
			meta: { title: article.title, kind: EXPLAINER, context: 'Explainer' },
			filters: { kind: [EXPLAINER] },
		},
	];
	for (const p of article.paragraphs) {
		const cited = p.sources.map((id) => sources.get(id)).filter((s): s is Source => Boolean(s));
		const outlets = [...new Set(cited.map((s) => s.outlet))];
		const also = alsoKnownAs(p.text, cited, entities);
		records.push({
			url: `${article.path}#${p.id}`,
			content: also.length > 0 ? `${p.text}\n(Also: ${also.join('; ')}.)` : p.text,
			language: LANGUAGE,
			meta: { title: p.section || article.title, kind: EXPLAINER, context: article.title },
			filters: outlets.length > 0 ? { kind: [EXPLAINER], outlet: outlets } : { kind: [EXPLAINER] },
		});
	}
	return records;
}

export function entityRecord(entity: Entity): SearchRecord {
	const aliases = entity.aliases.join('; ');
	return {
		url: entityPath(entity),
		content: [entity.name, aliases, entity.role?.title ?? '', plain(entity.description)].filter(Boolean).join('\n'),
		language: LANGUAGE,
		meta: { title: entity.name, kind: kindLabels[entity.kind], context: entity.role?.title ?? kindLabels[entity.kind], aliases },
		filters: { kind: [kindLabels[entity.kind]] },
	};
}

export function sourceRecord(source: Source, entities: readonly Entity[]): SearchRecord {
	const outletNames = outletEntity(source.outlet, entities);
	const names = outletNames ? namesOf(outletNames) : [source.outlet];
	return {
		url: `/sources/#${source.id}`,
		content: [names.join('; '), source.title, source.via ?? '', source.author ?? '', source.note ?? ''].filter(Boolean).join('\n'),
		language: LANGUAGE,
		// The outlet is the title, so a search for an outlet ranks its sources; the headline is context.
		meta: { title: source.outlet, kind: SOURCE, context: source.titleSupplied ? `[${source.title}]` : source.title },
		filters: { kind: [SOURCE], outlet: [source.outlet] },
	};
}
