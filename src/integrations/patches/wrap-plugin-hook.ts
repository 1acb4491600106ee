/**
 * Wrapping another Vite plugin's hook, for the two patches that change what
 * Astro's own plugins do (./article-modules.ts: @astrojs/mdx's transform;
 * ./data-store-file.ts: the content layer's load). Vite resolves the config
 * once per environment it builds, so the hook is wrapped once; and when
 * the plugin or the hook is not there, the build stops and says so, since
 * these depend on the packages' internals and must not silently stop working.
 */
import type { ResolvedConfig } from 'vite';

/** Each wrapper we put in place, and whose it is. */
const owners = new WeakMap<object, string>();

type Handler = (this: unknown, ...args: never[]) => unknown;

export function wrapPluginHook<H extends Handler>(
	resolved: ResolvedConfig,
	target: { plugin: string; hook: 'load' | 'transform'; owner: string; package: string },
	wrap: (original: H) => H,
): void {
	const hook = resolved.plugins.find((p) => p.name === target.plugin)?.[target.hook];
	if (!hook || typeof hook !== 'object' || typeof hook.handler !== 'function')
		throw new Error(
			`${target.owner}: no \`${target.plugin}\` ${target.hook} hook to wrap (did ${target.package} change?)`,
		);
	const original = hook.handler as unknown as H;
	if (owners.get(original) === target.owner) return;
	const wrapped = wrap(original);
	owners.set(wrapped, target.owner);
	(hook as unknown as { handler: H }).handler = wrapped;
}
