/**
 * The YAML parser's errors in an author's words: what went wrong, then
 * what to write instead. The parser's own sentence ("Nested mappings are
 * not allowed in compact mappings") names its grammar, not the fix; the
 * usual cause of each error code is a value that needed quotes.
 */
import type { YAMLError, YAMLWarning } from 'yaml';

/** The fix for each error code authors meet; the rest get the general rule about quoting. */
const HINTS: Record<string, string> = {
	BAD_DQ_ESCAPE: 'inside double quotes write `\\\\` for a backslash, or put the value in single quotes',
	BAD_INDENT: 'indent each nested field and list item with spaces, the same amount at each level',
	BAD_SCALAR_START: 'quote the value: a plain value cannot start with `@`, `` ` ``, `%` or another reserved character',
	DUPLICATE_KEY: 'write each field once',
	MISSING_CHAR: 'close the quote or bracket this value opens',
	MULTIPLE_DOCS: 'a record is one YAML document: remove the extra `---`',
	TAB_AS_INDENT: 'indent with spaces, not tabs',
	TAG_RESOLVE_FAILED: 'remove the tag (`!name`): a record holds plain text, numbers, dates and lists',
	UNEXPECTED_TOKEN:
		'quote the value if it holds `: `, ` #`, or starts with `[`, `{`, `&`, `*`, `!`, `|`, `>`, `-`, `?` or a quote',
};

/** Errors that a `: ` inside an unquoted value causes. */
const COLON_IN_VALUE = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

/**
 * "Invalid YAML: …, expected …" for `error`, raised on `yaml` (the YAML
 * text the error's offsets point into). `quoted` holds the starts of the
 * lines written back quoted so far, for the errors of one text: each is
 * written back once.
 */
export function yamlErrorReason(error: YAMLError | YAMLWarning, yaml: string, quoted: Set<number> = new Set()): string {
	const said = error.message
		.split('\n')[0]!
		.replace(/ at line \d+, column \d+:?$/, '')
		.replace(/; please use YAML\.parseAllDocuments\(\)/, '');
	const hint = COLON_IN_VALUE.has(error.code)
		? quoteTheLine(yaml, error.pos[0], quoted)
		: (HINTS[error.code] ?? HINTS.UNEXPECTED_TOKEN!);
	return `Invalid YAML: ${said.replace(/\.$/, '')}; expected valid YAML: ${hint}`;
}

/** The longest line written back quoted: a longer one (a paste) gets the rule alone. */
const MAX_QUOTED_LINE = 300;

/**
 * The line an unquoted colon broke, written back with its value quoted, once: a line of a paste can
 * break at a thousand colons, and each of its errors quoting all of it made 80 MB of messages of a 95 KB record.
 */
function quoteTheLine(yaml: string, offset: number, quoted: Set<number>): string {
	const general = 'quote a value that holds `: `';
	const lineStart = yaml.lastIndexOf('\n', offset - 1) + 1;
	const lineEnd = yaml.indexOf('\n', offset);
	if (quoted.has(lineStart) || (lineEnd === -1 ? yaml.length : lineEnd) - lineStart > MAX_QUOTED_LINE + 1)
		return general;
	const line = yaml.slice(lineStart, lineEnd === -1 ? yaml.length : lineEnd).replace(/\r$/, '');
	const field = /^(\s*(?:- )?[\w-]+):\s+(.+?)\s*$/.exec(line);
	if (!field) return general;
	quoted.add(lineStart);
	return `${general}, e.g. \`${field[1]!.trim()}: "${field[2]!.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\``;
}
