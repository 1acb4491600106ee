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
	'marker-quote-too-long': 'a marker quote over 1,000 characters: quote the words that support the claim',
	'marker-unknown-label': '`[@a, words]`, `[@a; !rumoured]`, or a second status',
	'marker-unclosed': '`[@a`: a marker with no closing `]`',
	'marker-unexpected': '`[@a b]`: an unexpected character inside a marker',
	'marker-stray-bracket': '`[@a]]`: a `]` right after a marker',
	'marker-without-claim': 'a marker with no words before it',
	'marker-in-formatting': 'a marker inside emphasis, a link or other formatting',
	'marker-misplaced': 'a marker in a heading or table',
	'uncited-sentence':
		'a sentence stating something with no marker after it (use `[!analysis]` or `[!note]` for our own words)',
	'uncited-code': 'a code block in cited text, when the article has not set `uncitedCode: true`',
	'uncited-table': 'a table whose body states something with no marker in the paragraph right before or after it',
	'uncited-heading': 'a heading with no cited text under it',
	'mdx-syntax': 'text the MDX parser cannot read, such as an unclosed `<` or `{`',
	'mdx-esm': '`import` or `export` in an article',
	'mdx-expression': 'a `{…}` expression in an article',
	'mdx-component': 'an HTML tag or component that is not on the allow-list',
	'mdx-attribute': 'an attribute on an allowed component',
	'image-alt': 'an image (`![alt](…)` or `<Figure>`) with no or empty alt text',
	'figure-credit': 'a `<Figure>` with no `credit`',
	'remote-image': 'an image from another site: download it next to the article and credit its source',
	'image-address':
		'an image address that is not a plain relative path (`./images/photo.jpg`): a bare name, an absolute path, a query or fragment (`?raw`), a scheme, a backslash, a control character or a broken `%`-escape',
	'image-outside-content': 'an image whose real path (symbolic links followed) is outside the content folder',
	'image-missing': 'an image address that names no file',
	'image-format':
		'an image that is not a jpg, jpeg, png, webp, avif or gif file holding an image of that format (SVG is refused: it can carry scripts)',
	'image-too-large': 'an image over 50 megapixels (the frames of an animation together) or 64 MB',
	'unsafe-url': 'a link whose target is not http(s), mailto, a path or a fragment',
	'bundler-text':
		'text the bundler reads as code wherever it stands, in an article or a record: `import` and `meta` joined by a dot, a name that starts with two underscores and `vite_` or `astro_`, or `!~` before `{`',
	'missing-frontmatter': 'an article that does not start with `---` frontmatter',
	'missing-field': 'a required field left out',
	'invalid-field': 'a field whose value breaks the schema',
	'unknown-field': 'a field the schema does not know',
	'yaml-syntax': 'YAML that does not parse',
	'missing-content': 'no content folder, or no `articles/` in it (check `EXPLAINER_CONTENT`)',
	'invalid-file-name': 'a file name that is not a valid id (lowercase letters, digits, single hyphens)',
	'duplicate-id':
		'two files that give the same id (`x.yaml` and `x.yml`, `A.mdx` and `a.mdx`), or one claim given twice in an edition of a claim ledger',
	'misplaced-article':
		'a file in `content/articles/` the build would not read: in a subfolder, or not named `<slug>.mdx`',
	'reserved-slug': 'an article named after one of the site’s own pages or files (`sources.mdx`, `search.mdx` …)',
	'duplicate-alias': 'an entity alias another entity already uses',
	'topic-spelling': 'a topic spelled two ways (they fold into one /topics/ page)',
	'unknown-entity': 'a `related` id with no entity file',
	'unknown-author': 'an article `author` with no file in `content/authors/` (lists the closest ids)',
	'unknown-origin': 'a source `origin` that names no organisation in `content/entities/` (by name or alias)',
	'unknown-claim': 'a correction naming a claim id the article does not have',
	'title-too-long': 'a `<title>` over 70 characters: add a shorter `shortTitle`',
	'date-order': '`updated` or a correction dated before `published`',
	'future-date':
		'a date after the build’s date: an explainer’s without `embargo: true`, or a source’s `published` or `accessed`',
	'verified-before-accessed': 'an article marked verified before a source it cites was read',
	'not-a-file':
		'a named pipe, socket or device in the content folder, or a record or article name that is a folder: reading one would block the build',
	'unsafe-symlink':
		'a symbolic link in `public/` that leads outside the project, in `content/` that leads outside `content/`, one that leads nowhere, or one to a folder that holds it',
	'uncited-source': 'a source nothing cites (warning)',
	'claim-review-invalid':
		'a `<ClaimReview>` without a rating from the scale or a `published` date, or whose first marker does not quote the claim reviewed',
	'claim-review-rating':
		'an `Inaccurate` rating with no `contradictedBy` source cited with a quote in the block (else `Partly supported` or `Unsupported`), or a `Misattributed` one with no `wordsOf` source quoted there showing whose words they are (else `Attribution not found`)',
	'disputed-without-denial':
		'`!disputed` on a claim none of whose sources is recorded as a party’s denial (`partyDenial`); use `!unconfirmed`',
	'as-of-unsupported': 'a sentence dated “as of …” that cites no source dated within that period',
	'unknown-without-as-of': 'a present-tense unknown (“is unknown”, “remains unclear”) with no “as of” date',
	'verified-before-change':
		'`verified` earlier than the latest logged change or `updated`: the check does not cover the current text',
	'not-in-research':
		'a marker quote, or the address of a cited source, that the research notes the explainer (or entity) answers to do not contain; shows the nearest passage',
	'quote-label-unmatched': 'a `quote` label whose claim repeats no run of four words of its quote (or has no quote)',
} as const satisfies Record<string, string>;

export type RuleId = keyof typeof RULES;
