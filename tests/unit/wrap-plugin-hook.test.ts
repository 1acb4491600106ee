/** Wrapping a hook of Astro's own Vite plugins: once, however often Vite resolves the config, and a clear stop when it is gone. */
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { wrapPluginHook } from '../../src/integrations/wrap-plugin-hook.ts';

type Load = (this: unknown, id: string) => string;
const target = { plugin: 'astro-content', hook: 'load', owner: 'explainer:test', package: 'Astro' } as const;
const configWith = (plugin: object) => ({ plugins: [plugin] }) as unknown as ResolvedConfig;

describe('wrapPluginHook', () => {
	it('wraps the hook once, though the config is resolved for each environment', () => {
		const plugin = { name: 'astro-content', load: { handler: (id: string) => `loaded ${id}` } };
		const config = configWith(plugin);
		const wrap = (load: Load): Load => function (this: unknown, id) { return `wrapped ${load.call(this, id)}`; };
		wrapPluginHook<Load>(config, target, wrap);
		wrapPluginHook<Load>(config, target, wrap);
		expect((plugin.load.handler as Load).call(undefined, 'x')).toBe('wrapped loaded x');
	});

	it('stops the build, naming the plugin and the package, when the hook is not there', () => {
		expect(() => wrapPluginHook<Load>(configWith({ name: 'astro-content', load: (id: string) => id }), target, (l) => l)).toThrow('explainer:test: no `astro-content` load hook to wrap (did Astro change?)');
		expect(() => wrapPluginHook<Load>(configWith({ name: 'other' }), target, (l) => l)).toThrow(/no `astro-content` load hook/);
	});
});
