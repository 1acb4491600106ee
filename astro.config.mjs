// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteUrl } from './src/site-url.ts';
import { embargoedPaths } from './src/data/embargo.ts';

export default defineConfig({
	site: siteUrl(),
	outDir: process.env.EXPLAINER_OUT ?? './dist',
	// A cache per site: the tests and the bench build several from one checkout.
	cacheDir: process.env.EXPLAINER_CACHE ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Articles are not Astro Markdown or MDX pages: src/data/site.ts reads them and
	// src/markdown/render-article.ts renders them with the site's own unified()
	// pipeline (MDX syntax, GFM, citations), so no Markdown processor is configured.
	integrations: [
		contentCheck(),
		// An explainer under embargo stays out of the sitemap until its date.
		sitemap({ filter: (page) => !embargoedPaths().has(new URL(page).pathname) }),
		securityHeaders(),
		searchIndex(),
	],
	// Keep spaces between inline elements in .astro templates (Astro 7's 'jsx' default drops them).
	compressHTML: true,
	build: { format: 'directory', inlineStylesheets: 'always' },
	devToolbar: { enabled: false },
});
