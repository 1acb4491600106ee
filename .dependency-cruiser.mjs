// Import rules ESLint cannot see: it skips `import type`, and a circle of types still ties two layers together.
// `npm run lint:imports`; the layers are drawn in ARCHITECTURE.md.

/** src/'s layers, lowest first: each imports only from those before it (and from the side folders). */
const LAYERS = ['text', 'diagnostics', 'claims', 'schema', 'editorial', 'markdown', 'data', 'loaders', 'site-index'];
/** What only Astro's side may import: the integrations, the routes and their templates, the browser's scripts. */
const TOP = ['integrations', 'pages', 'components', 'layouts', 'client'];

const layerRules = LAYERS.map((layer, i) => ({
	name: `layer-${layer}`,
	comment: `src/${layer}/ is below ${[...LAYERS.slice(i + 1), ...TOP].join(', ')}: it must not import them.`,
	severity: 'error',
	from: { path: `^src/${layer}/` },
	to: {
		path: `^src/(${[...LAYERS.slice(i + 1), ...TOP].join('|')})/`,
		// The articles loader hands glob our frontmatter parse through a patch, which lives with the others.
		pathNot: layer === 'loaders' ? '^src/integrations/patches/' : undefined,
	},
}));

export default {
	forbidden: [
		...layerRules,
		{
			name: 'client-is-the-browser',
			comment: 'src/client/ runs in the reader’s browser: it imports only search/ and text/, nothing that reads files.',
			severity: 'error',
			from: { path: '^src/client/' },
			to: { path: '^src/', pathNot: '^src/(client|search|text)/' },
		},
		{
			name: 'no-circular',
			comment: 'An import circle means two modules know each other: one of them belongs in a lower layer.',
			severity: 'error',
			from: {},
			to: { circular: true },
		},
		{
			name: 'claims-engine-is-pure',
			comment:
				'src/claims/ knows nothing of Markdown, files, the environment or the pages: it imports only text/ and diagnostics/.',
			severity: 'error',
			from: { path: '^src/claims/' },
			to: { path: '^src/', pathNot: '^src/(claims|text|diagnostics)/' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		// Type-only imports count: they are the circles the compiler erases and the reader still has to untangle.
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js'] },
	},
};
