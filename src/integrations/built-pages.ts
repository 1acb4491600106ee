/** The HTML pages of a built site, for the passes that run after the build (CSP, social cards). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function* htmlFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}
