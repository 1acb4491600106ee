/**
 * `npm run build`: `astro build` in a Node process of its own, started with
 * the build's flags and environment (src/tools/build-flags.ts), which must
 * be set as a process starts. Its arguments go to `astro build`
 * (`npm run build -- --force`).
 */
import { spawnSync } from 'node:child_process';
import { astroBuild } from './build-flags.ts';

const build = astroBuild(process.argv.slice(2));
const run = spawnSync(build.command, build.args, { stdio: 'inherit', env: build.env });
if (run.error) throw run.error;
process.exit(run.status ?? 1);
