/**
 * Machine-readable metadata for an explainer: a schema.org `NewsArticle`
 * with one `CreativeWork` per cited source, and corrections as
 * `CorrectionComment`s, so search engines and archives can follow the
 * sourcing too.
 * @see https://schema.org/NewsArticle
 */
import type { ArticleData } from '../schema/article.ts';
import type { Source } from '../schema/source.ts';
import type { Author } from '../schema/author.ts';
import { attribution } from '../claims/corroboration.ts';
import { SITE } from '../site.ts';

/** Addresses of the explainer's social card and the publisher's logo. */
export interface ArticleImages {
	image: string;
	logo: string;
}

/**
 * The byline's record as schema.org: a `Person` with the address of their
 * page and their role as `jobTitle`, or an `Organization` for a desk.
 */
export function authorJsonLd(author: Author, url: string): Record<string, unknown> {
	return author.kind === 'desk'
		? { '@type': 'Organization', name: author.name, url }
		: { '@type': 'Person', name: author.name, url, jobTitle: author.role };
}

/** `author` is the byline's record and the absolute address of its page, when the explainer names one. */
export function newsArticle(
	data: ArticleData,
	url: string,
	sources: readonly Source[],
	images?: ArticleImages,
	author?: { record: Author; url: string },
): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: data.shortTitle ?? data.title,
		alternativeHeadline: data.shortTitle ? data.title : undefined,
		description: data.description,
		url,
		mainEntityOfPage: url,
		datePublished: data.published,
		dateModified: data.updated ?? data.published,
		...(author ? { author: authorJsonLd(author.record, author.url) } : {}),
		...(images ? { image: { '@type': 'ImageObject', url: images.image, width: 1200, height: 630 } } : {}),
		publisher: {
			'@type': 'Organization',
			name: SITE.publisher,
			...(images ? { logo: { '@type': 'ImageObject', url: images.logo } } : {}),
		},
		inLanguage: SITE.lang,
		keywords: data.topics,
		citation: sources.map((s) => ({
			'@type': 'CreativeWork',
			url: s.url,
			name: s.title,
			// The page we read is the outlet's, with the outlet's date; whose reporting it carries is the source organisation.
			publisher: { '@type': 'Organization', name: s.outlet },
			...(attribution(s) !== s.outlet ? { sourceOrganization: { '@type': 'Organization', name: attribution(s) } } : {}),
			...(s.published ? { datePublished: s.published } : {}),
		})),
		...(data.corrections.length > 0
			? {
					correction: data.corrections.map((c) => ({
						'@type': 'CorrectionComment',
						text: c.note,
						datePublished: c.date,
					})),
				}
			: {}),
	};
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are
 * escaped, so no value (a headline with `</script>` in it) can end the
 * script element early.
 */
export function scriptSafeJson(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
