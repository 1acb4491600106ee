/**
 * A social card as PNG, rendered by sharp (which the build already has for
 * images) from `cardSvg`. Sixteen colours: flat colours and anti-aliased
 * text keep a card well under the 80 KB the tests allow. Deflate at
 * level 2, not libvips's 6: a cold build draws a card for every explainer,
 * and on a card of flat colours the higher level costs more than it saves
 * (the figures are in the commit that set it).
 */
import sharp from 'sharp';
import { cardSvg, type CardText } from './card-svg.ts';

// Every card is a new SVG, rendered once: libvips's cache of operations would only hold memory.
sharp.cache(false);

export const PNG_OPTIONS = { palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 2 } as const;

export function cardPng(text: CardText): Promise<Buffer> {
	return pngOf(cardSvg(text));
}

/**
 * A card's SVG (`cardSvg`) as its PNG. Kept cards are found by their SVG, `PNG_OPTIONS` and sharp's
 * version (card-cache.ts): a change here that draws other bytes from the same SVG belongs in
 * `PNG_OPTIONS`, or the cards kept from before would still be served.
 */
export function pngOf(svg: string): Promise<Buffer> {
	return sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
}
