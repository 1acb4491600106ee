/**
 * The public address of the site, for canonical links, JSON-LD, the feed,
 * the sitemap, robots.txt and the social cards. Set `SITE_URL` when
 * building for a real host. Without it the build uses the local address
 * that `npm start` serves, and says so once (`siteAddressNotice`), so no
 * build ever ships a made-up host.
 */
export const LOCAL_SITE_URL = 'http://localhost:4321';

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
	const value = env['SITE_URL'] || LOCAL_SITE_URL;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_URL is \`${value}\`, expected an absolute URL such as https://news.example.org`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`SITE_URL is \`${value}\`, expected an http(s) URL`);
	return url.origin;
}

/** The one warning line a build without `SITE_URL` prints, or nothing. */
export function siteAddressNotice(env: Record<string, string | undefined> = process.env): string | undefined {
	if (env['SITE_URL']) return undefined;
	return `SITE_URL is not set: canonical links, the feed, the sitemap, robots.txt, the JSON-LD and the social cards point at ${LOCAL_SITE_URL}. Set SITE_URL=https://your.host to publish.`;
}
