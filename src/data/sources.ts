/**
 * Every `content/sources/<id>.yaml`, read and validated once per build
 * and shared by the claims adapter (every article), the content check and
 * the pages. A file that fails validation keeps its id in `invalid`, so
 * citations of it are not reported again as "unknown source".
 */
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { sourceSchema, type Source } from '../schema/source.ts';
import { validateYaml } from '../schema/validate-yaml.ts';
import { contentFiles } from './content-files.ts';

export interface SourceSet {
	sources: Map<string, Source>;
	/** Ids of files that exist but are invalid. */
	invalid: Set<string>;
	diagnostics: Diagnostic[];
}

const cache = new Map<string, SourceSet>();

/** The sources in `dir`, loaded on first use. */
export function loadSources(dir: string): SourceSet {
	let set = cache.get(dir);
	if (!set) cache.set(dir, (set = readSources(dir)));
	return set;
}

/** Forget what was loaded (the dev server calls this when a source file changes). */
export function forgetSources(): void {
	cache.clear();
}

function readSources(dir: string): SourceSet {
	const { files, diagnostics } = contentFiles(dir, /\.ya?ml$/, 'ap-2025-08-17.yaml');
	const sources = new Map<string, Source>();
	const invalid = new Set<string>();
	for (const file of files) {
		const result = validateYaml(sourceSchema, file.shown, readFileSync(file.path, 'utf8'));
		diagnostics.push(...result.diagnostics);
		if (result.data) sources.set(file.id, { ...result.data, id: file.id });
		else invalid.add(file.id);
	}
	return { sources, invalid, diagnostics };
}
