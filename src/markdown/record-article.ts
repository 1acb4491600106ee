/**
 * An article's claims record and problems, parsed with the same remark
 * plugins @astrojs/mdx compiles it with (MDX syntax, the parse guard, GFM,
 * the citation syntax and the claims walk), but stopping at the tree: no
 * note HTML, no compile. The content layer's articles loader runs it once
 * per changed file (`src/loaders/articles.ts`), so the cross-page
 * index comes from collection data and never from rendering every article.
 */
import type { Processor } from 'unified';
import { VFile } from 'vfile';
import type { ArticleClaims } from '../claims/model.ts';
import { finding, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticsOf, report } from '../diagnostics/vfile-messages.ts';
import { BUNDLER_MARKER, defusedData, MARKER_REASON } from '../text/bundler-markers.ts';
import { articleProcessor } from './pipeline.ts';
import type { RemarkClaimsOptions } from './remark-claims.ts';
import { blankFrontmatter } from './render-article.ts';

/** One processor per set of options: building it costs more than parsing a short article. */
const processors = new WeakMap<object, Processor>();

function processorFor(options: RemarkClaimsOptions): Processor {
	let processor = processors.get(options);
	if (!processor) {
		processor = articleProcessor({ ...options, recordOnly: true }).freeze() as unknown as Processor;
		processors.set(options, processor);
	}
	return processor;
}

/**
 * @param path the file's absolute path (messages show it relative to the working folder)
 * @param text the whole file, frontmatter included
 * @param frontmatter its frontmatter as read (the title and corrections are read from it)
 * @param options the same object for every article of a build (it keys the processor cache)
 */
export function recordArticle(
	path: string,
	text: string,
	frontmatter: Record<string, unknown>,
	options: RemarkClaimsOptions,
): { claims: ArticleClaims; diagnostics: Diagnostic[] } {
	const file = new VFile({ value: blankFrontmatter(text), path, data: { astro: { frontmatter: { ...frontmatter } } } });
	const processor = processorFor(options);
	processor.runSync(processor.parse(file), file);
	const claims = joinedClaimMarkers((file.data as { claims: ArticleClaims }).claims, file);
	return { claims, diagnostics: diagnosticsOf(file.messages) };
}

/**
 * Text the bundler reads as code that only the record's words hold (src/text/bundler-markers.ts): a claim's
 * text drops the space before a citation marker, and a marker's quote has its escapes undone, after the parse
 * guard has read the body. The record goes into the content store, which the bundle may hold: reported at the
 * first claim that holds one (or whose paragraph's words do), and the record defused.
 */
function joinedClaimMarkers(claims: ArticleClaims, file: VFile): ArticleClaims {
	if (!BUNDLER_MARKER.test(JSON.stringify(claims))) return claims;
	const passage = claims.passages.find((p) => BUNDLER_MARKER.test(p.text))?.id;
	const marked = claims.claims.find(
		(c) =>
			c.paragraph === passage ||
			BUNDLER_MARKER.test(c.text) ||
			c.sources.some((s) => BUNDLER_MARKER.test(s.quote ?? '')),
	);
	report(
		file,
		finding(
			'bundler-text',
			`${MARKER_REASON} (in the words of a claim or a quote as the page reads them)`,
			marked?.at ?? 0,
		),
	);
	return defusedData(claims);
}
