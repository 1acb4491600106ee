/**
 * Research notes: the checked research behind an explainer, one Markdown
 * file in `content/research/` named by the explainer's `research:` field
 * (an entity may name its own). The build holds the explainer to them:
 * every marker quote must appear in the notes, and every cited source's
 * address too. A mismatch fails at the marker, under `not-in-research`,
 * with the nearest passage the notes do have, so the author sees at once
 * whether a word slipped or the quote was never in the research.
 *
 * A quote counts only when it is found (see notes-entries.ts):
 * - inside a quoted passage of the notes (“…”, "…" or a `>` block), never
 *   in the researcher's own commentary around them;
 * - under the cited source's own entry: a passage belongs to the source
 *   the notes name for it (its id, or the address of the page read);
 * - as whole words: "likely" is not found in "unlikely".
 *
 * Quotes are compared after the normalisation the first explainer's checks
 * used: typographic quote marks and apostrophes as straight ones, dashes as
 * hyphens, runs of white space as one space. Nothing else is forgiven.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stampOf } from '../file-stamp.ts';
import { closest, diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.ts';
import type { Source } from '../schema/source.ts';
import { foldedWords } from '../text/fold.ts';
import { excerpt, formatMegabytes } from '../text/format.ts';
import { WordRuns } from '../text/word-runs.ts';
import { addressKey, ownedBy, quotedPassages, rowPages, type Owner, type QuotedPassage } from './notes-entries.ts';
import { holdsWords, normalise, quoteKey } from './notes-text.ts';

export { normalise } from './notes-text.ts';

export interface ResearchNotes {
	/** The file name, as in frontmatter: `ukraine-guarantees.md`. */
	name: string;
	/** The file as shown in messages. */
	file: string;
	/** The notes, normalised (see `normalise`). */
	flat: string;
	/** Every http(s) address the notes give. */
	urls: string[];
	/** Lines, table cells and quoted strings, with their line numbers: candidates for "nearest passage". */
	readonly passages: { line: number; text: string }[];
	/** The sources' words: every quoted passage, with the entry it is filed under. */
	quoted: QuotedPassage[];
	/** The addresses each table row gives, by its id. */
	rows: Map<string, string[]>;
}

/**
 * Notes past this size are not read: the check keeps each file's text, its passages and an index of
 * its words, several times the file's size. The first explainer's notes are 44 KB.
 */
export const MAX_NOTES_BYTES = 2_000_000;

/** Each notes file as last read, with the file's identity then. */
const cache = new Map<string, { stamp: string; notes: ResearchNotes }>();

/**
 * The notes `name` in `dir`, read once while the file is unchanged (inode, size, change and
 * modification times in nanoseconds): in `astro dev` the site index, which checks the quotes on each
 * page, sees an edit at once; undefined when there is no such file.
 */
export function loadResearch(dir: string, name: string): ResearchNotes | undefined {
	const path = join(dir, name);
	const stat = statOf(path);
	if (!stat?.isFile() || stat.size > BigInt(MAX_NOTES_BYTES)) return undefined;
	const stamp = stampOf(stat);
	let known = cache.get(path);
	if (known?.stamp !== stamp) cache.set(path, (known = { stamp, notes: readNotes(name, path) }));
	return known.notes;
}

/**
 * The file's identity, or undefined when there is none. A name longer than the file system allows
 * (a `research:` value pasted in by mistake) names no file either: the stat throws ENAMETOOLONG, which
 * stopped the build at the frontmatter's check with no place in the file.
 */
function statOf(path: string) {
	try {
		return statSync(path, { bigint: true, throwIfNoEntry: false });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENAMETOOLONG') return undefined;
		throw error;
	}
}

/** Forget what was read (the dev server reads again when content changes). */
export function forgetResearch(): void {
	cache.clear();
}

function readNotes(name: string, path: string): ResearchNotes {
	const text = readFileSync(path, 'utf8');
	const urls = [...new Set([...text.matchAll(/https?:\/\/[^\s|)<>"]+/g)].map((m) => m[0].replace(/[.,;:]+$/, '')))];
	let passages: ResearchNotes['passages'] | undefined;
	return {
		name,
		file: relative(process.cwd(), path),
		flat: normalise(text),
		urls,
		// Only a problem's message reads them (the nearest passage to a quote not found): made when first asked for.
		get passages() {
			return (passages ??= linePassages(text));
		},
		quoted: quotedPassages(text),
		rows: rowPages(text),
	};
}

/** Lines, table cells and quoted strings of the notes, with their line numbers. */
function linePassages(text: string): ResearchNotes['passages'] {
	const passages: ResearchNotes['passages'] = [];
	text.split('\n').forEach((raw, i) => {
		const line = i + 1;
		for (const cell of raw.split('|')) {
			if (cell.trim()) passages.push({ line, text: cell.trim() });
			for (const quoted of cell.matchAll(/["“]([^"“”]{3,})["”]/g)) passages.push({ line, text: quoted[1]! });
		}
	});
	return passages;
}

/** Who may own a passage, given the source records: ids the notes or the records know, and any address. */
function naming(notes: ResearchNotes, sources: ReadonlyMap<string, Pick<Source, 'url'>>) {
	const known = (token: string) => token.includes('/') || sources.has(token) || notes.rows.has(token);
	const pageOf = (token: string) => [
		...(notes.rows.get(token) ?? []),
		...(sources.has(token) ? [addressKey(sources.get(token)!.url)] : []),
	];
	return { known, pageOf };
}

/**
 * The quoted passages of the notes that hold `quote` as whole words:
 * those filed under `owner` when given (with the source records, which
 * say which ids and addresses are names), else any.
 */
export function passagesHolding(
	notes: ResearchNotes,
	quote: string,
	owner?: Owner,
	sources: ReadonlyMap<string, Pick<Source, 'url'>> = new Map(),
): QuotedPassage[] {
	const wanted = quoteKey(quote);
	const { known, pageOf } = naming(notes, sources);
	return notes.quoted.filter((p) => holdsWords(p.text, wanted) && (!owner || ownedBy(p, owner, known, pageOf)));
}

/** Whether a quoted passage of the notes holds `quote` as whole words (under `owner`'s entry, when given). */
export function notesHold(
	notes: ResearchNotes,
	quote: string,
	owner?: Owner,
	sources?: ReadonlyMap<string, Pick<Source, 'url'>>,
): boolean {
	return passagesHolding(notes, quote, owner, sources).length > 0;
}

/** The entry a passage is filed under, as a message names it. */
function entryOf(
	notes: ResearchNotes,
	passage: QuotedPassage,
	sources: ReadonlyMap<string, Pick<Source, 'url'>>,
): string {
	const { known } = naming(notes, sources);
	const scope = passage.scopes.map((s) => s.filter(known)).find((s) => s.length > 0);
	return scope ? `under ${scope.map((n) => `\`${n}\``).join(', ')}` : 'under no source';
}

/**
 * Whether the notes give `url`. The first dossier wrote one address without
 * its scheme; a record that adds only `https://` to it still matches.
 */
export function notesGiveUrl(notes: ResearchNotes, url: string): boolean {
	if (notes.urls.includes(url)) return true;
	// Whole addresses only: `…/treaty` is not given by a note of `…/treaty-text`.
	const bare = url.replace(/^https?:\/\//, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?:^|[\\s(|])${bare}(?=$|[\\s)|,;]|\\.(?:\\s|$))`).test(notes.flat);
}

/**
 * The passage of the notes sharing the longest run of words with `quote`, with its line. The quote is
 * indexed once and each passage read through the index once (`WordRuns`), so a long quote against a long
 * line of notes costs their lengths added, not multiplied.
 */
export function nearestPassage(notes: ResearchNotes, quote: string): { line: number; text: string } | undefined {
	const wanted = new WordRuns(foldedWords(quote));
	let best: { line: number; text: string; score: number } | undefined;
	for (const passage of notes.passages) {
		const score = wanted.longestIn(foldedWords(passage.text));
		// Ties go to the shorter passage: a quoted string rather than the whole table row.
		if (score > 0 && (!best || score > best.score || (score === best.score && passage.text.length < best.text.length)))
			best = { ...passage, score };
	}
	return best && { line: best.line, text: best.text };
}

/** One citation to check: which source, the quote if any, and where its marker is. */
export interface CheckedCitation {
	source: string;
	quote?: string | undefined;
	at: Place;
}

/**
 * Problems of one text (an explainer's body, an entity's description)
 * against the notes it answers to: each quote that the notes do not hold,
 * and each cited source whose address they do not give (once, at its first
 * citation). With several notes (an entity named by several explainers),
 * a quote or address in any of them is enough.
 */
export function researchProblems(
	citations: readonly CheckedCitation[],
	notes: readonly ResearchNotes[],
	sources: ReadonlyMap<string, Source>,
	withoutNotes?: string,
): Diagnostic[] {
	if (notes.length === 0) {
		// A quote with nothing to check it against is refused, not waved through.
		if (!withoutNotes) return [];
		return citations
			.filter((c) => c.quote)
			.map((c) =>
				diagnostic(
					c.at,
					'not-in-research',
					`Unexpected quote for \`@${c.source}\` with no research notes to check it against: “${shorten(c.quote!, 120)}”, expected ${withoutNotes}`,
				),
			);
	}
	const found: Diagnostic[] = [];
	const names = notes.map((n) => `\`${n.file}\``).join(' or ');
	const urlsDone = new Set<string>();
	for (const c of citations) {
		const source = sources.get(c.source);
		const owner = { id: c.source, url: source?.url ?? '' };
		if (c.quote && !notes.some((n) => notesHold(n, c.quote!, owner, sources))) {
			found.push(
				diagnostic(
					c.at,
					'not-in-research',
					`Quote for \`@${c.source}\` not in its entry in the research notes ${names}: “${shorten(c.quote, 120)}”, expected whole words copied verbatim from a quoted passage (“…” or a \`>\` block) that the notes file under \`${c.source}\` or its address (quote marks, dashes and spacing aside); ${whyNot(notes, c.quote, sources)}`,
				),
			);
		}
		if (!source || urlsDone.has(c.source)) continue;
		urlsDone.add(c.source);
		for (const url of [source.url, ...(source.archive ? [source.archive] : [])]) {
			if (notes.some((n) => notesGiveUrl(n, url))) continue;
			const near = closest(
				url,
				notes.flatMap((n) => n.urls),
				1,
			)[0];
			found.push(
				diagnostic(
					c.at,
					'not-in-research',
					`Address of \`@${c.source}\` not in the research notes ${names}: \`${url}\`, expected an address the notes give for it (never one we found elsewhere)${near ? `; the nearest address there is \`${near}\`` : ''}`,
				),
			);
		}
	}
	return found;
}

/** What the notes do have of a quote they do not hold for its source: the most telling finding first. */
function whyNot(notes: readonly ResearchNotes[], quote: string, sources: ReadonlyMap<string, Source>): string {
	const wanted = quoteKey(quote);
	for (const n of notes) {
		const elsewhere = passagesHolding(n, quote, undefined, sources)[0];
		if (elsewhere)
			return `the notes have these words at ${n.file}:${elsewhere.line}:${elsewhere.column}, ${entryOf(n, elsewhere, sources)}: another source's words are not this one's`;
	}
	for (const n of notes) {
		const said = n.passages.find((p) => holdsWords(normalise(p.text), wanted));
		if (said)
			return `the notes have these words only outside quote marks, at ${n.file}:${said.line}: the researcher's commentary, not the source's words`;
	}
	for (const n of notes) {
		const cut = n.passages.find((p) => normalise(p.text).includes(wanted));
		if (cut)
			return `the notes have them only as part of longer words, at ${n.file}:${cut.line}: “${shorten(cut.text, 160)}” (a quote cut inside a word can say the opposite)`;
	}
	const near = notes.map((n) => ({ n, p: nearestPassage(n, quote) })).find((x) => x.p);
	return near
		? `the nearest passage is ${near.n.file}:${near.p!.line}: “${shorten(near.p!.text, 160)}”`
		: 'no passage there shares a word with it';
}

function shorten(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/**
 * A `research:` field that names no file in the research folder, or one too large to read
 * (`MAX_NOTES_BYTES`). Only the file's size is read: the notes are read once, by the site index's
 * check of the quotes (`src/site-index/research-check.ts`).
 */
export function missingNotesProblem(
	dir: string,
	name: string | undefined,
	at: { file: string; text: string; offset: number },
): Diagnostic[] {
	// Only whether the file is there: the notes are read and parsed once, by the site index's check of the quotes.
	const stat = name ? statOf(join(dir, name)) : undefined;
	if (!name || (stat?.isFile() && stat.size <= BigInt(MAX_NOTES_BYTES))) return [];
	if (stat?.isFile())
		return [
			diagnostic(
				at,
				'invalid-field',
				`Research notes \`${name}\` too large (${formatMegabytes(Number(stat.size))}), expected at most ${formatMegabytes(MAX_NOTES_BYTES)}: notes for one explainer, or split them and name each from its own explainer or entity`,
			),
		];
	const known = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md') : [];
	const hint =
		known.length > 0
			? `(closest: ${closest(name, known)
					.map((k) => `\`${k}\``)
					.join(', ')})`
			: '(the folder has none yet)';
	return [
		diagnostic(
			at,
			'invalid-field',
			`Unknown research notes \`${excerpt(name)}\`, expected the name of a file in \`${relative(process.cwd(), dir) || dir}/\` ${hint}`,
		),
	];
}
