/**
 * The incremental build copies a page from the last build when its key is
 * unchanged, so a key must change with anything the page shows, including
 * what other pages own (a source page lists the claims citing it), and
 * stay the same when nothing it shows changed.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, Passage } from '../../src/claims/model.ts';
import { cacheKey, entityPageKey, eventsKey, explainerKey, sourcePageKey } from '../../src/site-index/cache-keys.ts';
import type { EntityMention, Explainer, SourceUse } from '../../src/site-index/site.ts';
import type { Author } from '../../src/schema/author.ts';
import type { Entity } from '../../src/schema/entity.ts';
import type { Source } from '../../src/schema/source.ts';

const source = (id: string, outlet = 'Global Press') =>
	({ id, outlet, title: `Report ${id}`, url: `https://news.example/${id}` }) as unknown as Source;
const claim = (id: string, text: string, sources: string[]): Claim => ({
	id,
	paragraph: 'p-1',
	text,
	origins: 1,
	sources: sources.map((s) => ({ id: s, support: 'paraphrase' })),
});

/** An explainer as the site index keeps it, with its one claim and paragraph (which the index keeps apart). */
function explainer(
	id: string,
	{ title = `Explainer ${id}`, text = 'A claim.', digest = 'd1' } = {},
): Explainer & { claim: Claim; passage: Passage } {
	const claims = {
		claims: [claim(`c-${id}`, text, ['wire'])],
		passages: [{ id: 'p-1', section: title, text, sources: ['wire'] }],
		sourceOrder: ['wire'],
		headings: [],
	};
	return {
		id,
		path: `/${id}/`,
		file: `content/articles/${id}.mdx`,
		data: { title, description: 'Standfirst.', published: '2025-08-01', corrections: [], topics: [] },
		digest,
		sourceOrder: claims.sourceOrder,
		reviewSources: [],
		claimsDigest: cacheKey(claims),
		claim: claims.claims[0]!,
		passage: claims.passages[0]!,
	} as unknown as Explainer & { claim: Claim; passage: Passage };
}

const sources = new Map([
	['wire', source('wire')],
	['other', source('other')],
]);

describe('an explainer page key', () => {
	const author = { id: 'ruth', name: 'Ruth Reporter', kind: 'person', role: 'Correspondent' } as Author;
	const event = { id: 'summit', kind: 'event', name: 'The summit', date: '2025-08-15' } as unknown as Entity;
	const key = (
		e = explainer('a'),
		s = sources,
		related = [{ explainer: explainer('b'), reason: 'Cites one of the same sources' }],
		by: Author | undefined = author,
		events: Entity[] = [event],
	) => explainerKey(e, s, related, by, eventsKey(events));

	it('is the same for the same content', () => expect(key()).toBe(key()));
	it('changes with its file, its claims and its title', () => {
		expect(key(explainer('a', { digest: 'd2' }))).not.toBe(key());
		expect(key(explainer('a', { text: 'A corrected claim.' }))).not.toBe(key());
		expect(key(explainer('a', { title: 'New title' }))).not.toBe(key());
	});
	it('changes when a source it cites changes, not when another does', () => {
		expect(key(undefined, new Map([...sources, ['wire', source('wire', 'Renamed Wire')]]))).not.toBe(key());
		expect(key(undefined, new Map([...sources, ['other', source('other', 'Renamed Other')]]))).toBe(key());
	});
	it('changes when its author record or an event its timeline may name changes', () => {
		expect(key(undefined, undefined, undefined, { ...author, name: 'Ruth Q. Reporter' })).not.toBe(key());
		expect(
			key(undefined, undefined, undefined, undefined, [{ ...event, name: 'The Alaska summit' } as Entity]),
		).not.toBe(key());
	});
	it('changes when a related explainer is retitled', () => {
		expect(
			key(undefined, undefined, [
				{ explainer: explainer('b', { title: 'Retitled' }), reason: 'Cites one of the same sources' },
			]),
		).not.toBe(key());
	});
});

describe('a source page key', () => {
	const use = (e: ReturnType<typeof explainer>): SourceUse => ({ explainer: e, claim: e.claim });
	const key = (uses: SourceUse[]) => sourcePageKey(sources.get('wire')!, uses, uses, { number: 1, count: 1 });

	it('changes when any claim citing the source changes', () => {
		const before = key([use(explainer('a')), use(explainer('b'))]);
		expect(key([use(explainer('a')), use(explainer('b'))])).toBe(before);
		expect(key([use(explainer('a')), use(explainer('b', { text: 'Corrected.' }))])).not.toBe(before);
		expect(key([use(explainer('a')), use(explainer('b', { title: 'Retitled' }))])).not.toBe(before);
		expect(key([use(explainer('a'))])).not.toBe(before);
	});
	it('does not change when only a citing explainer’s body elsewhere changes', () => {
		expect(key([use(explainer('a', { digest: 'other' }))])).toBe(key([use(explainer('a'))]));
	});
});

describe('an entity page key', () => {
	const entity = { id: 'e', name: 'Anna Andersen', kind: 'person', aliases: [], related: [] } as unknown as Entity;
	const mention = (e: ReturnType<typeof explainer>): EntityMention => ({
		explainer: e,
		passage: e.passage,
		mentions: [],
	});
	const key = (m: EntityMention[], names = 'n1') =>
		entityPageKey(
			entity,
			'<p>Who</p>',
			[],
			m,
			m.map((x) => [x]),
			{ number: 1, count: 1 },
			names,
		);

	it('changes when a paragraph shown on it changes, or any entity is renamed', () => {
		const before = key([mention(explainer('a'))]);
		expect(key([mention(explainer('a'))])).toBe(before);
		expect(key([mention(explainer('a', { text: 'Anna Andersen said so.' }))])).not.toBe(before);
		expect(key([mention(explainer('a'))], 'n2')).not.toBe(before);
	});
});
