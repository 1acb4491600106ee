/** The thread `card-prewarm.ts` starts: draws the cards, says how many, then ends. */
import { parentPort, workerData } from 'node:worker_threads';
import { prewarmCards } from '../social/card-prewarm.ts';

const { articlesDir } = workerData as { articlesDir: string };
parentPort?.postMessage({ drawn: await prewarmCards(articlesDir) });
