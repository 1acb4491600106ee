/**
 * `<ClaimReview>` blocks: what the author writes, what the reader sees,
 * what the build refuses, and the schema.org ClaimReview the page publishes.
 */
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/data/sources.ts';
import { REVIEW_RATINGS } from '../../src/claims/review.ts';
import { claimReviews } from '../../src/editorial/claim-review.ts';
import { FIXTURE_SOURCES, problems, render } from '../support/render.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

const AUDIT = [
	'Intro to the audit [!note].',
	'',
	'<ClaimReview rating="Misattributed" wordsOf="reuters-two" published="2025-08-20">',
	'',
	'It said the envoy spoke at the summit [@ap-one, "the envoy spoke at the summit"]. He spoke two days later [@reuters-two, "two days later"].',
	'',
	'</ClaimReview>',
	'',
	'<ClaimReview rating="Unsupported" published="2025-08-21">',
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
		expect(
			[...html.matchAll(/<div class="claim-review"><p class="review-rating">(.*?)<\/p>/g)].map((m) => text(m[1]!)),
		).toEqual(['Our rating: Misattributed', 'Our rating: Unsupported']);
		expect(claims.reviews).toEqual([
			{
				paragraph: expect.stringMatching(/^p-it-said-the-/),
				rating: 'Misattributed',
				claimReviewed: 'the envoy spoke at the summit',
				source: 'ap-one',
				body: 'He spoke two days later.',
				published: '2025-08-20',
			},
			{
				paragraph: expect.stringMatching(/^p-it-said-analysts/),
				rating: 'Unsupported',
				claimReviewed: 'analysts expect a shift',
				source: 'ap-one',
				body: 'We found no such report.',
				published: '2025-08-21',
			},
		]);
		expect(html).toContain(`<p id="${claims.reviews![0]!.paragraph}"`);
	});

	it('refuses a missing or unknown rating, a block that does not quote the claim first, and any other attribute, each where it is', async () => {
		const broken = [
			'<ClaimReview published="2025-08-20">',
			'',
			'It said so [@ap-one, "so"].',
			'',
			'</ClaimReview>',
			'',
			'<ClaimReview rating="False" published="2025-08-20">',
			'',
			'It said so [@ap-one, "so"].',
			'',
			'</ClaimReview>',
			'',
			'<ClaimReview rating="Accurate" published="2025-08-20">',
			'',
			'It said so [@ap-one].',
			'',
			'</ClaimReview>',
			'',
			'<ClaimReview rating="Accurate" published="2025-08-20" source="x">',
			'',
			'It said so [@ap-one, "so"].',
			'',
			'</ClaimReview>',
			'',
		].join('\n');
		expect(await problems(broken)).toEqual([
			'1:1 claim-review-invalid',
			'7:1 claim-review-invalid',
			'13:1 claim-review-invalid',
			'19:55 mdx-attribute',
		]);
		const { diagnostics } = await render(broken);
		const reasons = [...diagnostics].sort((a, b) => a.line - b.line).map((d) => d.reason);
		expect(reasons[0]).toMatch(
			/Missing `rating` on `<ClaimReview>`, expected `<ClaimReview rating="…">` with one of `Accurate`, `Partly supported`, `Misattributed`, `Inaccurate`, `Unsupported`/,
		);
		expect(reasons[1]).toMatch(/Unknown rating `False`/);
		expect(reasons[2]).toMatch(/expected its first marker to quote the words reviewed/);
		expect(reasons[3]).toMatch(
			/expected `rating="…"`, `published="…"`, `contradictedBy="…"`, `wordsOf="…"` \(plain text values\) and nothing else/,
		);
	});

	it('publishes one schema.org ClaimReview per audited claim, by the outlet that carried it, rated by name', async () => {
		const { claims } = await render(AUDIT);
		const { sources } = loadSources(FIXTURE_SOURCES);
		const data = JSON.parse(
			JSON.stringify(
				claimReviews(
					claims.reviews!,
					{ url: 'https://sourced.example/x/', published: '2025-08-20', updated: '2025-08-21', publisher: 'Sourced' },
					sources,
				),
			),
		);
		expect(data).toHaveLength(2);
		expect(data[0]).toEqual({
			'@context': 'https://schema.org',
			'@type': 'ClaimReview',
			url: `https://sourced.example/x/#${claims.reviews![0]!.paragraph}`,
			claimReviewed: 'the envoy spoke at the summit',
			itemReviewed: {
				'@type': 'Claim',
				author: { '@type': 'Organization', name: 'Associated Press' },
				appearance: {
					'@type': 'CreativeWork',
					url: 'https://example.org/ap-one',
					headline: 'Envoy says leader agreed',
				},
				datePublished: '2025-08-17',
			},
			author: { '@type': 'Organization', name: 'Sourced' },
			datePublished: '2025-08-20',
			dateModified: '2025-08-21',
			reviewRating: { '@type': 'Rating', alternateName: 'Misattributed', description: REVIEW_RATINGS.Misattributed },
			reviewBody: 'He spoke two days later.',
		});
	});

	it('dates each review by the day its rating was first published, recorded in the block, not by the explainer', async () => {
		const { claims } = await render(AUDIT);
		const { sources } = loadSources(FIXTURE_SOURCES);
		const data = claimReviews(
			claims.reviews!,
			{ url: 'https://sourced.example/x/', published: '2025-08-01', updated: '2025-08-21', publisher: 'Sourced' },
			sources,
		);
		expect(data.map((d) => [d.datePublished, d.dateModified])).toEqual([
			['2025-08-20', '2025-08-21'],
			['2025-08-21', undefined],
		]);
		const undated = [
			'<ClaimReview rating="Unsupported">',
			'',
			'It said so [@ap-one, "so"].',
			'',
			'</ClaimReview>',
			'',
			'<ClaimReview rating="Unsupported" published="27 Nov">',
			'',
			'It said so [@ap-one, "so"].',
			'',
			'</ClaimReview>',
		].join('\n');
		expect(await problems(undated)).toEqual(['1:1 claim-review-invalid', '7:1 claim-review-invalid']);
		const reasons = (await render(undated)).diagnostics.map((d) => d.reason);
		expect(reasons).toContainEqual(
			expect.stringMatching(
				/^Missing `published` on `<ClaimReview>`, expected the day this rating was first published, `published="YYYY-MM-DD"`/,
			),
		);
		expect(reasons).toContainEqual(expect.stringMatching(/^Invalid `published="27 Nov"`/));
	});

	it('refuses a rating dated before the explainer’s first edition or after the build’s date', async () => {
		const block = (day: string) =>
			[
				`<ClaimReview rating="Unsupported" published="${day}">`,
				'',
				'It said so [@ap-one, "so"].',
				'',
				'</ClaimReview>',
			].join('\n');
		const frontmatter = { published: '2025-08-21' };
		expect(await problems(block('2025-08-21'), { frontmatter })).toEqual([]);
		expect(await problems(block('2025-08-20'), { frontmatter })).toEqual(['1:1 claim-review-invalid']);
		expect((await render(block('2025-08-20'), { frontmatter })).diagnostics[0]!.reason).toMatch(
			/before the explainer's first edition \(2025-08-21\), expected the day this rating first appeared, on or after 2025-08-21/,
		);
		expect(await problems(block('2999-01-01'), { frontmatter })).toEqual(['1:1 claim-review-invalid']);
		expect((await render(block('2999-01-01'), { frontmatter })).diagnostics[0]!.reason).toMatch(
			/after the build's date/,
		);
		// An explainer under embargo may date its ratings ahead.
		expect(await problems(block('2999-01-01'), { frontmatter: { ...frontmatter, embargo: true } })).toEqual([]);
	});

	it('refuses `Inaccurate` unless the block cites, with a quote, a source recorded as saying otherwise', async () => {
		const block = (attrs: string, finding: string) =>
			[
				`<ClaimReview rating="Inaccurate" published="2025-08-20"${attrs}>`,
				'',
				`It said the envoy spoke at the summit [@ap-one, "the envoy spoke at the summit"]. ${finding}`,
				'',
				'</ClaimReview>',
			].join('\n');
		const contradicted = block(
			' contradictedBy="reuters-two"',
			'He spoke two days later [@reuters-two, "two days later"].',
		);
		expect(await problems(contradicted)).toEqual([]);
		const bare = block('', 'He spoke two days later [@reuters-two, "two days later"].');
		expect(await problems(bare)).toEqual(['1:1 claim-review-rating']);
		expect((await render(bare)).diagnostics[0]!.reason).toMatch(
			/^Unexpected rating `Inaccurate` with no source recorded as saying otherwise, expected `contradictedBy="<id>"`.*or the rating `Partly supported` .* or `Unsupported`/,
		);
		// Named, but cited without a quote: nothing on the page shows the contradiction.
		const unquoted = block(' contradictedBy="reuters-two"', 'He spoke two days later [@reuters-two].');
		expect(await problems(unquoted)).toEqual(['1:1 claim-review-rating']);
		expect((await render(unquoted)).diagnostics[0]!.reason).toMatch(
			/does not cite `@reuters-two` with a quote after the claim reviewed \(quoted there: none\)/,
		);
		// The claim's own source cannot contradict it.
		expect(await problems(block(' contradictedBy="ap-one"', 'We found otherwise [!note].'))).toEqual([
			'1:1 claim-review-rating',
		]);
		// Nor does the claim's own source quoted again further on.
		const again = [
			'<ClaimReview rating="Inaccurate" published="2025-08-20" contradictedBy="ap-one">',
			'',
			'It said so [@ap-one, "so"]. It also said [@ap-one, "two days later"].',
			'',
			'</ClaimReview>',
		].join('\n');
		expect(await problems(again)).toEqual(['1:1 claim-review-rating']);
		const weaker = [
			'<ClaimReview rating="Unsupported" published="2025-08-20" contradictedBy="reuters-two">',
			'',
			'It said so [@ap-one, "so"]. No [@reuters-two, "two days later"].',
			'',
			'</ClaimReview>',
		].join('\n');
		expect(await problems(weaker)).toEqual(['1:1 claim-review-rating']);
	});

	it('refuses `Misattributed` unless the block quotes a source showing whose words they are, and suggests the weaker rating', async () => {
		const block = (attrs: string, finding: string) =>
			[
				'Intro [!note].',
				'',
				`<ClaimReview rating="Misattributed" published="2025-08-20"${attrs}>`,
				'',
				`It put “a shift” in the envoy’s mouth [@ap-one, "the envoy spoke at the summit"]. ${finding}`,
				'',
				'</ClaimReview>',
			].join('\n');
		const shown = block(' wordsOf="reuters-two"', 'Those were the reporters’ words [@reuters-two, "two days later"].');
		expect(await problems(shown)).toEqual([]);
		// What the research only failed to find is not someone else's words: the rating is refused at the block.
		const bare = block('', 'We did not find them in the outlet credited [!note].');
		expect(await problems(bare)).toEqual(['3:1 claim-review-rating']);
		expect((await render(bare)).diagnostics[0]!.reason).toMatch(
			/^Unexpected rating `Misattributed` with no source recorded as showing whose words they are, expected `wordsOf="<id>"`.*or the rating `Attribution not found`/,
		);
		const unquoted = block(' wordsOf="reuters-two"', 'Those were the reporters’ words [@reuters-two].');
		expect(await problems(unquoted)).toEqual(['3:1 claim-review-rating']);
		expect((await render(unquoted)).diagnostics[0]!.reason).toMatch(
			/^Unexpected `wordsOf="reuters-two"`: the block does not cite `@reuters-two` with a quote/,
		);
		// Nor can the outlet that carried the claim show whose words they are, nor a misspelt attribute stand in.
		expect(await problems(block(' wordsOf="ap-one"', 'Those were the reporters’ words [!note].'))).toEqual([
			'3:1 claim-review-rating',
		]);
		expect(
			await problems(
				block(' wordOf="reuters-two"', 'Those were the reporters’ words [@reuters-two, "two days later"].'),
			),
		).toEqual(expect.arrayContaining(['3:1 claim-review-rating']));
		// Each rating's evidence belongs to it alone.
		const crossed = [
			'<ClaimReview rating="Inaccurate" published="2025-08-20" contradictedBy="reuters-two" wordsOf="reuters-two">',
			'',
			'It said so [@ap-one, "so"]. No [@reuters-two, "two days later"].',
			'',
			'</ClaimReview>',
		].join('\n');
		expect(await problems(crossed)).toEqual(['1:1 claim-review-rating']);
		expect((await render(crossed)).diagnostics[0]!.reason).toMatch(
			/^Unexpected `wordsOf` on a `Inaccurate` review, expected it only with `rating="Misattributed"`/,
		);
	});
});
