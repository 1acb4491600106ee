/**
 * The components an article may use, by the name an author writes. The
 * explainer page passes exactly these to `<Content components={…} />`;
 * the content policy's allow-list (`src/markdown/content-policy.ts`) names
 * the same four, and a unit test keeps the two in step.
 */
import Figure from './Figure.astro';
import KeyPoints from './KeyPoints.astro';
import Methods from './Methods.astro';
import Timeline from './Timeline.astro';

export const articleComponents = { Figure, KeyPoints, Methods, Timeline };
