/**
 * Which patches run. Every patch in this folder changes how another
 * package works inside, so each can be turned off and the site must come
 * out the same without it (tests/build/accelerators.test.ts):
 *
 * - `EXPLAINER_ACCELERATORS` unset (or `1`): all on.
 * - `EXPLAINER_ACCELERATORS=0`: none; Astro and @astrojs/mdx as they ship.
 * - `EXPLAINER_ACCELERATORS=article-modules,data-store-file`: only those
 *   named (how the bench measures what each one buys).
 */
export const PATCHES = ['article-modules', 'data-store-file', 'content-layer-sync', 'glob-frontmatter'] as const;
export type PatchName = (typeof PATCHES)[number];

export const SWITCH = 'EXPLAINER_ACCELERATORS';

export function patchOn(name: PatchName, env: NodeJS.ProcessEnv = process.env): boolean {
	const value = (env[SWITCH] ?? '').trim();
	if (value === '' || value === '1') return true;
	if (value === '0') return false;
	const named = value.split(',').map((s) => s.trim());
	const unknown = named.filter((s) => !(PATCHES as readonly string[]).includes(s));
	if (unknown.length > 0)
		throw new Error(
			`${SWITCH}=${value}: no patch named ${unknown.join(', ')}; write 0, 1 or a list of ${PATCHES.join(', ')}`,
		);
	return named.includes(name);
}
