/**
 * An article's claim ledger on disk: `<slug>.claims.json` beside
 * `<slug>.mdx` in `content/articles/` (see `src/claims/ledger.ts`).
 * Written only by `npm run claims`, never by a build (a build from a
 * tarball or a read-only checkout must give the same site).
 *
 * JSON, one claim a line: a diff shows one line per changed claim, and
 * it is read with `JSON.parse`, many times faster than YAML at this size
 * (a build reads it as each article compiles). A ledger that does not
 * meet its schema is read again as YAML (JSON is YAML) to place each
 * problem at its line and column.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { stampOf } from '../file-stamp.ts';
import type { Ledger } from '../claims/ledger.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { ledgerSchema, type Edition } from './ledger.ts';
import { validateYaml } from './validate-yaml.ts';
import { FORBIDDEN } from '../text/forbidden-characters.ts';
import { BUNDLER_MARKER } from '../text/bundler-markers.ts';

/** The ledger file of an article file. */
export function ledgerPath(articleFile: string): string {
	return articleFile.replace(/\.mdx$/, '.claims.json');
}

/** Whether `path` is a ledger (the dev server compiles its article again when it changes). */
export function isLedger(path: string): boolean {
	return path.endsWith('.claims.json');
}

export interface LedgerRead {
	ledger?: Ledger;
	diagnostics: Diagnostic[];
}

/** Each ledger as last read, by path, with the file's identity then: a build reads and parses each once. */
const read = new Map<string, { stamp: string; text: string; result?: LedgerRead }>();

/**
 * The ledger file as last read, while it is the same file (inode, size, change and modification times in
 * nanoseconds): the articles loader's check, the record's digest, the compile's cache key and the compile
 * itself all want it, and a page in dev must see an edit at once. Undefined when there is no ledger.
 */
function current(path: string): { stamp: string; text: string; result?: LedgerRead } | undefined {
	const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
	if (!stat) {
		read.delete(path);
		return undefined;
	}
	const stamp = stampOf(stat);
	let known = read.get(path);
	if (known?.stamp !== stamp) read.set(path, (known = { stamp, text: readFileSync(path, 'utf8') }));
	return known;
}

/** The ledger's text (for a digest), read once while the file is unchanged; undefined when there is none. */
export function ledgerText(articleFile: string): string | undefined {
	return current(ledgerPath(articleFile))?.text;
}

/** The article's ledger, if it has one, and the problems in it (read and parsed once while unchanged). */
export function readLedger(articleFile: string): LedgerRead {
	const path = ledgerPath(articleFile);
	const found = current(path);
	if (!found) return { diagnostics: [] };
	return (found.result ??= parse(path, found.text));
}

function parse(path: string, text: string): LedgerRead {
	const file = relative(process.cwd(), path) || path;
	// A byte-order mark, as some editors write one, is no part of the JSON (JSON.parse refuses it; YAML skips it).
	const bom = text.startsWith('\uFEFF') ? 1 : 0;
	const json = parsed(text.slice(bom));
	if (json instanceof SyntaxError) {
		// A merge conflict's markers are the likely cause, and where; otherwise V8 says where, when it does.
		const conflict = /^(?:<{7}|={7}|>{7})/m.exec(text);
		const at = conflict?.index ?? bom + Number(/at position (\d+)/.exec(json.message)?.[1] ?? 0);
		const what = conflict
			? 'a merge conflict’s marker'
			: json.message.split('\n')[0]!.replace(/ in JSON at position.*$/, '');
		return {
			diagnostics: [
				diagnostic(
					{ file, text, offset: at },
					'yaml-syntax',
					`Invalid JSON: ${what}, expected the ledger as \`npm run claims\` writes it (after a merge conflict, keep either side and run \`npm run claims\` again)`,
				),
			],
		};
	}
	const fast = ledgerSchema.safeParse(json);
	const ordered =
		fast.success && fast.data.editions.every((e, i) => i === 0 || e.date > fast.data.editions[i - 1]!.date);
	const once =
		fast.success && fast.data.editions.every((e) => repeatedEntries(e).length === 0 && badRenames(e).length === 0);
	// A JSON escape (`\u001b`) writes a control character the schema lets through: the YAML read reports it.
	if (fast.success && ordered && once && !holdsForbidden(json)) return { ledger: fast.data as Ledger, diagnostics: [] };
	const result = validateYaml(ledgerSchema, file, text);
	const diagnostics = [...result.diagnostics];
	const data = result.data as Ledger | undefined;
	data?.editions.forEach((edition, i) => {
		const before = data.editions[i - 1];
		if (before && edition.date <= before.date)
			diagnostics.push(
				diagnostic(
					{ file, text, offset: result.offsetOf(['editions', i, 'date']) },
					'date-order',
					`Unexpected edition dated ${edition.date}, not after the edition before it (${before.date}), expected editions oldest first, one per day`,
				),
			);
		for (const { j, reason } of badRenames(edition))
			diagnostics.push(
				diagnostic(
					{ file, text, offset: result.offsetOf(['editions', i, 'claims', j, 'was']) },
					'invalid-field',
					`Unexpected \`was\` in the edition of ${edition.date}: ${reason}, expected the id the claim had before this edition, which no other entry of it gives (or run \`npm run claims\` again)`,
				),
			);
		for (const j of repeatedEntries(edition))
			diagnostics.push(
				diagnostic(
					{ file, text, offset: result.offsetOf(['editions', i, 'claims', j, 'id']) },
					'duplicate-id',
					`Unexpected second entry for \`${edition.claims[j]!.id}\` in the edition of ${edition.date}, expected each claim once in an edition (keep one, or run \`npm run claims\` again)`,
				),
			);
	});
	return { diagnostics };
}

/**
 * The positions of the entries in `edition` whose claim an earlier entry of it already gave: a hand
 * edit or a merge can write one twice, and which wording the page shows would then depend on the order.
 */
function repeatedEntries(edition: Edition): number[] {
	const seen = new Set<string>();
	return edition.claims.flatMap((entry, j) => {
		if (seen.has(entry.id)) return [j];
		seen.add(entry.id);
		return [];
	});
}

/**
 * The entries of `edition` whose `was` cannot be the id the claim had before it: its own id, an id
 * another entry of the edition gives, or one another entry's `was` names already. `npm run claims` writes
 * none of these; by hand, two claims swapping ids made one of them vanish from the page and its history.
 */
function badRenames(edition: Edition): { j: number; reason: string }[] {
	const ids = new Set(edition.claims.map((entry) => entry.id));
	const named = new Set<string>();
	return edition.claims.flatMap((entry, j) => {
		const was = 'was' in entry ? entry.was : undefined;
		if (was === undefined) return [];
		const reason =
			was === entry.id
				? `\`${was}\` is the claim's own id`
				: ids.has(was)
					? `\`${was}\` is given by another entry of this edition`
					: named.has(was)
						? `\`${was}\` is named by another entry's \`was\` already`
						: undefined;
		named.add(was);
		return reason ? [{ j, reason }] : [];
	});
}

/**
 * Whether any string in `value` (keys too) holds a character no text may (`src/text/forbidden-characters.ts`),
 * or text the bundler reads as code (`src/text/bundler-markers.ts`): the YAML reader says where.
 */
function holdsForbidden(value: unknown): boolean {
	if (typeof value === 'string') return FORBIDDEN.test(value) || BUNDLER_MARKER.test(value);
	if (Array.isArray(value)) return value.some(holdsForbidden);
	if (value && typeof value === 'object')
		return Object.entries(value).some(([key, inner]) => holdsForbidden(key) || holdsForbidden(inner));
	return false;
}

function parsed(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		return error instanceof SyntaxError ? error : new SyntaxError(String(error));
	}
}

const ABOUT =
	"The claims of this article, edition by edition: written by `npm run claims`, committed with the article. Each edition lists what changed since the one before (the first lists every claim): a claim's wording and sources, the id it had before (`was`), or `removed`. The build gives each claim its id from here; the edition history (/<slug>/history/) shows every earlier wording.";

/** Write the ledger beside the article: one edition's claims a line each. */
export function writeLedger(articleFile: string, ledger: Ledger): void {
	const editions = ledger.editions.map(
		(e) =>
			`\t\t{\n\t\t\t"date": ${JSON.stringify(e.date)},\n\t\t\t"claims": [${e.claims.length === 0 ? '' : `\n${e.claims.map((c) => `\t\t\t\t${JSON.stringify(c)}`).join(',\n')}\n\t\t\t`}]\n\t\t}`,
	);
	writeFileSync(
		ledgerPath(articleFile),
		`{\n\t"about": ${JSON.stringify(ABOUT)},\n\t"editions": [\n${editions.join(',\n')}\n\t]\n}\n`,
	);
}
