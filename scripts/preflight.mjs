// Stops an npm script on a Node older than the project declares (package.json `engines`, what Astro asks),
// naming the version needed and how to get it. Plain JavaScript, so that an old Node can run it and say so.
// With the dev dependencies installed, npm scripts run on the pinned runtime (the `node` devDependency,
// node_modules/.bin/node); a production install (`npm ci --omit=dev`) runs on the host's Node.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const range = pkg.engines.node;
const minimum = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range);
if (!minimum) throw new Error(`preflight: package.json engines.node is ${range}; this check reads only ">=x.y.z"`);
const running = process.versions.node.split('.').map(Number);
const needed = minimum.slice(1).map(Number);
const older =
	running[0] !== needed[0]
		? running[0] < needed[0]
		: running[1] !== needed[1]
			? running[1] < needed[1]
			: running[2] < needed[2];

if (older) {
	console.error(
		`This is Node ${process.versions.node}; the project needs Node ${range} (package.json "engines", as Astro ${pkg.dependencies.astro} asks).\n` +
			`Select a newer one: \`nvm install\` or \`fnm use\` (both read .nvmrc), or your host's Node version setting ` +
			`(.nvmrc and "engines" are read by most; or e.g. NODE_VERSION=24). For development, \`npm install\` also ` +
			`installs the pinned runtime (node ${pkg.devDependencies.node}), which npm scripts then use.`,
	);
	process.exit(1);
}
