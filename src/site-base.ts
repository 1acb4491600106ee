/**
 * The path the site is served under: `/` for a host of its own, or a
 * sub-path such as `/explainers/` (a GitHub Pages project site, a section
 * of a newsroom's domain), set by `SITE_BASE` for `astro build` and read
 * by Astro's `base` and by every module that writes an internal address.
 * Browser scripts read Astro's `import.meta.env.BASE_URL`, which is the same.
 */
export function siteBase(env: Record<string, string | undefined> = process.env): string {
	const value = (env['SITE_BASE'] ?? '/').trim();
	if (!/^\/?[A-Za-z0-9._~-]*(?:\/[A-Za-z0-9._~-]+)*\/?$/.test(value)) {
		throw new Error(
			`SITE_BASE is \`${value}\`, expected a path such as /explainers/ (letters, digits, ".", "_", "~", "-" and slashes)`,
		);
	}
	return normaliseBase(value);
}

/** `explainers`, `/explainers` or `/explainers/` → `/explainers/`; empty → `/` (Astro's `config.base` comes in any of these). */
export function normaliseBase(value: string): string {
	const trimmed = value.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

export const BASE = siteBase();

/** A site path (`/sources/`) as served, under the base (`/explainers/sources/`). */
export function withBase(path: string, base = BASE): string {
	if (!path.startsWith('/')) throw new Error(`withBase takes a path from the site root, got \`${path}\``);
	return base === '/' ? path : `${base}${path.slice(1)}`;
}
