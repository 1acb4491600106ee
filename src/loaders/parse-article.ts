/**
 * One article's record as the content layer keeps it: its claims parsed
 * (`src/markdown/record-article.ts`) with the options its compile uses, and
 * a digest of what besides its own text the record depends on (`inputsOf`),
 * by which a stored record is known to be stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentRoot } from '../content-paths.ts';
import { entriesUnder } from '../file-walk.ts';
import { buildDate } from '../build-date.ts';
import { ledgerText } from '../schema/ledger-file.ts';
import { recordClaimsOptions } from '../markdown/article-plugins.ts';
import { imageInputs } from '../markdown/image-inputs.ts';
import { recordArticle } from '../markdown/record-article.ts';
import { articleRecord, digestOf, type ArticleRecord } from './article-record.ts';

/**
 * The digest of the images and the code, once per process in a build (per article it would list the
 * folder again), and in dev once per site index (`forgetSharedInputs`).
 */
let shared: string | undefined;

/** In dev: read the images' names and stamps again, as the site index is built again after a change. */
export function forgetSharedInputs(): void {
	shared = undefined;
}

/**
 * What the record of the article at `file` depends on besides its text: its ledger, the images it may
 * name anywhere in the content folder (the image check: `image-inputs.ts`), the day, and our code and
 * packages (a changed rule). Not the source records: the record holds the article's own claims, and
 * citations are checked against the sources by the site index (`src/site-index/citation-checks.ts`).
 */
export function inputsOf(file: string): string {
	const others = (shared ??= digestOf(imageInputs(contentRoot), codeDigest()));
	return digestOf(ledgerText(file) ?? null, others, buildDate());
}

let codeHash: string | undefined;

/** Our code and the lockfile, once per process: the parse's rules (and the records loader's) are in them. */
export function codeDigest(): string {
	if (codeHash === undefined) {
		const hash = createHash('sha256');
		for (const f of [...filesIn(resolve('src')), resolve('package-lock.json')].sort())
			if (existsSync(f)) hash.update(f).update('\0').update(readFileSync(f)).update('\0');
		codeHash = hash.digest('hex');
	}
	return codeHash;
}

function filesIn(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return entriesUnder(dir)
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name));
}

/**
 * @param file the article's absolute path
 * @param text the whole file
 * @param frontmatter its frontmatter (the title, dates and corrections are read from it)
 */
export function parseArticle(file: string, text: string, frontmatter: Record<string, unknown>): ArticleRecord {
	const { claims, diagnostics } = recordArticle(file, text, frontmatter, recordClaimsOptions());
	return articleRecord(text, claims, diagnostics, { ledger: ledgerText(file) !== undefined, inputs: inputsOf(file) });
}
