/**
 * Each patch names the package versions it was checked against, and
 * refuses any other: what it relies on (a plugin's name, a hook's shape,
 * a private key) is nobody's API, and a minor release can change it
 * without a word. The build then stops and says what to do, instead of
 * building a site that is quietly wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SWITCH, type PatchName } from './switch.ts';

/** Package name → the exact versions the patch was checked against. */
export type Verified = Record<string, readonly string[]>;

/** The project's root, whose node_modules the build runs from. */
const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The version of `pkg` installed for the project (as npm lays out node_modules). */
export function installedVersion(pkg: string, root = PROJECT_ROOT): string | undefined {
	const file = join(root, 'node_modules', pkg, 'package.json');
	if (!existsSync(file)) return undefined;
	return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version;
}

/** Throws, naming every package whose installed version the patch was not checked against. */
export function requireVerified(patch: PatchName, verified: Verified, root = PROJECT_ROOT): void {
	const off = Object.entries(verified).flatMap(([pkg, versions]) => {
		const installed = installedVersion(pkg, root);
		return installed !== undefined && versions.includes(installed)
			? []
			: [`${pkg} ${installed ?? '(not installed)'} (verified on ${versions.join(', ')})`];
	});
	if (off.length === 0) return;
	throw new Error(
		`The patch \`${patch}\` (src/integrations/patches/${patch}.ts) reaches into packages whose installed versions it was not checked against: ` +
			`${off.join('; ')}. Check what its header says it depends on against the installed code and add the version to its list, ` +
			`or build without the patches: ${SWITCH}=0 (the same pages, slower).`,
	);
}
