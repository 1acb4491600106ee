/** Field validators shared by the article and source schemas. */
import { z } from 'astro/zod';

/** A calendar date written `YYYY-MM-DD` that exists (no 2025-02-30). */
export const isoDate = z.string().refine(
	(value) => {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
		const date = new Date(`${value}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
	},
	{ message: 'expected a real date written YYYY-MM-DD, e.g. 2025-08-17' },
);

/** An absolute http(s) URL. */
export const webUrl = z.string().refine(
	(value) => {
		try {
			const url = new URL(value);
			return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
		} catch {
			return false;
		}
	},
	{ message: 'expected an absolute http(s) URL, e.g. https://www.example.com/story' },
);

/** Text that is present and not only white space. */
export const text = z.string().trim().min(1, { message: 'expected non-empty text' });
