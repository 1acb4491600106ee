/** A throwaway content folder written from a map of relative paths to file text, for content-check tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function contentDir(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'content-'));
	for (const dir of ['articles', 'sources', 'entities']) mkdirSync(join(root, dir), { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}
