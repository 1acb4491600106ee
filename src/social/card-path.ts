/** Where an explainer's social card is published, relative to the site's base (src/integrations/social-cards.ts renders it). */
export const cardPath = (slug: string) => `social/${slug}.png`;
