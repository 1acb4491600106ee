/** Says once per build or dev server when the site's public address is the local default (src/site-url.ts). */
import type { AstroIntegration } from 'astro';
import { siteAddressNotice } from '../site-url.ts';

export function siteAddress(): AstroIntegration {
	return {
		name: 'explainer:site-address',
		hooks: {
			'astro:config:done': ({ logger }) => {
				const notice = siteAddressNotice();
				if (notice) logger.warn(notice);
			},
		},
	};
}
