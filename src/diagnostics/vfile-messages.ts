/**
 * The one route from the Markdown plugins to an author. A plugin reports on
 * the file it is given, the unified way: `file.message(reason, { place,
 * ruleId, source })`. An error is a message marked `fatal` but not thrown
 * (as unified-lint-rule marks a rule set to error), so one run over a file
 * finds all of its problems and the build can list every file's at once.
 * `diagnosticsOf()` turns the messages into the build's diagnostics; the
 * articles loader's parse (`src/markdown/record-article.ts`), the in-process
 * renderer and the entity checks all read them through it. (The compile's
 * own messages are dropped by Astro: an article's problems come from its
 * record, which the same plugins make.)
 */
import { isAbsolute, relative } from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { pointAt } from './line-index.ts';
import { diagnostic, type Diagnostic, type Finding } from './diagnostic.ts';
import { RULES, type RuleId } from './rules.ts';

/** The `source` of every message this project's plugins make. */
export const MESSAGE_SOURCE = 'explainer';

/**
 * Where a finding's offsets point when the text is part of another file (an
 * entity's description inside its YAML): that file's name and text, and
 * the offset in it of each offset in the text.
 */
export interface Within {
	file: string;
	text: string;
	offset: (offset: number) => number;
}

/** Report `found` (offset into the file's text, or into `within`) as a message on `file`. */
export function report(file: VFile, found: Finding, within?: Within): VFileMessage {
	const text = within ? within.text : String(file.value);
	const offset = within ? within.offset(found.offset) : found.offset;
	const message = file.message(found.reason, {
		place: { ...pointAt(text, offset), offset },
		ruleId: found.ruleId,
		source: MESSAGE_SOURCE,
	});
	message.fatal = found.severity === 'error';
	if (within) message.file = within.file;
	return message;
}

function isRuleId(id: string | undefined): id is RuleId {
	return id !== undefined && Object.hasOwn(RULES, id);
}

/**
 * Our messages on the file as diagnostics: `fatal` ones are errors, the
 * others warnings. Messages of other plugins (none of the pipeline's make
 * any today) name no rule of ours, and Astro would not show them either.
 */
export function diagnosticsOf(messages: readonly VFileMessage[]): Diagnostic[] {
	const ours = messages.filter(
		(m): m is VFileMessage & { ruleId: RuleId } => m.source === MESSAGE_SOURCE && isRuleId(m.ruleId ?? undefined),
	);
	return ours.map((m) =>
		diagnostic(
			{
				file: m.file ? (isAbsolute(m.file) ? relative(process.cwd(), m.file) : m.file) : '<input>',
				line: m.line ?? 1,
				column: m.column ?? 1,
			},
			m.ruleId,
			m.reason,
			m.fatal ? 'error' : 'warning',
		),
	);
}
