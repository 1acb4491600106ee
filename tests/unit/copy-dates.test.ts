/**
 * A copy's date is never shown as its origin's: an AP story read on a
 * newspaper's page is named by the AP, dated by the newspaper, and says so
 * (margin, bibliography, feed) and in the NewsArticle JSON-LD.
 */
import { describe, expect, it } from 'vitest';
import { sourceDateLabel } from '../../src/claims/source-display.ts';
import { newsArticle } from '../../src/editorial/json-ld.ts';
import { articleSchema } from '../../src/schema/article.ts';
import type { Source } from '../../src/schema/source.ts';

const base = { titleSupplied: false, originConfidence: 'confirmed' as const };
const copy: Source = {
	...base,
	id: 'wsj-ht',
	outlet: 'Hindustan Times',
	origin: 'The Wall Street Journal',
	title: 'Moscow draws hard line',
	url: 'https://example.org/ht',
	published: '2025-08-21',
};
const own: Source = {
	...base,
	id: 'own',
	outlet: 'Eunews',
	title: 'West regains unity',
	url: 'https://example.org/eu',
	published: '2025-08-19',
};
const probable: Source = { ...copy, id: 'probable', originConfidence: 'probable' };

describe('copy dates', () => {
	it('says whose date it is when the name shown is the origin', () => {
		expect(sourceDateLabel(copy)).toBe('21 Aug 2025 (Hindustan Times)');
		expect(sourceDateLabel(own)).toBe('19 Aug 2025');
		// A probable origin is not shown as the name: the outlet is, and the date is plainly its own.
		expect(sourceDateLabel(probable)).toBe('21 Aug 2025');
		expect(sourceDateLabel({ ...copy, published: undefined, copyDate: '2025-08-16' })).toBe('16 Aug 2025 (copy)');
	});

	it('publishes the outlet we read as publisher, with its date, and the origin as source organisation', () => {
		const data = articleSchema.parse({ title: 'T', description: 'D', published: '2026-11-27' });
		const { citation } = newsArticle(data, 'https://sourced.example/t/', [copy, own]) as {
			citation: Record<string, unknown>[];
		};
		expect(citation[0]).toMatchObject({
			publisher: { name: 'Hindustan Times' },
			sourceOrganization: { name: 'The Wall Street Journal' },
			datePublished: '2025-08-21',
		});
		expect(citation[1]).toMatchObject({ publisher: { name: 'Eunews' }, datePublished: '2025-08-19' });
		expect(citation[1]).not.toHaveProperty('sourceOrganization');
	});
});
