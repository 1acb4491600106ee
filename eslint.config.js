// ESLint: the recommended JavaScript, TypeScript and Astro rules; formatting is Prettier's (eslint-config-prettier).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.test-build/', '.bench/', '.astro/', 'node_modules/', 'screenshots/', 'tests/fixtures/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// `_name` marks a parameter a signature needs but the body does not.
			// Content checks look for control characters on purpose (a NUL in a YAML string, an id's allowed set).
			'no-control-regex': 'off',
			// An empty `catch {}` is how a best-effort step (a focus, a clean-up) says failure changes nothing.
			'no-empty': ['error', { allowEmptyCatch: true }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		files: ['src/**'],
		rules: {
			// Where a bundled file names `import.meta.env` itself, Astro's build writes into it the value of every
			// environment variable whose name occurs anywhere in the file's text (`_`, the command that started
			// the build, in any file with an underscore), so the build's output changes with how it was started
			// and an incremental build renders every page again. `import.meta.env.NAME` is replaced by its value.
			// Comments and strings count too: tests/unit/build-env.test.ts reads the files' text.
			'no-restricted-syntax': [
				'error',
				...[
					'MemberExpression[optional=true][object.object.type="MetaProperty"][object.property.name="env"]',
					'MemberExpression[computed=true][object.object.type="MetaProperty"][object.property.name="env"]',
					':not(MemberExpression) > MemberExpression[object.type="MetaProperty"][property.name="env"]',
				].map((selector) => ({ selector, message: 'Read `import.meta.env.NAME`, never `import.meta.env` alone.' })),
			],
		},
	},
	prettier,
);
