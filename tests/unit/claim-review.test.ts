/**
 * `<ClaimReview>` blocks: what the author writes, what the reader sees,
 * what the build refuses, and the schema.org ClaimReview the page publishes.
 */
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/data/sources.ts';
import { claimReviews, REVIEW_RATINGS } from '../../src/editorial/claim-review.ts';
import { FIXTURE_SOURCES, problems, render } from '../support/render.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

const AUDIT = [
	'Intro to the audit [!note].',
	'',
	'<ClaimReview rating="Misattributed">',
	'',
	'It said the envoy spoke at the summit [@ap-one, "the envoy spoke at the summit"]. He spoke two days later [@reuters-two, "two days later"].',
	'',
	'</ClaimReview>',
	'',
	'<ClaimReview rating="Unsupported">',
	'',
	'It said analysts expect a shift [@ap-one, "analysts expect a shift"]. We found no such report [!note].',
	'',
	'</ClaimReview>',
	'',
].join('\n');

describe('claim reviews', () => {
	it('shows each audited claim with its rating, and records the claim, its source and our finding', async () => {
		const { html, claims, diagnostics } = await render(AUDIT);
		expect(diagnostics).toEqual([]);
		expect([...html.matchAll(/<div class="claim-review"><p class="review-rating">(.*?)<\/p>/g)].map((m) => text(m[1]!))).toEqual(['Our rating: Misattributed', 'Our rating: Unsupported']);
		expect(claims.reviews).toEqual([
			{ paragraph: expect.stringMatching(/^p-it-said-the-/), rating: 'Misattributed', claimReviewed: 'the envoy spoke at the summit', source: 'ap-one', body: 'He spoke two days later.' },
			{ paragraph: expect.stringMatching(/^p-it-said-analysts/), rating: 'Unsupported', claimReviewed: 'analysts expect a shift', source: 'ap-one', body: 'We found no such report.' },
		]);
		expect(html).toContain(`<p id="${claims.reviews![0]!.paragraph}"`);
	});

	it('refuses a missing or unknown rating, a block that does not quote the claim first, and any other attribute, each where it is', async () => {
		const broken = [
			'<ClaimReview>', '', 'It said so [@ap-one, "so"].', '', '</ClaimReview>', '',
			'<ClaimReview rating="False">', '', 'It said so [@ap-one, "so"].', '', '</ClaimReview>', '',
			'<ClaimReview rating="Accurate">', '', 'It said so [@ap-one].', '', '</ClaimReview>', '',
			'<ClaimReview rating="Accurate" source="x">', '', 'It said so [@ap-one, "so"].', '', '</ClaimReview>', '',
		].join('\n');
		expect(await problems(broken)).toEqual(['1:1 claim-review-invalid', '7:1 claim-review-invalid', '13:1 claim-review-invalid', '19:32 mdx-attribute']);
		const { diagnostics } = await render(broken);
		const reasons = [...diagnostics].sort((a, b) => a.line - b.line).map((d) => d.reason);
		expect(reasons[0]).toMatch(/Missing `rating` on `<ClaimReview>`, expected `<ClaimReview rating="…">` with one of `Accurate`, `Partly supported`, `Misattributed`, `Inaccurate`, `Unsupported`/);
		expect(reasons[1]).toMatch(/Unknown rating `False`/);
		expect(reasons[2]).toMatch(/expected its first marker to quote the words reviewed/);
		expect(reasons[3]).toMatch(/expected `rating="…"` \(plain text values\) and nothing else/);
	});

	it('publishes one schema.org ClaimReview per audited claim, by the outlet that carried it, rated by name', async () => {
		const { claims } = await render(AUDIT);
		const { sources } = loadSources(FIXTURE_SOURCES);
		const data = JSON.parse(JSON.stringify(claimReviews(claims.reviews!, { url: 'https://sourced.example/x/', published: '2025-08-20', updated: '2025-08-21', publisher: 'Sourced' }, sources)));
		expect(data).toHaveLength(2);
		expect(data[0]).toEqual({
			'@context': 'https://schema.org',
			'@type': 'ClaimReview',
			url: `https://sourced.example/x/#${claims.reviews![0]!.paragraph}`,
			claimReviewed: 'the envoy spoke at the summit',
			itemReviewed: {
				'@type': 'Claim',
				author: { '@type': 'Organization', name: 'Associated Press' },
				appearance: { '@type': 'CreativeWork', url: 'https://example.org/ap-one', headline: 'Envoy says leader agreed' },
				datePublished: '2025-08-17',
			},
			author: { '@type': 'Organization', name: 'Sourced' },
			datePublished: '2025-08-20',
			dateModified: '2025-08-21',
			reviewRating: { '@type': 'Rating', alternateName: 'Misattributed', description: REVIEW_RATINGS.Misattributed },
			reviewBody: 'He spoke two days later.',
		});
	});
});
