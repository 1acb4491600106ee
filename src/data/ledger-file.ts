/**
 * An article's claim ledger on disk: `<slug>.claims.yaml` beside
 * `<slug>.mdx` in `content/articles/` (see `src/claims/ledger.ts`). Read
 * and checked against its schema with positions; written only by
 * `npm run claims`, never by a build (a build from a tarball or a
 * read-only checkout must give the same site).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { Document, isPair, visit } from 'yaml';
import type { Ledger } from '../claims/ledger.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { ledgerSchema } from '../schema/ledger.ts';
import { validateYaml } from '../schema/validate-yaml.ts';

/** The ledger file of an article file. */
export function ledgerPath(articleFile: string): string {
	return articleFile.replace(/\.mdx$/, '.claims.yaml');
}

/** Whether `path` is a ledger (the dev server compiles its article again when it changes). */
export function isLedger(path: string): boolean {
	return path.endsWith('.claims.yaml');
}

/** The article's ledger, if it has one, and the problems in it. */
export function readLedger(articleFile: string): { ledger?: Ledger; diagnostics: Diagnostic[] } {
	const path = ledgerPath(articleFile);
	if (!existsSync(path)) return { diagnostics: [] };
	const text = readFileSync(path, 'utf8');
	const file = relative(process.cwd(), path) || path;
	const result = validateYaml(ledgerSchema, file, text);
	const diagnostics = [...result.diagnostics];
	const data = result.data as Ledger | undefined;
	data?.editions.forEach((edition, i) => {
		const before = data.editions[i - 1];
		if (before && edition.date <= before.date) diagnostics.push(diagnostic({ file, text, offset: result.offsetOf(['editions', i, 'date']) }, 'date-order', `Unexpected edition dated ${edition.date}, not after the edition before it (${before.date}), expected editions oldest first, one per day`));
	});
	return { ...(data && diagnostics.length === 0 ? { ledger: data } : {}), diagnostics };
}

const HEADER = `# The claims of this article, edition by edition: written by \`npm run claims\`, committed with the article.
# Each edition lists what changed since the one before (the first lists every claim): a claim's wording and
# sources, the id it had before (\`was\`), or \`removed\`. The build gives each claim its id from here, and
# the edition history (/<slug>/history/) shows every earlier wording.
`;

/** Write the ledger beside the article. */
export function writeLedger(articleFile: string, ledger: Ledger): void {
	const doc = new Document(ledger);
	// A claim's sources on one line: `sources: ["a", "b"]`.
	visit(doc, { Seq: (_key, node, path) => void (isPair(path.at(-1)) && String((path.at(-1) as { key: unknown }).key) === 'sources' ? (node.flow = true) : undefined) });
	writeFileSync(ledgerPath(articleFile), HEADER + doc.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }));
}
