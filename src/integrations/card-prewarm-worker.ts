/** The thread `card-prewarm.ts` starts: draws the cards, then ends. */
import { workerData } from 'node:worker_threads';
import { prewarmCards } from '../social/card-prewarm.ts';

const { articlesDir } = workerData as { articlesDir: string };
await prewarmCards(articlesDir);
