/**
 * The check that a quote was not made up: every marker quote must appear,
 * word for word, in the research notes it was taken from (content/research/).
 * Whitespace and line breaks do not count, and neither do the curly
 * quotes the page puts around a quote or its typographic apostrophes;
 * anything else does. The build
 * tests run it over every explainer of the real site and of the fixture
 * site; the research-notes rule that will make it a build error (issue
 * 18) calls the same function.
 */

import { holdsWords } from './notes-text.ts';

// Whitespace, and the typographic apostrophes the page's smart punctuation puts in a quote.
const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim();

/** A quote as it reads on the page (`“…”`) back to the words. */
export function quoteWords(shown: string): string {
	return flat(shown).replace(/^“|”$/g, '');
}

/** The quotes that appear in none of `notes`, verbatim up to whitespace, and as whole words ("likely" is not in "unlikely"). */
export function unverifiedQuotes(quotes: readonly string[], notes: readonly string[]): string[] {
	const texts = notes.map(flat);
	return quotes.filter((q) => !texts.some((t) => holdsWords(t, flat(q))));
}
