/**
 * Everything the pages look up across explainers, built once per build
 * from the collections: the explainers (newest first), each with what the
 * content layer recorded of its claims (`entry.data.claims`, parsed by the
 * articles loader: `src/loaders/articles.ts`), which claims every source
 * supports, and which paragraphs mention every entity. No article is
 * rendered to build it. Pages ask here instead of each re-reading every
 * article. In dev it is built again, from the content layer's current
 * entries, for the first page after any content changes, so no page shows
 * stale content.
 *
 * The index lives through the whole route phase, so it keeps only what the
 * pages across explainers show: for each claim a source supports its id and
 * text, for each paragraph that names an entity its id, section and text.
 * An explainer's page unpacks its own claims in full from its record as it
 * renders (`Explainer.render`). Keeping every article's claims as objects
 * made a live heap of 2 GB at 10,000 explainers, and
 * pages 50–100 times slower at the end of the phase than at its start: each
 * major GC walks all of it.
 *
 * Every problem comes in one round: those in each article's body (from its
 * record), those only the whole site shows (corrections, dates, uncited
 * sources) and those against the research notes, in one error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Claim } from '../claims/model.ts';
import {
	closest,
	ContentError,
	diagnostic,
	formatDiagnostics,
	hasErrors,
	type Diagnostic,
} from '../diagnostics/diagnostic.ts';
import { normalise } from '../claims/ids.ts';
import { renderCited } from '../markdown/render-cited.ts';
import { citationProblems } from './citation-checks.ts';
import { readClaims, readIndex, type ArticleRecord, type IndexedClaim } from '../loaders/article-record.ts';
import { forgetSharedInputs, inputsOf, parseArticle } from '../loaders/parse-article.ts';
import type { Entity } from '../schema/entity.ts';
import type { Source } from '../schema/source.ts';
import { readFrontmatter } from '../schema/article-frontmatter.ts';
import { MentionMatcher } from './mentions.ts';
import { withBase } from '../site-base.ts';
import { authorsDir } from '../content-paths.ts';
import type { Author } from '../schema/author.ts';
import { bylinesOf } from '../editorial/bylines.ts';
import { forgetResearch, type CheckedCitation } from '../editorial/research-notes.ts';
import type { Cited } from '../data/records.ts';
import type { ContentProblems } from '../loaders/problems.ts';
import { currentContentCheck, type ContentCheck } from './content-check.ts';
import { listed } from './embargo.ts';
import { checkResearchNotes } from './research-check.ts';
import type { EntityMention, Explainer, Site, SourceUse } from './site-types.ts';

export type { EntityMention, Explainer, Site, SourceUse } from './site-types.ts';

/** URL path of an explainer. */
export function explainerPath(id: string): string {
	return withBase(`/${id}/`);
}

let building: Promise<Site> | undefined;
let unchecked: Promise<Site> | undefined;

/**
 * The site index, for `getStaticPaths()`. Every article's problems are
 * collected and the build fails once, listing all of them: fixing one
 * article should not reveal the next one's problems only on the next run.
 */
export function getSite(): Promise<Site> {
	// A build reads the content once; the dev server again whenever the content has changed.
	if (import.meta.env.DEV) return devSite();
	return (building ??= buildSite({ check: true }));
}

/**
 * The site index, for a page as it renders. A build lists every route's
 * paths (`getStaticPaths()`, which asks `getSite`) before it renders any
 * page, so the checks have run, and passed, by then: in the thread that
 * listed them. A prerender worker that only renders builds the index
 * without them, rather than find again what that thread found.
 */
export function getSiteToRender(): Promise<Site> {
	if (import.meta.env.DEV) return devSite();
	return building ?? (unchecked ??= buildSite({ check: false }));
}

/** In dev, the last index (or its error), with what it was built from. */
let devBuilt: { files: ContentCheck; entries: string; site: Promise<Site> } | undefined;

/**
 * The index as the content is now, built again only when a file in the content folder or an entry of
 * the content layer has changed since the last page asked: the files' check is the same object while
 * none has (`currentContentCheck`), and the entries are compared by their digests. Everything the index
 * reads is one or the other (the records, articles, ledgers, images and research notes are files; the
 * day is in the check's state); an edit to our code reloads this module, and the index with it.
 */
async function devSite(): Promise<Site> {
	const files = currentContentCheck();
	const entries = await entryDigests();
	if (devBuilt?.files !== files || devBuilt.entries !== entries)
		devBuilt = { files, entries, site: buildSite({ check: true }) };
	return devBuilt.site;
}

/** Each entry of the collections the index reads, by its collection, id and digest. */
async function entryDigests(): Promise<string> {
	const lists = await Promise.all([
		getCollection('articles'),
		getCollection('sources'),
		getCollection('entities'),
		hasRecords(authorsDir) ? getCollection('authors') : [],
	]);
	return lists
		.flat()
		.map((e) => `${e.collection}/${e.id}\0${String(e.digest ?? '')}`)
		.join('\n');
}

async function buildSite({ check }: { check: boolean }): Promise<Site> {
	// In dev an image replaced since the last index must parse the articles again (`current`), as in a build.
	if (import.meta.env.DEV) forgetSharedInputs();
	const [listedArticles, sourceEntries, entityEntries] = await Promise.all([
		getCollection('articles'),
		getCollection('sources'),
		getCollection('entities'),
	]);
	// In dev an article being deleted is still listed for a moment after its file is gone: it is
	// neither shown nor checked (a problem of its own would answer every page with a 500).
	const articles = import.meta.env.DEV
		? listedArticles.filter((e) => !e.filePath || existsSync(resolve(e.filePath)))
		: listedArticles;
	const sources = new Map(sourceEntries.map((e) => [e.id, { ...e.data, id: e.id } satisfies Source]));
	// `related` holds references (`{ collection, id }`); the site's entities name each other by id.
	// `cited` (where the description cites which source) is for the research check, not the pages.
	const byId = new Map(
		entityEntries.map(({ id, data: { cited: _cited, ...data } }) => [
			id,
			{ ...data, related: data.related.map((r) => r.id), id } satisfies Entity,
		]),
	);
	const matcher = new MentionMatcher(byId.values());
	const built = articles.map(explainerOf);
	// Every explainer's record, only while the index is built (see above). No closure here may
	// name this map: the functions the site keeps (`description`) would keep this scope, and it with them.
	const recordOf = new Map(built.map((b) => [b.explainer, readIndex(b.record)] as const));
	const explainers = built.map((b) => b.explainer);
	explainers.sort((a, b) => newest(b).localeCompare(newest(a)) || a.id.localeCompare(b.id));

	const uses = new Map<string, SourceUse[]>();
	const mentions = new Map<string, EntityMention[]>();
	// An explainer under embargo is listed on no source or entity page until its date.
	for (const explainer of listed(explainers)) {
		const { claims, passages } = recordOf.get(explainer)!;
		for (const claim of claims) {
			const shown = { id: claim.id, text: claim.text };
			for (const s of claim.sources)
				push(uses, s.id, { explainer, claim: shown, ...(s.quote ? { quote: s.quote } : {}) });
		}
		for (const passage of passages) {
			const found = matcher.find(passage.text);
			if (found.length === 0) continue;
			const shown = { id: passage.id, section: passage.section, text: passage.text };
			for (const entity of new Set(found.map((m) => m.entity)))
				push(mentions, entity, { explainer, passage: shown, mentions: found });
		}
	}
	const sourceSet = { sources, invalid: new Set<string>() };
	const described = new Map<string, { html: string; cites: string[] }>();
	const describe = (entity: Entity) => {
		let done = described.get(entity.id);
		if (!done) described.set(entity.id, (done = renderCited(entity.description, entity.name, sourceSet)));
		return done;
	};
	// Only when there are any: a site without authors has an empty collection, which Astro would
	// warn about on every page. The pages show them only when a byline names one.
	const authorEntries = hasRecords(authorsDir) ? await getCollection('authors') : [];
	const authorById = new Map(
		authorEntries.map(({ id, data: { cited: _cited, ...data } }) => [id, { ...data, id } satisfies Author]),
	);
	const shownAuthors = explainers.some((e) => e.data.author) ? authorById : new Map<string, Author>();
	// Only where the paths are listed (see `getSiteToRender`).
	if (check) {
		// The bios' and descriptions' citations, with their places in the YAML, for the checks.
		const authors = { authors: authorById, citations: citationsOf(authorEntries) };
		const entities = { entities: byId, citations: citationsOf(entityEntries) };
		const claimsOf = new Map([...recordOf].map(([e, r]) => [e, r.claims] as const));
		// The records' and the frontmatter's problems, as the content layer's loaders found them (the broken
		// files are in no collection). In dev, where the loaders reload files one by one and hand nothing on
		// again, read from the files as they are now (again only after a change: content-check.ts).
		const early = import.meta.env.DEV ? devContentProblems() : await contentProblems();
		const invalid = new Set(early?.invalidSources);
		// One round: the records' and frontmatter's problems, every article's body problems, what only the
		// whole site shows, and the research notes' check.
		const problems: Diagnostic[] = [
			...(early?.problems ?? []),
			...built.flatMap((b) => b.record.problems),
			// Notes render at page time, so the citations are checked against the records here (citation-checks.ts).
			...built.flatMap((b) => citationProblems(b.explainer.file, recordOf.get(b.explainer)!.claims, sources, invalid)),
			...checkAcrossExplainers(
				explainers,
				claimsOf,
				sources,
				[...byId.values()].flatMap((e) => describe(e).cites).concat(authorEntries.flatMap((e) => e.data.cited.cites)),
				// While an article is left out, which sources it cites is unknown.
				early?.articlesLeftOut ? [] : sourceEntries,
			),
			...checkResearchNotes(explainers, claimsOf, entities, mentions, sources, authors, {
				invalidSources: invalid,
				articlesLeftOut: Boolean(early?.articlesLeftOut),
			}),
		];
		// The research notes are read for that check alone. A build's index lives through the route phase, and every
		// major GC would walk them; the dev server keeps them for its next page, until content changes.
		if (!import.meta.env.DEV) forgetResearch();
		const warnings = problems.filter((d) => d.severity === 'warning');
		if (warnings.length > 0) console.warn(formatDiagnostics(warnings));
		if (hasErrors(problems)) throw new ContentError(problems);
	}
	return {
		explainers,
		explainerById: new Map(explainers.map((e) => [e.id, e])),
		sources,
		entities: [...byId.values()].sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en') || a.id.localeCompare(b.id)),
		entityById: byId,
		matcher,
		uses,
		mentions,
		description: (e) => describe(e).html,
		authors: shownAuthors,
		bylines: bylinesOf(shownAuthors, listed(explainers)),
	};
}

/**
 * An explainer as the index keeps it, and its record. A function of its own, so `render` keeps
 * only `entry` and the record (the entry's own, but in dev when parsed again). The index keeps the
 * entry's data without the record (`data.claims`).
 */
function explainerOf(entry: CollectionEntry<'articles'>): { explainer: Explainer; record: ArticleRecord } {
	const { claims: stored, ...data } = entry.data;
	const record = import.meta.env.DEV ? current(entry, stored) : stored;
	const explainer: Explainer = {
		id: entry.id,
		path: explainerPath(entry.id),
		file: fileOf(entry),
		data,
		digest: String(entry.digest ?? ''),
		render: async () => {
			const { Content } = await render(entry);
			// In dev Vite compiles an edited article at once, while the content layer's store takes the edit in
			// after a debounce: the page's claims are parsed from the file the compile read, so they are those
			// its body names.
			return { Content, claims: readClaims(import.meta.env.DEV ? reparsed(entry, record) : record) };
		},
		sourceOrder: record.sourceOrder,
		reviewSources: record.reviewSources,
		claimsDigest: record.digest,
		hasHistory: record.ledger,
	};
	return { explainer, record };
}

/**
 * In dev, the record parsed again when what it was parsed from besides the article has changed
 * since (its ledger, a source): the loader sees only the article's own file change.
 */
function current(entry: CollectionEntry<'articles'>, stored: ArticleRecord): ArticleRecord {
	if (!entry.filePath || stored.inputs === inputsOf(resolve(entry.filePath))) return stored;
	return reparsed(entry, stored);
}

/** The record parsed again from the article's file as it is now (dev only). */
function reparsed(entry: CollectionEntry<'articles'>, stored: ArticleRecord): ArticleRecord {
	const file = entry.filePath && resolve(entry.filePath);
	// An article being deleted is still listed for a moment after its file is gone: it keeps what it had.
	if (!file || !existsSync(file)) return stored;
	const { claims: _stored, ...data } = entry.data;
	return parseArticle(file, readFileSync(file, 'utf8'), data);
}

/** In dev: the records' and frontmatter's problems in the files as they are now. */
function devContentProblems(): ContentProblems {
	const check = currentContentCheck();
	return { ...check, problems: check.problems.filter((d) => d.severity === 'error') };
}

/** The records' and frontmatter's problems the content layer handed on (`src/loaders/problems.ts`). */
async function contentProblems(): Promise<ContentProblems | undefined> {
	const [entry] = await getCollection('contentProblems');
	return entry?.data;
}

/** Each record's citations, by id, as the records loader kept them (`cited`). */
function citationsOf(entries: { id: string; data: { cited: Cited } }[]): Map<string, CheckedCitation[]> {
	return new Map(entries.map((e) => [e.id, e.data.cited.citations]));
}

/** Whether `dir` holds any YAML record (a listing: nothing is read). */
function hasRecords(dir: string): boolean {
	return existsSync(dir) && readdirSync(dir).some((f) => /\.ya?ml$/.test(f));
}

/** The entry's file as shown in messages. */
function fileOf(entry: CollectionEntry<'articles'> | CollectionEntry<'sources'>): string {
	return entry.filePath ? relative(process.cwd(), entry.filePath) : entry.id;
}

/** The ids closest to a mistyped or stale one, by their words and by their spelling. */
function nearestClaims(id: string, claims: readonly Pick<Claim, 'id' | 'text'>[]): string {
	if (claims.length === 0) return 'the article has no claims yet';
	const words = id
		.replace(/^c-/, '')
		.replace(/-[a-z0-9]{6}$/, '')
		.replace(/-/g, ' ');
	const byWords = claims.filter((c) => words.length > 0 && normalise(c.text).startsWith(words)).map((c) => c.id);
	const near = [
		...new Set([
			...byWords,
			...closest(
				id,
				claims.map((c) => c.id),
			),
		]),
	].slice(0, 3);
	return `closest ids: ${near.map((n) => `\`${n}\``).join(', ')}`;
}

function newest(e: Explainer): string {
	return e.data.updated ?? e.data.published;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** The A–Z key: `sortAs`, or the name, without a leading "the" or quote. */
export function sortKey(entity: Pick<Entity, 'name' | 'sortAs'>): string {
	return (entity.sortAs ?? entity.name).replace(/^the\s+/i, '').replace(/^[“"']/, '');
}

/**
 * What only the whole site can check: corrections that name real claims,
 * `verified` dates no earlier than the reading of the sources cited, and
 * sources that nothing cites (a warning).
 */
function checkAcrossExplainers(
	explainers: Explainer[],
	claimsOf: ReadonlyMap<Explainer, IndexedClaim[]>,
	sources: Map<string, Source>,
	entityCites: string[],
	sourceEntries: CollectionEntry<'sources'>[],
): Diagnostic[] {
	const found: Diagnostic[] = [];
	const cited = new Set<string>(entityCites);
	for (const explainer of explainers) {
		// Positions are looked up only when there is something to report.
		let located: { text: string; yaml: ReturnType<typeof readFrontmatter> } | undefined;
		const at = (path: (string | number)[]) => {
			if (!located) {
				// In dev an article being deleted is still listed for a moment after its file is gone.
				const text = existsSync(explainer.file) ? readFileSync(explainer.file, 'utf8') : '';
				located = { text, yaml: readFrontmatter(explainer.file, text) };
			}
			return { file: explainer.file, text: located.text, offset: located.yaml?.offsetOf(path) ?? 0 };
		};
		const claims = claimsOf.get(explainer)!;
		const ids = new Set(claims.map((c) => c.id));
		explainer.data.corrections.forEach((change, i) => {
			if (change.claim && !ids.has(change.claim))
				found.push(
					diagnostic(
						at(['corrections', i, 'claim']),
						'unknown-claim',
						`Unknown claim \`${change.claim}\` in a correction, expected the id of a claim in this article as it reads now (${nearestClaims(change.claim, claims)}; \`npm run claims\` lists the claims each edit changed, with their ids)`,
					),
				);
			if (!change.claim && change.was.length > 0)
				found.push(
					diagnostic(
						at(['corrections', i, 'was']),
						'unknown-claim',
						'Unexpected `was` in a correction without `claim`: old ids land on the claim `claim` names, expected `claim: c-…` too (a removed claim needs no `was`: its old links land on the edition history)',
					),
				);
			change.was.forEach((old, j) => {
				if (ids.has(old))
					found.push(
						diagnostic(
							at(['corrections', i, 'was', j]),
							'unknown-claim',
							`Unexpected \`${old}\` in \`was\`: a claim still has that id, expected only ids that no longer exist`,
						),
					);
			});
		});
		for (const claim of claims) for (const s of claim.sources) cited.add(s.id);
		const verified = explainer.data.verified;
		if (verified) {
			const late = [...new Set(claims.flatMap((c) => c.sources.map((s) => s.id)))]
				.map((id) => sources.get(id))
				.filter((s): s is Source => Boolean(s?.accessed && s.accessed > verified));
			if (late.length > 0)
				found.push(
					diagnostic(
						at(['verified']),
						'verified-before-accessed',
						`\`verified: ${verified}\` is earlier than when cited sources were read (${late.map((s) => `\`${s.id}\` on ${s.accessed}`).join(', ')}), expected the date of the latest check`,
					),
				);
		}
	}
	for (const entry of sourceEntries) {
		if (!cited.has(entry.id))
			found.push(
				diagnostic(
					{ file: fileOf(entry) },
					'uncited-source',
					`Source \`${entry.id}\` is not cited by any article or entity; cite it with \`[@${entry.id}]\` or delete the file`,
					'warning',
				),
			);
	}
	return found;
}
