/**
 * A copy of the fixture content with a few edits, for a test that builds
 * broken or edited content: each edit replaces the first occurrence of a
 * text in a file, and fails loudly when the text is not there (a fixture
 * changed under the test).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ROOT, FIXTURE_CONTENT } from './paths.ts';

export type Edit = [file: string, from: string, to: string];

/** `.test-build/content-<name>`: the fixture content with `edits` made. */
export function variant(name: string, edits: readonly Edit[]): string {
	const dir = join(BUILD_ROOT, `content-${name}`);
	rmSync(dir, { recursive: true, force: true });
	cpSync(FIXTURE_CONTENT, dir, { recursive: true });
	for (const [file, from, to] of edits) {
		const text = readFileSync(join(dir, file), 'utf8');
		if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
		writeFileSync(join(dir, file), text.replace(from, to));
	}
	return dir;
}
