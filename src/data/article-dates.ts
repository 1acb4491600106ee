/**
 * An explainer's dates against each other and against the build's date:
 * `updated` and every correction no earlier than `published` (a JSON-LD
 * `dateModified` before its `datePublished`, or a correction to a text
 * not yet out, is a typo), and nothing after today unless the explainer
 * is under `embargo` (a 2099 date would top the front page for decades).
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ArticleData } from '../schema/article.ts';
import type { YamlResult } from '../schema/validate-yaml.ts';
import { buildDate } from '../build-date.ts';

export function articleDateProblems(
	file: string,
	text: string,
	yaml: YamlResult<ArticleData>,
	today = buildDate(),
): Diagnostic[] {
	const data = yaml.data;
	if (!data) return [];
	const found: Diagnostic[] = [];
	const at = (path: (string | number)[]) => ({ file, text, offset: yaml.offsetOf(path) });
	const { published } = data;
	const future = (path: (string | number)[], field: string, date: string) => {
		if (date <= today || data.embargo) return;
		found.push(
			diagnostic(
				at(path),
				'future-date',
				`Unexpected future date \`${field}: ${date}\`: the build's date is ${today}; expected a date on or before it, or \`embargo: true\` to hold the explainer back: it is then left off the front page, the feed, the sitemap and the search until \`published\``,
			),
		);
	};
	future(['published'], 'published', published);
	if (data.updated) {
		if (data.updated < published)
			found.push(
				diagnostic(
					at(['updated']),
					'date-order',
					`Unexpected \`updated: ${data.updated}\` before \`published: ${published}\`, expected the date of the last update, on or after publication`,
				),
			);
		future(['updated'], 'updated', data.updated);
	}
	if (data.verified) future(['verified'], 'verified', data.verified);
	data.corrections.forEach((change, i) => {
		if (change.date < published)
			found.push(
				diagnostic(
					at(['corrections', i, 'date']),
					'date-order',
					`Unexpected correction dated ${change.date}, before \`published: ${published}\`, expected the date the change was published, on or after publication`,
				),
			);
		future(['corrections', i, 'date'], 'date', change.date);
	});
	return found;
}
