/**
 * One spelling per topic across the site: two names that fold into one
 * slug ("NATO", "Nato") would be one topic page with two names, so the
 * later spelling is an author error at its place in the frontmatter. So is
 * a name with no letter or digit ("🇺🇦"), which would have no page.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { topicSlug } from './topics.ts';

export interface TopicUse {
	file: string;
	text: string;
	topics: readonly string[];
	/** Offset of `topics[i]` in the file. */
	offsetOf(i: number): number;
}

export function topicSpellingProblems(uses: readonly TopicUse[]): Diagnostic[] {
	const first = new Map<string, { name: string; file: string }>();
	const out: Diagnostic[] = [];
	for (const use of uses) {
		use.topics.forEach((name, i) => {
			const slug = topicSlug(name);
			if (!slug) {
				out.push(
					diagnostic(
						{ file: use.file, text: use.text, offset: use.offsetOf(i) },
						'invalid-field',
						`Invalid \`topics.${i}\` (got \`${name}\`): a topic's page is named after its letters and digits, and this has none, expected a name with at least one, e.g. \`Ukraine\``,
					),
				);
				return;
			}
			const seen = first.get(slug);
			if (!seen) first.set(slug, { name, file: use.file });
			else if (seen.name !== name) {
				const where = seen.file === use.file ? 'earlier in this file' : `in ${seen.file}`;
				out.push(
					diagnostic(
						{ file: use.file, text: use.text, offset: use.offsetOf(i) },
						'topic-spelling',
						`Topic \`${name}\` is spelled \`${seen.name}\` ${where}; both would be /topics/${slug}/, expected one spelling: \`${seen.name}\``,
					),
				);
			}
		});
	}
	return out;
}
