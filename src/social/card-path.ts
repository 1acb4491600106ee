/** Where an explainer's social card is published, under the site's base (src/pages/social/[slug].png.ts renders it). */
import { withBase } from '../site-base.ts';

export const cardPath = (slug: string) => withBase(`/social/${slug}.png`);
