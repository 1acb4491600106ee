/** `npm start` / `npm run preview`: serve the last build at http://localhost:4321. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteBase } from '../site-base.ts';
import { serveSite } from './static-server.ts';

const dir = process.env.EXPLAINER_OUT ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
if (!existsSync(join(dir, 'index.html'))) {
	console.error(`No built site in ${dir}/. Run \`npm run build\` (or \`npm start\`, which builds first).`);
	process.exit(1);
}
const { url } = await serveSite(dir, { port, host: 'localhost', base: siteBase() });
console.log(`\n  The explainer site is being served at ${url}/  (search index included)\n  Press Ctrl+C to stop.\n`);
