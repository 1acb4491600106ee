/**
 * Checks that hold for any correct explainer, whatever it says: run over
 * every explainer of the real build (tests/build/real-site.test.ts) and
 * over the fixture's, so that a new or corrected explainer never needs a
 * test changed.
 */
import type { HTMLElement } from 'node-html-parser';
import type { Page } from './site-files.ts';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What is left of each body paragraph once its claims and markers are taken out: empty (or a question) when every sentence is sourced. */
export function uncoveredText(page: Page): string[] {
	return page.root
		.querySelectorAll('.prose p[id^="p-"]')
		.filter((p) => !p.closest('.how-we-reported-this'))
		.map((p) => {
			const clone = p.clone() as HTMLElement;
			for (const el of clone.querySelectorAll('.claim, .marker')) el.remove();
			return flat(clone.text).replace(/[\s.,;:’'”“"()—–-]/g, '');
		})
		.filter((rest) => rest !== '' && !rest.endsWith('?'));
}

/** Key points without a marker. */
export function uncitedKeyPoints(page: Page): string[] {
	return page.root
		.querySelectorAll('.key-points li > p')
		.filter((p) => p.querySelectorAll('a[role=doc-noteref]').length === 0)
		.map((p) => flat(p.text));
}

/** Timeline problems: events out of date order, or linked to no element of the page. */
export function timelineProblems(page: Page): string[] {
	const events = page.root.querySelectorAll('.timeline-list li');
	const dates = events.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? '');
	const problems = events
		.filter((li) => !page.root.getElementById(li.querySelector('a')?.getAttribute('href')?.slice(1) ?? ''))
		.map((li) => `${flat(li.text)}: links nowhere`);
	if (dates.join() !== [...dates].sort().join()) problems.push(`out of order: ${dates.join(', ')}`);
	return problems;
}

/** The page's ClaimReview JSON-LD, if any. */
// JSON-LD is read as the loose object it is; each test names the fields it checks.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function claimReviews(page: Page): Record<string, any>[] {
	const found = page.root
		.querySelectorAll('script[type="application/ld+json"]')
		.map((s) => JSON.parse(s.text) as unknown)
		.find(Array.isArray);
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	return (found ?? []) as Record<string, any>[];
}

/** Each ClaimReview that does not point at a block on the page showing the same rating, and each block without one. */
export function claimReviewProblems(page: Page): string[] {
	const reviews = claimReviews(page);
	const blocks = page.root.querySelectorAll('.claim-review');
	const problems =
		reviews.length === blocks.length ? [] : [`${reviews.length} ClaimReviews for ${blocks.length} blocks`];
	reviews.forEach((review, i) => {
		const target = page.root.getElementById(new URL(review.url).hash.slice(1));
		if (target?.parentNode !== blocks[i]) problems.push(`review ${i + 1} points at ${review.url}, not at its block`);
		const shown = flat(blocks[i]?.querySelector('.review-rating strong')?.text ?? '');
		if (shown !== review.reviewRating?.alternateName)
			problems.push(`review ${i + 1} rated ${review.reviewRating?.alternateName}, shown ${shown}`);
	});
	return problems;
}
