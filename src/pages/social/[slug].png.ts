/**
 * Each explainer's social card (`og:image`), a static file rendered from
 * its record: headline, standfirst and topics, never read back from a
 * built page. Its `cacheKey` is that text, so a rebuild copies the cards
 * whose text is unchanged from the last build (Astro also renders a card
 * again when this route's code or the card's template changed). The
 * explainer is looked up on every request, as `[slug].astro` does, so
 * `astro dev` shows an edited headline on the next load. A card is drawn
 * on sharp's threads: the build renders a few pages at a time
 * (`build.concurrency`), so the next cards and pages go on meanwhile. A
 * card already drawn, by an earlier request or by the build's prewarm
 * (src/integrations/card-prewarm.ts), is read from the card cache.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../site-index/cache-keys.ts';
import { getSite, getSiteToRender } from '../../site-index/site.ts';
import { cachedCardPng } from '../../social/card-cache.ts';
import { cardTextOf } from '../../social/card-text.ts';

export const getStaticPaths = (async () => {
	const site = await getSite();
	return site.explainers.map((explainer) => ({
		params: { slug: explainer.id },
		cacheKey: cacheKey('social-card', cardTextOf(explainer.data)),
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const site = await getSiteToRender();
	const explainer = site.explainerById.get(params.slug!);
	if (!explainer) return new Response(null, { status: 404 });
	const png = await cachedCardPng(cardTextOf(explainer.data));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
