/**
 * Checks every article's frontmatter and every source record before Astro
 * starts, so an author sees all problems at once as `file:line:column`
 * instead of a schema dump, and learns which sources nothing cites.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { ContentError, formatIssues, type LocatedIssue } from '../claims/issues.ts';
import { scanMarkers } from '../claims/markers.ts';
import { articlesDir, entitiesDir, sourcesDir } from '../content-paths.ts';
import { loadEntities } from '../schema/load-entities.ts';
import { articleSchema } from '../schema/article.ts';
import { loadSources } from '../schema/load-sources.ts';
import { validateYaml } from '../schema/validate-yaml.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Frontmatter problems of one article file. */
export function checkArticle(file: string, text: string): LocatedIssue[] {
	const match = FRONTMATTER.exec(text);
	if (!match) {
		return [{ file, line: 1, column: 1, ruleId: 'missing-frontmatter', reason: 'Missing frontmatter, expected the file to start with `---`, then `title:`, `description:` and `published: YYYY-MM-DD`, then `---`', severity: 'error' }];
	}
	const start = match[0].indexOf(match[1]!);
	return validateYaml(articleSchema, file, text, start, start + match[1]!.length).issues;
}

/** All problems in the content folder, plus a warning for each source nothing cites. */
export function checkContent(): LocatedIssue[] {
	const { sources, issues } = loadSources(sourcesDir);
	const cited = new Set<string>();
	const entities = loadEntities(entitiesDir, sources);
	issues.push(...entities.issues);
	for (const entity of entities.entities.values()) {
		for (const marker of scanMarkers(entity.description).markers) for (const c of marker.citations) cited.add(c.id);
	}
	for (const name of readdirSync(articlesDir).filter((f) => f.endsWith('.mdx')).sort()) {
		const path = join(articlesDir, name);
		const text = readFileSync(path, 'utf8');
		issues.push(...checkArticle(relative(process.cwd(), path), text));
		for (const marker of scanMarkers(text).markers) for (const c of marker.citations) cited.add(c.id);
	}
	for (const id of sources.keys()) {
		if (!cited.has(id)) {
			const file = relative(process.cwd(), join(sourcesDir, `${id}.yaml`));
			issues.push({ file, line: 1, column: 1, ruleId: 'uncited-source', reason: `Source \`${id}\` is not cited by any article or entity; cite it with \`[@${id}]\` or delete the record`, severity: 'warning' });
		}
	}
	return issues;
}

export function contentCheck(): AstroIntegration {
	return {
		name: 'explainer:content-check',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const issues = checkContent();
				const warnings = issues.filter((i) => i.severity === 'warning');
				if (warnings.length > 0) logger.warn(`\n${formatIssues(warnings)}`);
				if (issues.some((i) => i.severity === 'error')) throw new ContentError(issues);
			},
		},
	};
}
