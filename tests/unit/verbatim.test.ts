/** The made-up-quote check the build tests run over every explainer: word for word, whitespace aside. */
import { expect, it } from 'vitest';
import { quoteWords, unverifiedQuotes } from '../../src/editorial/verbatim.ts';

it('finds a quote that is not word for word in the notes, whichever explainer it is in', () => {
	const notes = ['The envoy said the leader agreed to\nprotections at the summit.', 'Leaders gathered in the capital.'];
	expect(
		unverifiedQuotes(
			[
				'the leader agreed to protections',
				'gathered in the capital',
				'the leader agreed to withdraw',
				'The Envoy said',
			],
			notes,
		),
	).toEqual(['the leader agreed to withdraw', 'The Envoy said']);
	expect(quoteWords('“the leader\n agreed”')).toBe('the leader agreed');
});

it('finds a quote cut inside a word of the notes: "likely" is not in "unlikely"', () => {
	const notes = ['China is unlikely to become one of the guarantors.'];
	expect(
		unverifiedQuotes(['likely to become one of the guarantors', 'unlikely to become', 'China is unlikely'], notes),
	).toEqual(['likely to become one of the guarantors']);
});
