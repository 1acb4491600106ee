/**
 * The articles collection's loader: Astro's `glob` loader, wrapped (as
 * Starlight wraps it in its `loaders.ts`) so that each article's
 * frontmatter is checked with positions on the text glob read, and each
 * article whose file glob reads and parses anew is also parsed for its
 * claims, once, from that text; the record (`article-record.ts`) is stored
 * as the entry's `data.claims`, and the site index is built from it
 * (`src/data/site.ts`) without rendering any article. An article whose
 * name or frontmatter is wrong is neither parsed nor stored, and the
 * records' problems (`records.ts`) and the frontmatter's are handed, once
 * glob has read every article, to the site index (`problems.ts`), which
 * lists them with every other problem.
 *
 * glob skips a file whose digest is unchanged, but the record depends on
 * more than the file: its claim ledger, the images beside it, our code.
 * So the stored digest folds in the digest of those (`inputsOf`), and an
 * entry whose inputs have changed is shown to glob without its digest,
 * which makes glob parse it again. The hooks are the loader context's
 * `parseData` and `store` (public); glob is handed our frontmatter parse by
 * a patch (`src/integrations/patches/glob-frontmatter.ts`), without which
 * each article is read here first, and again by glob.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { ArticleRecord } from './article-record.ts';
import { digestOf } from './article-record.ts';
import { inputsOf, parseArticle } from './parse-article.ts';
import { currentRecords } from './records.ts';
import { contentRoot } from '../content-paths.ts';
import { articlesCheck } from '../data/articles.ts';
import { missingContent } from '../data/content-files.ts';
import { ContentError, formatDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { globFrontmatter } from '../integrations/patches/glob-frontmatter.ts';
import { handProblems } from './problems.ts';

type GlobOptions = Parameters<typeof glob>[0];
type Store = LoaderContext['store'];

export function articlesLoader(options: GlobOptions): Loader {
	const inner = glob(options);
	return {
		name: 'explainer-articles',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const dir = resolve(root, String(options.base));
			// The records, parsed once for all their loaders: the authors an article may name, and their problems.
			const records = currentRecords();
			// Each article's frontmatter is checked on the text glob read, as glob reads it. After this
			// load (in dev, as glob reloads a changed file) each is checked alone, to refuse a broken one.
			let check: ReturnType<typeof articlesCheck> | undefined = articlesCheck(dir);
			// Articles whose frontmatter or name is wrong: neither parsed nor stored (their problems are reported).
			const refused = new Set<string>();
			// Each file's text as it was read (by glob, or by us with the patch off), until it is parsed
			// (or glob skips it: cleared after loading); with the patch off, also our parse of its frontmatter.
			const texts = new Map<string, string>();
			const frontmatter = new Map<string, Record<string, unknown>>();
			const read = (file: string, contents: string) => {
				const data = (check ?? articlesCheck(dir)).add(file, contents);
				if (!data) {
					refused.add(file);
					return undefined;
				}
				refused.delete(file);
				texts.set(file, contents);
				return data;
			};
			// glob hands each article's text to `read` (a patch: glob-frontmatter); without it, glob parses the
			// frontmatter itself, so every article is read and checked here first, and the check's parse is stored.
			const globContext = globFrontmatter(context, read, fileURLToPath);
			if (!globContext)
				for (const file of check.files) {
					const data = read(file.path, readFileSync(file.path, 'utf8'));
					if (data) frontmatter.set(file.path, data);
				}
			const recordOf = (entry: { data: Record<string, unknown> }) => entry.data.claims as ArticleRecord | undefined;
			const get = <TData extends Record<string, unknown>>(id: string) => {
				const entry = context.store.get<TData>(id);
				if (!entry?.filePath) return entry;
				const record = recordOf(entry);
				const fresh = record?.inputs === inputsOf(resolve(root, entry.filePath));
				return { ...entry, digest: (fresh && record.fileDigest) || '' };
			};
			const store: Store = {
				...context.store,
				get,
				set: (entry) => {
					if (entry.filePath && refused.has(resolve(root, entry.filePath))) return false;
					const record = recordOf(entry);
					if (!record || !entry.digest) return context.store.set(entry);
					record.fileDigest = String(entry.digest);
					return context.store.set({ ...entry, digest: digestOf(entry.digest, record.inputs) });
				},
			};
			const parseData: LoaderContext['parseData'] = async (props) => {
				const file = props.filePath;
				if (!file) return context.parseData(props);
				if (refused.has(file)) return props.data;
				let text = texts.get(file);
				let data = (frontmatter.get(file) as typeof props.data | undefined) ?? props.data;
				if (text === undefined) {
					text = readFileSync(file, 'utf8');
					// Patch off, in `astro dev`: a changed file glob reloads is checked here, once glob has parsed it.
					const checked = globContext ? props.data : (read(file, text) as typeof props.data | undefined);
					if (!checked) return props.data;
					data = checked;
				}
				texts.delete(file);
				frontmatter.delete(file);
				const claims = parseArticle(file, text, data);
				return context.parseData({ ...props, data: { ...data, claims } });
			};
			let problems: Diagnostic[];
			try {
				// Patch off: glob would parse a broken frontmatter itself and stop at its first problem, without
				// a position; the sync stops here instead, with every problem of the records and frontmatter.
				if (!globContext && refused.size > 0)
					throw new ContentError([...records.diagnostics, ...check.problems(records.authors.authors)]);
				await inner.load({ ...(globContext ?? context), store, parseData });
				problems = [
					...missingContent(contentRoot, dir),
					...records.diagnostics,
					...check.problems(records.authors.authors),
				];
			} catch (error) {
				handProblems(error instanceof Error ? error : new Error(String(error)));
				throw error;
			} finally {
				texts.clear();
				frontmatter.clear();
				check = undefined;
			}
			// The records' and the frontmatter's problems, all at once, go to the site index, which lists
			// them with the bodies' (`problems.ts`); the warnings are said here.
			const warnings = problems.filter((d) => d.severity === 'warning');
			if (warnings.length > 0) context.logger.warn(`\n${formatDiagnostics(warnings)}`);
			handProblems({
				problems: problems.filter((d) => d.severity === 'error'),
				invalidSources: [...records.sources.invalid],
				articlesLeftOut: refused.size > 0,
			});
		},
	};
}
