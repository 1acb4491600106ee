/**
 * MDX's own parse errors, turned into an author's kind of message: placed
 * at the character that caused them, saying what to write instead. MDX
 * reads `<` as the start of a component and `{` as the start of code, so
 * "<50 kg" and "{approx.}" in running text fail with the parser's grammar
 * ("Unexpected character `5` (U+0035) before name", "Could not parse
 * expression with acorn"); the author needs `\<` and `\{`. Only the
 * parser's reason is used, never its stack or the files it names.
 */
import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { ESM_LINE } from './code-scan.ts';
import { errorPlace } from './error-place.ts';

const LESS_THAN = 'write `&lt;` or `\\<` for a less-than sign';
const BRACE = 'write `\\{` for a literal brace';

/** The problem MDX's parser raised on `text` (the article, frontmatter blanked out). */
export function syntaxProblem(error: unknown, text: string): Finding {
	const { offset = 0, reason } = errorPlace(error, text);
	const said = firstLine(reason)
		.replace(/\s*\(note:[^)]*\)/, '')
		.replace(/\.$/, '');
	const source = String((error as { source?: unknown } | null)?.source ?? '');
	if (source.includes('mdx-expression') || /\bexpression\b/i.test(said)) {
		const brace = text.lastIndexOf('{', offset);
		return braceProblem(text, brace === -1 ? offset : brace);
	}
	if (source.includes('mdxjs-esm')) {
		// The error is where acorn stopped, maybe lines into the block: the block starts at the last line before it
		// that starts with the word (a line ends in LF, CRLF or CR; a byte order mark may open the file).
		const start = [...text.slice(0, offset + 1).matchAll(ESM_LINE)].at(-1);
		if (start) return esmProblem(text, start.index);
	}
	const lt = text.lastIndexOf('<', offset);
	const onLine = lt !== -1 && !text.slice(lt, offset).includes('\n');
	if (onLine && text.startsWith('<!--', lt)) {
		return finding(
			'mdx-syntax',
			'Unexpected HTML comment `<!--`: MDX has none, expected it removed (a note to editors belongs outside the article)',
			lt,
		);
	}
	if (onLine && !/^<\/?[\p{L}$_]/u.test(text.slice(lt, lt + 3))) {
		return finding(
			'mdx-syntax',
			`Unexpected \`<\` before \`${text.slice(lt + 1, lt + 2) || ' '}\`: in MDX it starts a component, expected text: ${LESS_THAN}, e.g. \`\\${excerpt(text, lt)}\``,
			lt,
		);
	}
	if (onLine && !/closing tag/i.test(said)) {
		return finding(
			'mdx-syntax',
			`${said}, expected a component written as \`<Name attribute="value">\` or \`<Name attribute="value" />\`; for a less-than sign in text, ${LESS_THAN}`,
			offset,
		);
	}
	if (/closing tag/i.test(said)) {
		return finding(
			'mdx-syntax',
			`${said}, expected each component closed by its own closing tag, on a line of its own after a blank line, e.g. \`</KeyPoints>\``,
			offset,
		);
	}
	return finding('mdx-syntax', `${said}, expected Markdown: ${LESS_THAN}, and ${BRACE}`, offset);
}

/**
 * The problem of a `{` at `at` in `text`, where MDX would read code: in running text, or as a
 * component's attribute value (`alt={…}`), where only a quoted value is text.
 */
export function braceProblem(text: string, at: number, { attribute = false }: { attribute?: boolean } = {}): Finding {
	const expected = attribute
		? 'expected a quoted value, e.g. `alt="A map of the front line"`'
		: `expected text: ${BRACE}, e.g. \`\\${excerpt(text, at)}\``;
	return finding(
		'mdx-syntax',
		`Unexpected \`{\`: in MDX it starts code, which an article cannot hold, ${expected}`,
		at,
	);
}

/** A line of text that starts with `import ` or `export ` at `at`, which MDX reads as code that loads code. */
export function esmProblem(text: string, start: number): Finding {
	// micromark reads past a byte order mark at the start of the file.
	const at = text.charCodeAt(start) === 0xfeff ? start + 1 : start;
	const word = text.slice(at, at + 6);
	const capital = `${word[0]!.toUpperCase()}${word.slice(1)}`;
	return finding(
		'mdx-syntax',
		`Unexpected \`${word}\` at the start of a line: in MDX such a line is code, which an article cannot hold, ` +
			`expected text: start the line with another word, or with a capital, e.g. \`${capital}${excerpt(text, at).slice(word.length)}\``,
		at,
	);
}

/** A few words of the text from `at`, as a message quotes them. */
function excerpt(text: string, at: number): string {
	const line = text.slice(at, text.indexOf('\n', at) === -1 ? undefined : text.indexOf('\n', at));
	const words = /^\S+(?:\s+\S+)?/.exec(line)?.[0] ?? line;
	return words.replace(/`/g, "'").slice(0, 24);
}

function firstLine(text: string): string {
	return text.split('\n')[0]!.trim();
}
