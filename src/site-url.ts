/**
 * The public address of the site, for canonical links, JSON-LD, the feed
 * and the sitemap. Set `SITE_URL` when building for a real host; the
 * default is a reserved name (RFC 2606) that can never be mistaken for a
 * live site.
 */
export function siteUrl(): string {
	const value = process.env.SITE_URL ?? 'https://sourced.example';
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_URL is \`${value}\`, expected an absolute URL such as https://news.example.org`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL is \`${value}\`, expected an http(s) URL`);
	return url.origin;
}
