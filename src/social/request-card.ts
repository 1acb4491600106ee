/**
 * The page side of the social cards. The explainer route asks for every
 * explainer's card as soon as it lists them (`getStaticPaths`), so the
 * cards render on sharp's threads while Astro renders the pages on the
 * other core (`render-cards.ts`), not in a phase of their own after the
 * build. The renderer is put on `globalThis` by the integration, for
 * `astro build` only, since routes run as Astro's bundle, apart from the
 * integration's own modules; in `astro dev`, or when nothing listens,
 * asking does nothing. What the build ships does not depend on it: after
 * the build, each card is made from its page's own meta tags, from this
 * cache where the text is the same, rendered then where it is not.
 */
import { SITE } from '../site.ts';
import type { CardText } from './card-svg.ts';

const CARD_RENDERER = Symbol.for('explainer.social-cards.renderer');

interface Listener {
	request(text: CardText): void;
}
const shared = globalThis as { [CARD_RENDERER]?: Listener };

/** For the integration: who renders the cards asked for from now on (`undefined`: nobody). */
export function listenForCards(listener: Listener | undefined): void {
	if (listener) shared[CARD_RENDERER] = listener;
	else delete shared[CARD_RENDERER];
}

/** What an explainer's card says, which its page's meta tags say too (`[slug].astro` passes these to `Base`). */
export function cardTextOf(data: { title: string; shortTitle?: string | undefined; description: string; topics: readonly string[] }): CardText {
	return { title: data.shortTitle ?? data.title, standfirst: data.description, topics: data.topics, site: SITE.name };
}

export function requestCard(text: CardText): void {
	shared[CARD_RENDERER]?.request(text);
}
