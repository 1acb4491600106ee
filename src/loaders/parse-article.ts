/**
 * One article's record as the content layer keeps it: its claims parsed
 * (`src/markdown/record-article.ts`) with the options its compile uses, and
 * a digest of what besides its own text the record depends on (its claim
 * ledger, the source records, the build's day), by which a stored record
 * is known to be stale.
 */
import { existsSync, readFileSync } from 'node:fs';
import { sourcesDir } from '../content-paths.ts';
import { buildDate } from '../data/build-date.ts';
import { ledgerPath } from '../data/ledger-file.ts';
import { loadSources, type SourceSet } from '../data/sources.ts';
import { articleClaimsOptions } from '../markdown/article-plugins.ts';
import { recordArticle } from '../markdown/record-article.ts';
import { articleRecord, digestOf, type ArticleRecord } from './article-record.ts';

/** One object for every parse: it keys the processor cache. */
const options = articleClaimsOptions();

const sourcesDigests = new WeakMap<SourceSet, string>();

/** What the record of the article at `file` depends on besides its text (read again after `forgetContent()` in dev). */
export function inputsOf(file: string): string {
	const set = loadSources(sourcesDir);
	let sources = sourcesDigests.get(set);
	if (sources === undefined) sourcesDigests.set(set, (sources = digestOf([...set.sources], [...set.invalid])));
	const ledger = ledgerPath(file);
	return digestOf(existsSync(ledger) ? readFileSync(ledger, 'utf8') : null, sources, buildDate());
}

/**
 * @param file the article's absolute path
 * @param text the whole file
 * @param frontmatter its frontmatter (the title, dates and corrections are read from it)
 */
export function parseArticle(file: string, text: string, frontmatter: Record<string, unknown>): ArticleRecord {
	const { claims, diagnostics } = recordArticle(file, text, frontmatter, options);
	return articleRecord(text, claims, diagnostics, { ledger: existsSync(ledgerPath(file)), inputs: inputsOf(file) });
}
