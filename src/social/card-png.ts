/**
 * A social card as PNG, rendered by sharp (which the build already has for
 * images) from `cardSvg`. Sixteen colours: flat colours and anti-aliased
 * text keep a card well under the 80 KB the tests allow.
 */
import sharp from 'sharp';
import { cardSvg, type CardText } from './card-svg.ts';

// Every card is a new SVG, rendered once: libvips's cache of operations would only hold memory.
sharp.cache(false);

export function cardPng(text: CardText): Promise<Buffer> {
	return sharp(Buffer.from(cardSvg(text)))
		.png({ palette: true, colours: 16, dither: 0, effort: 1 })
		.toBuffer();
}
