/**
 * Cards rendered a few ahead. Astro generates a route's paths one at a
 * time, in the order `getStaticPaths()` gave them, and a card spends its
 * time on sharp's threads, not on the one that renders pages; so when the
 * route asks for one card, the next few in that order are started too,
 * and the machine's cores render cards side by side. A card is rendered
 * from the text it is asked with: one started ahead with other text (an
 * edit in `astro dev`) is not used.
 */
import type { CardText } from './card-svg.ts';
import { cardPng } from './card-png.ts';

/** Cards in flight at most: sharp's (libuv's) four threads. */
const IN_FLIGHT = 4;

export class CardQueue {
	private readonly started = new Map<string, Promise<Buffer>>();
	private readonly renderCard: (text: CardText) => Promise<Buffer>;

	constructor(renderCard: (text: CardText) => Promise<Buffer> = cardPng) {
		this.renderCard = renderCard;
	}

	/** The card of `item`, whose text `textOf` gives, starting the cards after it in `order`. */
	render<T extends { id: string }>(item: T, order: readonly T[], textOf: (item: T) => CardText): Promise<Buffer> {
		const own = this.take(item, textOf);
		const at = order.findIndex((other) => other.id === item.id);
		if (at !== -1) for (const next of order.slice(at + 1, at + IN_FLIGHT)) this.start(next, textOf);
		return own;
	}

	private take<T extends { id: string }>(item: T, textOf: (item: T) => CardText): Promise<Buffer> {
		const key = keyOf(item.id, textOf(item));
		const card = this.started.get(key) ?? this.renderCard(textOf(item));
		this.started.delete(key);
		return card;
	}

	private start<T extends { id: string }>(item: T, textOf: (item: T) => CardText): void {
		const key = keyOf(item.id, textOf(item));
		if (this.started.has(key)) return;
		const card = this.renderCard(textOf(item));
		// A card started ahead and never asked for (its page copied from the last build) fails nothing.
		card.catch(() => {});
		this.started.set(key, card);
		// Only the few ahead are kept: the oldest, never asked for, is let go.
		for (const old of this.started.keys()) {
			if (this.started.size <= IN_FLIGHT) break;
			this.started.delete(old);
		}
	}
}

const keyOf = (id: string, text: CardText) => JSON.stringify([id, text]);
