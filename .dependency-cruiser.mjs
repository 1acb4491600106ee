// Import rules ESLint cannot see: it skips `import type`, and a circle of types still ties two layers together.
// `npm run lint:imports`; the layers are drawn in ARCHITECTURE.md.
export default {
	forbidden: [
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
