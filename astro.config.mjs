// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { claimsPlugins } from './src/markdown/pipeline.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { bodyProblems } from './src/integrations/body-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { articleTimeline } from './src/data/events.ts';
import { loadSources } from './src/data/sources.ts';
import { sourcesDir } from './src/content-paths.ts';
import { TEMPLATE_IDS } from './src/site.ts';
import { siteUrl } from './src/site-url.ts';

const bodies = bodyProblems();

export default defineConfig({
	site: siteUrl(),
	outDir: process.env.EXPLAINER_OUT ?? './dist',
	// Separate caches let the tests build two sites at once.
	cacheDir: process.env.EXPLAINER_CACHE ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Astro 7 defaults to Sätteri, which never runs remark plugins (they would
	// be silently ignored). The claims engine is reached through remark, so
	// name the unified processor. It adds remark-gfm and smart punctuation
	// before our plugins; markers are parsed as syntax, so punctuation never
	// touches a quoted passage.
	markdown: {
		processor: unified({
			gfm: true,
			smartypants: true,
			remarkPlugins: claimsPlugins({ sources: () => loadSources(sourcesDir), timeline: articleTimeline, report: bodies.report, reservedIds: TEMPLATE_IDS }),
		}),
		syntaxHighlight: false,
	},
	integrations: [
		contentCheck(),
		bodies.integration(),
		// `optimize` turns the static parts of each article (all of it: the
		// content policy admits no components that need rendering) into HTML
		// strings instead of JSX calls, which compiles several times faster.
		mdx({ optimize: true }),
		sitemap(),
		securityHeaders(),
		searchIndex(),
	],
	// Keep spaces between inline elements in .astro templates (Astro 7's 'jsx' default drops them).
	compressHTML: true,
	build: { format: 'directory', inlineStylesheets: 'always' },
	devToolbar: { enabled: false },
});
