/**
 * The `_headers` file that static hosts (Netlify, Cloudflare Pages and
 * others) read: a path pattern on its own line, then indented
 * `Name: value` lines. The build writes one (see
 * `integrations/security-headers.ts`); the local server applies it, so
 * `npm start` and the tests see the headers a deployed site sends.
 * @see https://docs.netlify.com/manage/routing/headers/
 */

export interface HeaderRule {
	/** The pattern as written, e.g. `/_astro/*`. */
	path: string;
	pattern: RegExp;
	headers: [name: string, value: string][];
}

/** `*` matches anything (slashes too); `:name` one path segment. */
function patternOf(path: string): RegExp {
	const source = path
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`);
}

/** Parse `_headers` text. Throws on a line that fits neither form, naming it. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split(/\r?\n/).forEach((line, i) => {
		if (line.trim() === '' || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), pattern: patternOf(line.trim()), headers: [] });
			return;
		}
		const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
		const rule = rules.at(-1);
		if (!match || !rule)
			throw new Error(`_headers:${i + 1}: expected a path, or an indented \`Name: value\` line under one`);
		rule.headers.push([match[1]!, match[2]!.trim()]);
	});
	return rules;
}

/** Headers for `pathname`: every matching rule applies, in file order. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const rule of rules) {
		if (!rule.pattern.test(pathname)) continue;
		for (const [name, value] of rule.headers) out.set(name.toLowerCase(), value);
	}
	return out;
}
