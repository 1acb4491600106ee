// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkClaims } from './src/remark/remark-claims.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { sourcesDir } from './src/content-paths.ts';

export default defineConfig({
	site: 'https://explainer.example',
	outDir: process.env.EXPLAINER_OUT ?? './dist',
	trailingSlash: 'always',
	// Astro 7 defaults to Sätteri, which never runs remark plugins (they would
	// be silently ignored). Our claims plugin is a remark plugin, so name the
	// unified processor explicitly. It injects remark-gfm (gfm: true) and
	// smart punctuation before our plugin runs; the plugin copes with both.
	markdown: {
		processor: unified({ gfm: true, smartypants: true, remarkPlugins: [[remarkClaims, { sourcesDir }]] }),
		syntaxHighlight: false,
	},
	integrations: [contentCheck(), mdx(), pagefindIndex()],
	// Keep spaces between inline elements in .astro templates (Astro 7's 'jsx' default drops them).
	compressHTML: true,
	build: { format: 'directory', inlineStylesheets: 'always' },
	devToolbar: { enabled: false },
});
