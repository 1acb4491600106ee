/**
 * Every rule an author can break, with the one-line explanation the README
 * table is checked against. A rule id appears in each message, so an
 * author can search for it.
 */
export const RULES = {
	'unknown-source': 'a marker names an id with no source file (lists the closest ids)',
	'invalid-source': 'a marker cites a source whose file is itself invalid (reported once, at the file)',
	'marker-empty-id': '`[@]`: a marker with no id',
	'marker-expected-id': '`[@a;;]`: something other than `@id` or `!label` where one was expected',
	'marker-invalid-id': '`[@A]`: an id that is not lowercase letters, digits and single hyphens',
	'marker-unclosed-quote': '`[@a, "…]`: a quote that never closes',
	'marker-empty-quote': '`[@a, ""]`',
	'marker-unknown-label': '`[@a, words]`, `[@a; !rumoured]`, or a second status',
	'marker-unclosed': '`[@a`: a marker with no closing `]`',
	'marker-unexpected': '`[@a b]`: an unexpected character inside a marker',
	'marker-stray-bracket': '`[@a]]`: a `]` right after a marker',
	'marker-without-claim': 'a marker with no words before it',
	'marker-in-formatting': 'a marker inside emphasis, a link or other formatting',
	'marker-misplaced': 'a marker in a heading or table',
	'uncited-sentence': 'a sentence stating something with no marker after it (use `[!analysis]` or `[!note]` for our own words)',
	'mdx-syntax': 'text the MDX parser cannot read, such as an unclosed `<` or `{`',
	'mdx-esm': '`import` or `export` in an article',
	'mdx-expression': 'a `{…}` expression in an article',
	'mdx-component': 'an HTML tag or component that is not on the allow-list',
	'mdx-attribute': 'an attribute on an allowed component',
	'image-alt': 'an image (`![alt](…)` or `<Figure>`) with no or empty alt text',
	'figure-credit': 'a `<Figure>` with no `credit`',
	'remote-image': 'an image from another site: download it next to the article and credit its source',
	'unsafe-url': 'a link or image whose target is not http(s), mailto, a path or a fragment',
	'missing-frontmatter': 'an article that does not start with `---` frontmatter',
	'missing-field': 'a required field left out',
	'invalid-field': 'a field whose value breaks the schema',
	'unknown-field': 'a field the schema does not know',
	'yaml-syntax': 'YAML that does not parse',
	'invalid-file-name': 'a file name that is not a valid id (lowercase letters, digits, single hyphens)',
	'duplicate-id': 'two files that give the same id (`x.yaml` and `x.yml`, `A.mdx` and `a.mdx`)',
	'duplicate-alias': 'an entity alias another entity already uses',
	'unknown-entity': 'a `related` id with no entity file',
	'unknown-claim': 'a correction naming a claim id the article does not have',
	'title-too-long': 'a `<title>` over 70 characters: add a shorter `shortTitle`',
	'verified-before-accessed': 'an article marked verified before a source it cites was read',
	'uncited-source': 'a source nothing cites (warning)',
} as const satisfies Record<string, string>;

export type RuleId = keyof typeof RULES;
