/**
 * The benchmark's baseline: a plain Astro site of the same articles, with
 * nothing of ours. MDX through the `unified()` processor with remark-gfm,
 * one page per article, and Pagefind's CLI over each article body. The
 * project is written into a folder of its own, sharing our node_modules.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Write the baseline project into `dir`, reading articles from `articles`. */
export function writePlainSite(dir: string, articles: string): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src/pages'), { recursive: true });
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
	writeFileSync(join(dir, 'package.json'), '{ "name": "plain-baseline", "type": "module", "private": true }\n');
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
export default defineConfig({
	markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
	integrations: [mdx()],
	build: { format: 'directory', inlineStylesheets: 'always' },
});
`,
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const articles = defineCollection({ loader: glob({ base: ${JSON.stringify(resolve(articles))}, pattern: '*.mdx' }), schema: z.object({ title: z.string(), description: z.string() }).passthrough() });
export const collections = { articles };
`,
	);
	writeFileSync(
		join(dir, 'src/pages/[slug].astro'),
		`---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><main data-pagefind-body><h1>{entry.data.title}</h1><p>{entry.data.description}</p><Content /></main></body></html>
`,
	);
}
