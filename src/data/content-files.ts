/**
 * The files of one content folder, each with its id, checked for what a
 * file system lets slip: names that are not valid ids (`My-Article.mdx`
 * would be lowercased silently by the loader) and two files with one id
 * (`x.yaml` beside `x.yml`, `A.mdx` beside `a.mdx`), where one would win
 * silently.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { z } from 'astro/zod';
import { validateYaml, type YamlResult } from '../schema/validate-yaml.ts';
import { join, relative } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { ID } from '../schema/fields.ts';

export interface ContentFile {
	id: string;
	/** Absolute path. */
	path: string;
	/** Path as shown in messages (relative to the working folder). */
	shown: string;
}

/** Files in `dir` whose extension matches `ext`, with problems for bad or clashing names. */
export function contentFiles(
	dir: string,
	ext: RegExp,
	example: string,
): { files: ContentFile[]; diagnostics: Diagnostic[] } {
	const files: ContentFile[] = [];
	const diagnostics: Diagnostic[] = [];
	if (!existsSync(dir)) return { files, diagnostics };
	const byId = new Map<string, ContentFile>();
	for (const name of readdirSync(dir)
		.filter((f) => ext.test(f))
		.sort()) {
		const path = join(dir, name);
		const shown = relative(process.cwd(), path) || path;
		const id = name.replace(ext, '');
		if (!ID.test(id)) {
			const hint = ID.test(id.toLowerCase()) ? ` (rename it \`${id.toLowerCase()}${name.slice(id.length)}\`)` : '';
			diagnostics.push(
				diagnostic(
					{ file: shown },
					'invalid-file-name',
					`Unexpected file name \`${name}\`, expected an id of lowercase letters, digits and single hyphens, e.g. \`${example}\`${hint}`,
				),
			);
			continue;
		}
		const clash = byId.get(id) ?? byId.get(id.toLowerCase());
		if (clash) {
			diagnostics.push(
				diagnostic(
					{ file: shown },
					'duplicate-id',
					`Duplicate id \`${id}\`: \`${clash.shown}\` has it too, expected one file per id`,
				),
			);
			continue;
		}
		// A named pipe would block the read for good; a folder cannot be read at all.
		if (statSync(path, { throwIfNoEntry: false })?.isFile() !== true) {
			diagnostics.push(
				diagnostic(
					{ file: shown },
					'not-a-file',
					`Unexpected \`${name}\`: not a regular file (a folder, a named pipe or a device), expected a text file`,
				),
			);
			continue;
		}
		const file = { id, path, shown };
		byId.set(id, file);
		files.push(file);
	}
	// Upper-case names were rejected above; report them against a lower-case twin too.
	for (const name of readdirSync(dir).filter((f) => ext.test(f))) {
		const id = name.replace(ext, '');
		if (id !== id.toLowerCase() && byId.has(id.toLowerCase())) {
			diagnostics.push(
				diagnostic(
					{ file: relative(process.cwd(), join(dir, name)) },
					'duplicate-id',
					`Duplicate id \`${id.toLowerCase()}\`: \`${byId.get(id.toLowerCase())!.shown}\` differs only in case, expected one file per id`,
				),
			);
		}
	}
	return { files, diagnostics };
}

/**
 * The YAML records in `dir` (`.yaml` or `.yml`). A record named `x.YAML` would be
 * passed over by the collections' case-sensitive pattern without a word: it is refused.
 */
export function recordFiles(dir: string, example: string): { files: ContentFile[]; diagnostics: Diagnostic[] } {
	const found = contentFiles(dir, /\.ya?ml$/, example);
	if (!existsSync(dir)) return found;
	for (const name of readdirSync(dir)
		.filter((f) => /\.ya?ml$/i.test(f) && !/\.ya?ml$/.test(f))
		.sort()) {
		const extension = /\.ya?ml$/i.exec(name)![0];
		const shown = relative(process.cwd(), join(dir, name)) || name;
		const renamed = `${name.slice(0, -extension.length)}${extension.toLowerCase()}`;
		found.diagnostics.push(
			diagnostic(
				{ file: shown },
				'invalid-file-name',
				`Unexpected extension \`${extension}\` on \`${name}\`: the build would not read the file, expected it in lower case (rename it \`${renamed}\`)`,
			),
		);
	}
	return found;
}

/** `read` memoised by folder until `forget()`: a build reads each content folder once, the dev server again after a change. */
export function oncePerFolder<T, A extends unknown[]>(
	read: (dir: string, ...rest: A) => T,
): { load: (dir: string, ...rest: A) => T; forget: () => void } {
	const cache = new Map<string, T>();
	return {
		load: (dir, ...rest) => {
			if (!cache.has(dir)) cache.set(dir, read(dir, ...rest));
			return cache.get(dir)!;
		},
		forget: () => cache.clear(),
	};
}

/** A record file as read: where it is, its text, and the validated YAML with offsets. */
export interface RecordFile {
	file: ContentFile;
	text: string;
	yaml: YamlResult<unknown>;
}

/** One YAML record that met its schema: the file, its text, the YAML with offsets, and the data with its id. */
export interface ValidRecord<T> extends RecordFile {
	data: T & { id: string };
}

/** Every YAML file in `dir` read once and validated against `schema`, valid or not, and the problems of the names. */
export function parseRecords(
	dir: string,
	schema: z.ZodType,
	example: string,
): { parsed: RecordFile[]; diagnostics: Diagnostic[] } {
	const { files, diagnostics } = recordFiles(dir, example);
	const parsed = files.map((file) => {
		const text = readFileSync(file.path, 'utf8');
		return { file, text, yaml: validateYaml(schema, file.shown, text) };
	});
	return { parsed, diagnostics };
}

/** Every YAML file in `dir` validated against `schema`: those that pass, and every problem of those that do not. */
export function readRecords<S extends z.ZodType>(
	dir: string,
	schema: S,
	example: string,
): { records: ValidRecord<z.infer<S>>[]; diagnostics: Diagnostic[] } {
	const { parsed, diagnostics } = parseRecords(dir, schema, example);
	const records: ValidRecord<z.infer<S>>[] = [];
	for (const { file, text, yaml } of parsed) {
		diagnostics.push(...yaml.diagnostics);
		if (yaml.data) records.push({ file, text, yaml, data: { ...(yaml.data as z.infer<S> & object), id: file.id } });
	}
	return { records, diagnostics };
}

/**
 * A content root, or its `articles/` folder, that is not there: a mistyped
 * `EXPLAINER_CONTENT` or a checkout without `content/` would otherwise
 * build a site with no explainers and pass.
 */
export function missingContent(root: string, articles: string): Diagnostic[] {
	const shown = (dir: string) => relative(process.cwd(), dir) || dir;
	if (!existsSync(root))
		return [
			diagnostic(
				{ file: shown(root) },
				'missing-content',
				`No content folder at \`${shown(root)}\`, expected a folder holding \`articles/\` (and \`sources/\`, \`entities/\`): \`content/\`, or the folder \`EXPLAINER_CONTENT\` names`,
			),
		];
	if (!existsSync(articles))
		return [
			diagnostic(
				{ file: shown(articles) },
				'missing-content',
				`No \`articles/\` folder in \`${shown(root)}\`, expected the explainers there as \`<slug>.mdx\` files`,
			),
		];
	return [];
}
