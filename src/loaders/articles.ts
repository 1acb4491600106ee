/**
 * The articles collection's loader: Astro's `glob` loader, wrapped (as
 * Starlight wraps it in its `loaders.ts`) so that each article's
 * frontmatter is checked with positions on the text glob read (with the
 * patch below off, on our own read, before glob's), and each
 * article whose file glob reads and parses anew is also parsed for its
 * claims, once, from that text; the record (`article-record.ts`) is stored
 * as the entry's `data.claims`, and the site index is built from it
 * (`src/site-index/site.ts`) without rendering any article. An article whose
 * name or frontmatter is wrong is neither parsed nor stored, and the
 * records' problems (`records.ts`) and the frontmatter's are handed, once
 * glob has read every article, to the site index (`problems.ts`), which
 * lists them with every other problem.
 *
 * glob skips a file whose digest is unchanged, but the record depends on
 * more than the file: its claim ledger, the images it may name, our code.
 * So the stored digest folds in the digest of those (`inputsOf`), and an
 * entry whose inputs have changed is shown to glob without its digest,
 * which makes glob parse it again. The hooks are the loader context's
 * `parseData` and `store` (public); glob is handed our frontmatter parse by
 * a patch (`src/integrations/patches/glob-frontmatter.ts`), without which
 * each article is read here first, and again by glob.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { ArticleRecord } from './article-record.ts';
import { digestOf } from './article-record.ts';
import { inputsOf, parseArticle } from './parse-article.ts';
import { currentRecords } from './records.ts';
import { contentRoot } from '../content-paths.ts';
import { namesUnder } from '../file-walk.ts';
import { articlesCheck } from '../data/articles.ts';
import { missingContent } from '../data/content-files.ts';
import { ContentError, formatDiagnostics, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
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
			// Each article's frontmatter is checked as it is read (by glob, or with the patch off by us, first).
			// After this load (in dev, as glob reloads a changed file) each is checked alone, to refuse a broken one.
			let check: ReturnType<typeof articlesCheck> | undefined = articlesCheck(dir);
			// Articles whose frontmatter or name is wrong: neither parsed nor stored (their problems are reported).
			const refused = new Set<string>();
			// Each file's text as it was read and our parse of its frontmatter (what is stored), until it is
			// parsed for its claims (or glob skips it: cleared after loading).
			const reads = new Map<string, { text: string; data: Record<string, unknown> }>();
			const read = (file: string, contents: string) => {
				const data = (check ?? articlesCheck(dir)).add(file, contents);
				if (!data) {
					refused.add(file);
					return undefined;
				}
				refused.delete(file);
				reads.set(file, { text: contents, data });
				return data;
			};
			// glob hands each article's text to `read` (a patch: glob-frontmatter). Without it glob parses the
			// frontmatter itself, so every file glob will read is read and checked here first: those the check
			// lists, and the others (a bad name), which it refuses.
			const globContext = globFrontmatter(context, read, fileURLToPath);
			if (!globContext)
				for (const name of namesUnder(dir))
					if (name.endsWith('.mdx')) read(join(dir, name), readFileSync(join(dir, name), 'utf8'));
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
					if (entry.filePath && refused.has(resolve(root, entry.filePath))) {
						// What an earlier read stored goes too: the site index would check, and the pages show, its old text.
						context.store.delete(entry.id);
						return false;
					}
					const record = recordOf(entry);
					if (!record || !entry.digest) return context.store.set(entry);
					record.fileDigest = String(entry.digest);
					return context.store.set({ ...entry, digest: digestOf(entry.digest, record.inputs) });
				},
			};
			const parseData: LoaderContext['parseData'] = async (props) => {
				const file = props.filePath;
				if (!file) return context.parseData(props);
				// Patch off, in `astro dev`: a file glob reloads after this load is checked here.
				if (!globContext && !check) read(file, readFileSync(file, 'utf8'));
				if (refused.has(file)) return props.data;
				const known = reads.get(file);
				reads.delete(file);
				const text = known?.text ?? readFileSync(file, 'utf8');
				const data = (known?.data as typeof props.data | undefined) ?? props.data;
				const claims = parseArticle(file, text, data);
				return context.parseData({ ...props, data: { ...data, claims } });
			};
			// The records' problems and the frontmatter's, as far as the articles were read.
			const filesProblems = () => [...records.diagnostics, ...check!.problems(records.authors.authors)];
			let problems: Diagnostic[];
			try {
				await inner.load({ ...(globContext ?? context), store, parseData });
				problems = [...missingContent(contentRoot, dir), ...filesProblems()];
			} catch (error) {
				// Patch off, glob's frontmatter parser stops at a broken one, without its place: the sync stops with
				// every problem the check found instead (the bodies' come once those are mended).
				const found = globContext ? [] : filesProblems();
				const stop = hasErrors(found) ? new ContentError(found) : error;
				handProblems(stop instanceof Error ? stop : new Error(String(stop)));
				throw stop;
			} finally {
				reads.clear();
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
