/**
 * `npm run claims`: record each article's claims in its ledger
 * (`content/articles/<slug>.claims.json`) as an edition dated today, and
 * print what changed, with the ids a correction names. Commit the ledger
 * with the article. The build never writes it: a build from a tarball or
 * a read-only checkout must give the same site, so it only reads the
 * ledger, and matches an edit not yet recorded by likeness.
 *
 *   npm run claims                       every article, edition dated today (EXPLAINER_TODAY fixes it)
 *   npm run claims -- <slug> …           only these
 *   npm run claims -- --date 2026-12-02  another day's edition
 *   npm run claims -- --check            write nothing; fail if an article changed since its ledger (for CI)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { articlesDir, sourcesDir } from '../src/content-paths.ts';
import { buildDate } from '../src/build-date.ts';
import { contentFiles } from '../src/data/content-files.ts';
import { readFrontmatter } from '../src/schema/article-frontmatter.ts';
import { readLedger, writeLedger } from '../src/schema/ledger-file.ts';
import { loadSources } from '../src/data/sources.ts';
import { formatDiagnostics } from '../src/diagnostics/diagnostic.ts';
import { recordArticle } from './claims-record.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { date: { type: 'string' }, check: { type: 'boolean', default: false } },
});
const date = values.date ?? buildDate();
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date ${date}: expected YYYY-MM-DD`);

const { files, diagnostics } = contentFiles(articlesDir, /\.mdx$/, 'us-guarantees-for-ukraine.mdx');
const chosen = positionals.length > 0 ? files.filter((f) => positionals.includes(f.id)) : files;
for (const slug of positionals)
	if (!files.some((f) => f.id === slug))
		diagnostics.push({
			file: articlesDir,
			line: 1,
			column: 1,
			ruleId: 'missing-content',
			severity: 'error',
			reason: `No article \`${slug}.mdx\``,
		});
const sources = loadSources(sourcesDir);
let changed = 0;
for (const file of chosen) {
	const text = readFileSync(file.path, 'utf8');
	const front = readFrontmatter(file.shown, text);
	const ledger = readLedger(file.path);
	if (!front?.data || ledger.diagnostics.length > 0) {
		diagnostics.push(...(front?.diagnostics ?? []), ...ledger.diagnostics);
		continue;
	}
	const recorded = recordArticle(file.shown, text, front.data, ledger.ledger, date, () => sources);
	diagnostics.push(...recorded.diagnostics);
	if (recorded.diagnostics.length > 0) continue;
	console.log(recorded.report);
	if (recorded.entries.length === 0) continue;
	changed++;
	if (!values.check) writeLedger(file.path, recorded.ledger);
}
if (diagnostics.length > 0)
	fail(`${formatDiagnostics(diagnostics)}\nNothing recorded for the articles above: fix them first.`);
if (values.check && changed > 0)
	fail(
		`${changed} article(s) changed since their ledger: run \`npm run claims\` and commit the ledger with the article.`,
	);

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}
