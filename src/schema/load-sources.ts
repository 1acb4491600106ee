/**
 * Read every `content/sources/<id>.yaml`. Used by the remark plugin (to
 * render citations), the content check (to fail early) and the pages.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SOURCE_ID } from '../claims/markers.ts';
import type { LocatedIssue } from '../claims/issues.ts';
import { sourceSchema, type Source } from './source.ts';
import { validateYaml } from './validate-yaml.ts';

export interface LoadedSources {
	sources: Map<string, Source>;
	issues: LocatedIssue[];
}

let cache: { key: string; value: LoadedSources } | undefined;

/** Load and validate all source records in `dir`; cached until a file changes. */
export function loadSources(dir: string): LoadedSources {
	const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
	const key = dir + '\n' + files.map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}`).join('\n');
	if (cache?.key === key) return cache.value;

	const sources = new Map<string, Source>();
	const issues: LocatedIssue[] = [];
	for (const name of files) {
		const path = join(dir, name);
		const shown = relative(process.cwd(), path) || path;
		const id = name.replace(/\.ya?ml$/, '');
		if (!SOURCE_ID.test(id)) {
			issues.push({ file: shown, line: 1, column: 1, ruleId: 'invalid-source-id', reason: `Unexpected file name \`${name}\`, expected a source id of lowercase letters, digits and single hyphens, e.g. \`ap-2025-08-17.yaml\``, severity: 'error' });
			continue;
		}
		const result = validateYaml(sourceSchema, shown, readFileSync(path, 'utf8'));
		issues.push(...result.issues);
		if (result.data) sources.set(id, { ...result.data, id });
	}
	const value = { sources, issues };
	cache = { key, value };
	return value;
}
