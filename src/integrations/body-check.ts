/**
 * Problems in article bodies are found while MDX compiles, one file at a
 * time. In `astro dev` the first one stops that file (the overlay shows
 * where). In a build they are collected and the build fails once, after
 * every article has compiled, listing all of them: fixing one article
 * should not reveal the next one's problems only on the next run.
 */
import type { AstroIntegration } from 'astro';
import { ContentError, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';

export interface BodyProblems {
	/** Hand to remark-claims as `report`. */
	report(diagnostics: Diagnostic[]): void;
	integration(): AstroIntegration;
}

export function bodyProblems(): BodyProblems {
	const byFile = new Map<string, Diagnostic[]>();
	let collect = false;
	return {
		report(diagnostics) {
			if (!collect) {
				if (hasErrors(diagnostics)) throw new ContentError(diagnostics);
				return;
			}
			for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []).filter((x) => x !== d), d]);
		},
		integration() {
			return {
				name: 'explainer:body-check',
				hooks: {
					'astro:config:setup': ({ command, updateConfig }) => {
						collect = command === 'build';
						updateConfig({
							vite: {
								plugins: [
									{
										name: 'explainer:body-check',
										buildEnd() {
											const all = [...byFile.values()].flat();
											byFile.clear();
											if (hasErrors(all)) throw new ContentError(all);
										},
									},
								],
							},
						});
					},
				},
			};
		},
	};
}
