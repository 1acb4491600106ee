/**
 * Author mistakes that must fail the build: each case copies the fixture
 * content and makes one edit. The build tests assert on the output.
 */
export interface BrokenCase {
	/** File to edit, relative to the content folder. */
	file: string;
	/** Replace `from` with `to` in that file (or delete the file if `to` is null). */
	from: string;
	to: string;
}

export const BROKEN_CASES = {
	'unknown-source': { file: 'articles/alpha.mdx', from: '[@paper-two; @wire-one', to: '[@paper-too; @wire-one' },
	'malformed-marker': { file: 'articles/beta.mdx', from: '[@treaty-three]', to: '[@treaty-three;;]' },
	'missing-title': { file: 'sources/paper-two.yaml', from: 'title: "Leaders gather in the capital"\n', to: '' },
	'invalid-url': { file: 'sources/wire-one.yaml', from: 'https://example.org/wire-one', to: 'example.org/wire-one' },
	'invalid-date': { file: 'sources/wire-one.yaml', from: '2025-08-17', to: '2025-13-01' },
	'missing-frontmatter': { file: 'articles/beta.mdx', from: 'description: "The newer fixture explainer."\n', to: '' },
	'duplicate-alias': { file: 'entities/jane-envoy.yaml', from: '["Envoy", "Jáne Énvoy"]', to: '["Envoy", "Jáne Énvoy", "unguja"]' },
	'unknown-entity': { file: 'entities/jane-envoy.yaml', from: 'related: ["zanzibar"]', to: 'related: ["zanzibarr"]' },
	'entity-unknown-source': { file: 'entities/zanzibar.yaml', from: '[@paper-two]', to: '[@paper-2]' },
	'entity-invalid-kind': { file: 'entities/wire-service.yaml', from: 'kind: "organisation"', to: 'kind: "company"' },
} satisfies Record<string, BrokenCase>;

export type BrokenCaseName = keyof typeof BROKEN_CASES;
