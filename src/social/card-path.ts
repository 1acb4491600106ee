/** Where an explainer's social card is published, under the site's base (src/integrations/social-cards.ts renders it). */
import { withBase } from '../site-base.ts';

export const cardPath = (slug: string) => withBase(`/social/${slug}.png`);
