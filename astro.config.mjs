// @ts-check
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { lastModified } from './src/integrations/sitemap-dates.ts';
import { articleRemarkPlugins } from './src/markdown/article-plugins.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { articleModules } from './src/integrations/article-modules.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { siteBase } from './src/site-base.ts';
import { siteUrl } from './src/site-url.ts';
import { embargoedPaths } from './src/data/embargo.ts';

const outDir = resolve(process.env.EXPLAINER_OUT ?? './dist');

export default defineConfig({
	site: siteUrl(),
	// SITE_BASE=/explainers/ builds for a sub-path; every internal address goes through src/site-base.ts.
	base: siteBase(),
	outDir,
	// A cache per site: the tests and the bench build several from one checkout.
	cacheDir: process.env.EXPLAINER_CACHE ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Articles are MDX, compiled by @astrojs/mdx. Astro 7's default processor
	// (Sätteri) runs no remark plugins, so the claims plugins need unified().
	// GFM is our pinned remark-gfm, passed explicitly (`gfm: false` turns off the
	// built-in copy); smart punctuation is ours too (remark-punctuation), and
	// code is not highlighted (Shiki's inline styles would break the CSP).
	markdown: {
		processor: unified({ gfm: false, smartypants: false, remarkPlugins: articleRemarkPlugins() }),
		syntaxHighlight: false,
	},
	integrations: [
		siteAddress(),
		contentCheck(),
		mdx(),
		// In builds: compiled articles with their strings out of the bundle, and each compiled only when it changed.
		articleModules(),
		// An explainer under embargo stays out of the sitemap until its date.
		sitemap({ filter: (page) => !embargoedPaths().has(new URL(page).pathname), serialize: lastModified }),
		securityHeaders(),
		socialCards(),
		searchIndex(),
	],
	// Keep spaces between inline elements in .astro templates (Astro 7's 'jsx' default drops them).
	compressHTML: true,
	build: { format: 'directory', inlineStylesheets: 'always' },
	devToolbar: { enabled: false },
});
