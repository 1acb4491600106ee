/**
 * Everything the pages look up across explainers, built once per build:
 * the explainers (newest first) with what the claims engine recorded for
 * each, which claims every source supports, and which paragraphs mention
 * every entity. Pages ask here instead of each re-reading every article,
 * which made a 1,000-explainer build spend most of its time re-scanning.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ArticleClaims, Claim, Passage } from '../claims/model.ts';
import { ContentError, diagnostic, formatDiagnostics, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { renderArticle } from '../markdown/render-article.ts';
import type { RemarkClaimsOptions } from '../markdown/remark-claims.ts';
import type { ArticleData } from '../schema/article.ts';
import type { Entity } from '../schema/entity.ts';
import type { Source } from '../schema/source.ts';
import { TEMPLATE_IDS } from '../site.ts';
import { withBase } from '../site-base.ts';
import { checkArticle, readFrontmatter } from './articles.ts';
import { articlesDir, entitiesDir, researchDir, sourcesDir } from '../content-paths.ts';
import { contentFiles } from './content-files.ts';
import { forgetEntities, loadEntities } from './entities.ts';
import { articleTimeline, siteEntities } from './events.ts';
import type { Mention, MentionMatcher } from './mentions.ts';
import { forgetSources, loadSources } from './sources.ts';
import { listed } from './embargo.ts';
import { checkResearchNotes } from './research-check.ts';
import { forgetResearch } from '../editorial/research-notes.ts';

/** An explainer: its frontmatter, its body as HTML, and what the claims engine recorded. */
export interface Explainer {
	id: string;
	path: string;
	/** The file, as shown in messages. */
	file: string;
	data: ArticleData;
	html: string;
	claims: ArticleClaims;
}

/** A claim a source supports, and where. */
export interface SourceUse {
	explainer: Explainer;
	claim: Claim;
	quote?: string;
}

/** A paragraph that names an entity, with where the names are. */
export interface EntityMention {
	explainer: Explainer;
	passage: Passage;
	mentions: Mention[];
}

export interface Site {
	explainers: Explainer[];
	sources: Map<string, Source>;
	/** Sorted for the A–Z index. */
	entities: Entity[];
	entityById: Map<string, Entity>;
	matcher: MentionMatcher;
	/** Per source id: the claims it supports, in explainer order. */
	uses: Map<string, SourceUse[]>;
	/** Per entity id: the paragraphs that mention it. */
	mentions: Map<string, EntityMention[]>;
}

/** URL path of an explainer. */
export function explainerPath(id: string): string {
	return withBase(`/${id}/`);
}

let building: { key: string; site: Site } | undefined;

/** The same options object for every article: it keys the renderer's processor. */
const RENDER_OPTIONS: Omit<RemarkClaimsOptions, 'report'> = {
	sources: () => loadSources(sourcesDir),
	timeline: articleTimeline,
	reservedIds: TEMPLATE_IDS,
};

/**
 * The site index, built on first use, and again (in dev) when an article
 * file changes. Every article's problems are collected and the build
 * fails once, listing all of them: fixing one article should not reveal
 * the next one's problems only on the next run.
 */
export async function getSite(): Promise<Site> {
	// A build reads the content once; only the dev server looks again, on every page.
	if (building && !import.meta.env?.DEV) return building.site;
	const { files } = contentFiles(articlesDir, /\.mdx$/, 'us-guarantees-for-ukraine.mdx');
	const key = [...files.map((f) => f.path), ...folderFiles(sourcesDir), ...folderFiles(entitiesDir), ...folderFiles(researchDir)].map((path) => `${path}:${statSync(path).mtimeMs}`).join('|');
	if (building?.key !== key) {
		if (building) {
			forgetSources();
			forgetEntities();
			forgetResearch();
		}
		building = { key, site: buildSite(files) };
	}
	return building.site;
}

function folderFiles(dir: string): string[] {
	return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
}

function buildSite(files: ReturnType<typeof contentFiles>['files']): Site {
	const { sources } = loadSources(sourcesDir);
	const { entities: byId, matcher } = siteEntities();
	const problems: Diagnostic[] = [];
	const explainers: Explainer[] = [];
	for (const f of files) {
		const text = readFileSync(f.path, 'utf8');
		// In a build, content-check has already stopped on these; the dev server finds them here.
		problems.push(...checkArticle(f.shown, text));
		const data = readFrontmatter(f.shown, text)?.data;
		if (!data) continue;
		const rendered = renderArticle(f.shown, text, data as unknown as Record<string, unknown>, RENDER_OPTIONS);
		problems.push(...rendered.diagnostics);
		explainers.push({ id: f.id, path: explainerPath(f.id), file: f.shown, data, html: rendered.html, claims: rendered.claims });
	}
	const warnings = problems.filter((d) => d.severity === 'warning');
	if (warnings.length > 0) console.warn(formatDiagnostics(warnings));
	if (hasErrors(problems)) throw new ContentError(problems);
	explainers.sort((a, b) => newest(b).localeCompare(newest(a)) || a.id.localeCompare(b.id));

	const uses = new Map<string, SourceUse[]>();
	const mentions = new Map<string, EntityMention[]>();
	// An explainer under embargo is listed on no source or entity page until its date.
	for (const explainer of listed(explainers)) {
		for (const claim of explainer.claims.claims) {
			for (const s of claim.sources) push(uses, s.id, { explainer, claim, ...(s.quote ? { quote: s.quote } : {}) });
		}
		for (const passage of explainer.claims.passages) {
			const found = matcher.find(passage.text);
			for (const entity of new Set(found.map((m) => m.entity))) push(mentions, entity, { explainer, passage, mentions: found });
		}
	}
	checkAcrossExplainers(explainers, sources);
	const research = checkResearchNotes(explainers, loadEntities(entitiesDir, loadSources(sourcesDir)), mentions, sources);
	if (hasErrors(research)) throw new ContentError(research);
	const entities = [...byId.values()].sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en') || a.id.localeCompare(b.id));
	return { explainers, sources, entities, entityById: byId, matcher, uses, mentions };
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
function checkAcrossExplainers(explainers: Explainer[], sources: Map<string, Source>): void {
	const found: Diagnostic[] = [];
	const cited = new Set<string>();
	for (const explainer of explainers) {
		const file = explainer.file;
		const text = readFileSync(file, 'utf8');
		const yaml = readFrontmatter(file, text);
		const at = (path: (string | number)[]) => ({ file, text, offset: yaml?.offsetOf(path) ?? 0 });
		const ids = new Set(explainer.claims.claims.map((c) => c.id));
		explainer.data.corrections.forEach((change, i) => {
			if (change.claim && !ids.has(change.claim)) found.push(diagnostic(at(['corrections', i, 'claim']), 'unknown-claim', `Unknown claim \`${change.claim}\` in a correction, expected the id of a claim in this article as it reads now (ids start \`c-\`; see the page's “Link to claim” links)`));
			change.was.forEach((old, j) => {
				if (ids.has(old)) found.push(diagnostic(at(['corrections', i, 'was', j]), 'unknown-claim', `Unexpected \`${old}\` in \`was\`: a claim still has that id, expected only ids that no longer exist`));
			});
		});
		for (const claim of explainer.claims.claims) for (const s of claim.sources) cited.add(s.id);
		const verified = explainer.data.verified;
		if (verified) {
			const late = [...new Set(explainer.claims.claims.flatMap((c) => c.sources.map((s) => s.id)))]
				.map((id) => sources.get(id))
				.filter((s): s is Source => Boolean(s?.accessed && s.accessed > verified));
			if (late.length > 0) found.push(diagnostic(at(['verified']), 'verified-before-accessed', `\`verified: ${verified}\` is earlier than when cited sources were read (${late.map((s) => `\`${s.id}\` on ${s.accessed}`).join(', ')}), expected the date of the latest check`));
		}
	}
	const entitySet = loadEntities(entitiesDir, loadSources(sourcesDir));
	for (const list of entitySet.cites.values()) for (const id of list) cited.add(id);
	for (const id of sources.keys()) {
		if (!cited.has(id)) found.push(diagnostic({ file: relative(process.cwd(), join(sourcesDir, `${id}.yaml`)) }, 'uncited-source', `Source \`${id}\` is not cited by any article or entity; cite it with \`[@${id}]\` or delete the file`, 'warning'));
	}
	const warnings = found.filter((d) => d.severity === 'warning');
	if (warnings.length > 0) console.warn(formatDiagnostics(warnings));
	if (hasErrors(found)) throw new ContentError(found);
}
