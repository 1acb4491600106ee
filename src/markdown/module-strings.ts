/**
 * The compile's last check, a recma plugin: no string of the compiled
 * article's module holds text the bundler reads as code
 * (`src/text/bundler-markers.ts`). The parse guard and the record's check
 * refuse each such text where the author wrote it; what a later step
 * builds from the author's words (an id made from a label, words joined
 * across pieces) could still hold one, and the bundle's passes would read
 * it there. Found here, the compile stops with the problem instead, before
 * any of them runs, naming the file (this late, the place is not known).
 */
import type { VFile } from 'vfile';
import { MESSAGE_SOURCE } from '../diagnostics/vfile-messages.ts';
import { BUNDLER_MARKER, MARKER_REASON } from '../text/bundler-markers.ts';

/** Each string a module's syntax tree holds: literals, template pieces and JSX text. */
function* strings(tree: unknown): Generator<string> {
	const stack: unknown[] = [tree];
	while (stack.length > 0) {
		const node = stack.pop();
		if (Array.isArray(node)) stack.push(...node);
		else if (node !== null && typeof node === 'object') {
			const { type, value } = node as { type?: unknown; value?: unknown };
			if ((type === 'Literal' || type === 'JSXText') && typeof value === 'string') yield value;
			if (type === 'TemplateElement') yield String((value as { cooked?: unknown } | undefined)?.cooked ?? '');
			for (const inner of Object.values(node)) if (inner !== null && typeof inner === 'object') stack.push(inner);
		}
	}
}

export function moduleStrings() {
	return (tree: unknown, file: VFile) => {
		for (const text of strings(tree))
			if (BUNDLER_MARKER.test(text))
				file.fail(`${MARKER_REASON} (it reached the compiled article by a way the checks do not place)`, {
					ruleId: 'bundler-text',
					source: MESSAGE_SOURCE,
				});
	};
}
