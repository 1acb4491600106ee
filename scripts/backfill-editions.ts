/**
 * One-off: an article's ledger built from the repository's history, so
 * its edition history starts at its first edition rather than at the
 * ledger's. Each commit that changed the article is rendered with today's
 * claims engine; the commits of one day make one edition (dated by the
 * commit, no earlier than `--first`), and a claim whose id changed is
 * paired with its old one by the article's own corrections (`claim` and
 * `was`), then by its words. The result is committed like any ledger: a
 * build needs no history (a tarball or a shallow clone has none).
 *
 *   node scripts/backfill-editions.ts <slug> --first 2026-11-27
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { recordEdition, type CurrentClaim, type Ledger } from '../src/claims/ledger.ts';
import { articlesDir, sourcesDir } from '../src/content-paths.ts';
import { writeLedger } from '../src/schema/ledger-file.ts';
import { loadSources } from '../src/data/sources.ts';
import { renderArticle } from '../src/markdown/render-article.ts';
import { TEMPLATE_IDS } from '../src/site.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { first: { type: 'string' } } });
const slug = positionals[0];
if (!slug) throw new Error('usage: node scripts/backfill-editions.ts <slug> [--first YYYY-MM-DD]');
const path = `${articlesDir}/${slug}.mdx`;
const inRepo = relative(process.cwd(), path);
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const commits = git('log', '--reverse', '--format=%H %ad', '--date=short', '--', inRepo)
	.trim()
	.split('\n')
	.map((l) => l.split(' ') as [string, string]);
// Each commit's claims cite that commit's source records: a record deleted later still names its claim's source.
const sourcesAt = (commit: string) => {
	const dir = mkdtempSync(join(tmpdir(), `sources-${commit.slice(0, 7)}-`));
	const folder = relative(process.cwd(), sourcesDir);
	for (const name of git('ls-tree', '--name-only', `${commit}:${folder}`).trim().split('\n').filter(Boolean))
		writeFileSync(join(dir, name), git('show', `${commit}:${folder}/${name}`));
	return loadSources(dir);
};

let ledger: Ledger | undefined;
for (const [commit, day] of commits) {
	const text = git('show', `${commit}:${inRepo}`);
	const front = (parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') ?? {}) as {
		corrections?: { claim?: string; was?: string[] }[];
	};
	const renamed = new Map<string, string[]>();
	for (const c of front.corrections ?? [])
		if (c.claim && c.was) renamed.set(c.claim, [...(renamed.get(c.claim) ?? []), ...c.was]);
	const sources = sourcesAt(commit);
	const rendered = renderArticle(inRepo, text, front as Record<string, unknown>, {
		sources: () => sources,
		reservedIds: TEMPLATE_IDS,
	});
	const now: CurrentClaim[] = rendered.claims.claims.map((c) => ({
		id: c.id,
		text: c.text,
		sources: [...new Set(c.sources.map((s) => s.id))],
	}));
	const date = values.first && day < values.first ? values.first : day;
	const recorded = recordEdition(ledger, now, date, renamed);
	ledger = recorded.ledger;
	console.log(`${commit.slice(0, 7)} ${day} → edition ${date}: ${now.length} claims`);
}
if (ledger) {
	writeLedger(path, ledger);
	for (const e of ledger.editions) console.log(`${e.date}: ${e.claims.length} entries`);
}
