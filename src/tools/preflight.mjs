// Fails loudly when npm scripts are not running on the project's pinned Node.
// Astro 7 refuses Node < 22.12, but Vitest would silently run on the system
// Node 20 if node_modules/.bin/node were missing (e.g. after `npm ci --ignore-scripts`).
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const pinned = pkg.devDependencies.node;
const running = process.versions.node;

if (running !== pinned) {
	console.error(
		`preflight: npm scripts are running on Node ${running}, expected the pinned Node ${pinned}.\n` +
			`The project installs its own runtime as the npm package \`node\` (node_modules/.bin/node).\n` +
			`Run \`npm install\` (without --ignore-scripts) and use \`npm run <script>\` / \`npm test\`.`,
	);
	process.exit(1);
}
