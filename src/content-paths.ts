/**
 * Where the site's content lives. `EXPLAINER_CONTENT` points the build at
 * another folder (the tests build fixture sites this way).
 */
import { resolve } from 'node:path';

/** Absolute path of the content root (default `./content`). */
export const contentRoot = resolve(process.env.EXPLAINER_CONTENT ?? 'content');
export const articlesDir = resolve(contentRoot, 'articles');
export const sourcesDir = resolve(contentRoot, 'sources');
export const entitiesDir = resolve(contentRoot, 'entities');
export const authorsDir = resolve(contentRoot, 'authors');
export const researchDir = resolve(contentRoot, 'research');
