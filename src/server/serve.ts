/**
 * `npm start` / `npm run preview`: serve the last finished build at
 * http://localhost:4321, and each later one once it has finished.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteBase } from '../site-base.ts';
import { readBuildStamp } from './build-stamp.ts';
import { serveSite } from './static-server.ts';

const dir = process.env.EXPLAINER_OUT ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
if (!existsSync(join(dir, 'index.html')) && readBuildStamp(dir) === undefined) {
	console.error(`No built site in ${dir}/. Run \`npm run build\` (or \`npm start\`, which builds first).`);
	process.exit(1);
}
const { url, builds } = await serveSite(dir, { port, host: 'localhost', base: siteBase(), followBuilds: true });
console.log(`\n  The explainer site is being served at ${url}/  (search index included)\n  Press Ctrl+C to stop.\n`);
if (!builds?.stamp)
	console.log(`  ${dir}/ holds no finished build yet: pages are served once \`npm run build\` finishes.\n`);
builds?.on('build', () => console.log(`  A new build of ${dir}/ is served.`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
