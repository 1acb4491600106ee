/**
 * What ranking related explainers costs at the bench's scale: the same
 * pure ranking the build runs (editorial/related.ts), fed from the
 * generated articles' own text (the sources each cites, the entity names
 * it mentions), timed on its own so it can be set against the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { relatedExplainers } from '../src/editorial/related.ts';

export function rankRelated(content: string): { ms: number; explainers: number; withRelated: number } {
	const entities = readdirSync(join(content, 'entities')).map((name) => {
		const data = parseYaml(readFileSync(join(content, 'entities', name), 'utf8')) as {
			name: string;
			aliases?: string[];
		};
		return { key: `entity:${name}`, name: data.name, words: [data.name, ...(data.aliases ?? [])] };
	});
	const items = readdirSync(join(content, 'articles')).map((name) => {
		const text = readFileSync(join(content, 'articles', name), 'utf8');
		const features = new Map<string, string>();
		for (const m of text.matchAll(/@([a-z0-9-]+)/g)) features.set(`source:${m[1]}`, '');
		for (const e of entities) if (e.words.some((w) => text.includes(w))) features.set(e.key, e.name);
		return { id: name, date: /^published: (\S+)/m.exec(text)?.[1] ?? '', features };
	});
	const started = performance.now();
	const related = relatedExplainers(items);
	const ms = performance.now() - started;
	return { ms, explainers: items.length, withRelated: [...related.values()].filter((r) => r.length > 0).length };
}
