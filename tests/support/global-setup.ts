/**
 * Builds, once per test run and one after another: the real site, the
 * fixture site, and each broken variant of the fixture (expected to fail).
 * Set TEST_REUSE_BUILD=1 to reuse the last run's builds while iterating.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROKEN_CASES } from './broken-cases.ts';
import { buildSite, type BuildResult } from './build-site.ts';
import { BROKEN_RESULTS, BUILD_ROOT, FIXTURE_CONTENT, FIXTURE_DIST, FIXTURE_LOG, SITE_DIST } from './paths.ts';

function mustBuild(content: string, out: string): BuildResult {
	const result = buildSite(content, out);
	if (result.code !== 0) throw new Error(`Build of ${content} failed:\n${result.output}`);
	return result;
}

export default function setup(): void {
	if (process.env.TEST_REUSE_BUILD && existsSync(BROKEN_RESULTS)) return;
	rmSync(BUILD_ROOT, { recursive: true, force: true });
	mkdirSync(BUILD_ROOT, { recursive: true });
	mustBuild('content', SITE_DIST);
	writeFileSync(FIXTURE_LOG, mustBuild(FIXTURE_CONTENT, FIXTURE_DIST).output);

	const broken: Record<string, BuildResult> = {};
	for (const [name, edit] of Object.entries(BROKEN_CASES)) {
		const dir = mkdtempSync(join(tmpdir(), `broken-${name}-`));
		cpSync(FIXTURE_CONTENT, dir, { recursive: true });
		const path = join(dir, edit.file);
		const text = readFileSync(path, 'utf8');
		if (!text.includes(edit.from)) throw new Error(`Broken case ${name}: ${edit.file} does not contain ${edit.from}`);
		writeFileSync(path, text.replace(edit.from, edit.to));
		broken[name] = buildSite(dir, join(BUILD_ROOT, `broken-${name}`));
		rmSync(dir, { recursive: true, force: true });
	}
	writeFileSync(BROKEN_RESULTS, JSON.stringify(broken, null, 2));
}
