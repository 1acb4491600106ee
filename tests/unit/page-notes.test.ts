/**
 * Notes at page time: an article compiles without the source records, and
 * its page makes the notes and markers from the claims record
 * (`src/claims/page-notes.ts`) and checks its citations through the site
 * index (`src/site-index/citation-checks.ts`). Both must give what the compile
 * gave when it had the records: the same HTML, the same problems at the
 * same places.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { pageNotes } from '../../src/claims/page-notes.ts';
import { articleRecord, readIndex } from '../../src/loaders/article-record.ts';
import { citationProblems } from '../../src/site-index/citation-checks.ts';
import { loadSources } from '../../src/data/sources.ts';
import { renderArticle } from '../../src/markdown/render-article.ts';
import { FIXTURE_IMAGES } from '../support/render.ts';

const sourcesDir = new URL('../fixtures/sources-labels/', import.meta.url).pathname;
const records = loadSources(sourcesDir);
const withRecords = { sources: () => records, contentRoot: FIXTURE_IMAGES };
const withoutRecords = { contentRoot: FIXTURE_IMAGES };

function compile(text: string, options: typeof withoutRecords) {
	return renderArticle('article.mdx', text, { title: 'Test' }, options);
}

const ARTICLE = [
	'The envoy said the leader agreed [@envoy-claim, "the leader agreed"; @paper-reading, "ran counter", quote]. The',
	'Kremlin denied it [@kremlin-denial; !disputed].',
	'',
	'- The pledge covers the region [@pledge-wide, "the whole region"; @pledge-narrow, "the one country"].',
	'- We read this as a retreat [!analysis].',
	'',
	'The envoy repeated it [@envoy-claim] and a copy ran it [@undated-copy, "agreed"; !unconfirmed].',
	'',
].join('\n');

describe('notes at page time', () => {
	it('makes every paragraph’s notes and every marker as the compile made them with the records', () => {
		const before = parse(compile(ARTICLE, withRecords).html);
		const after = compile(ARTICLE, withoutRecords);
		const page = pageNotes(after.claims, records.sources);
		const notes = before.querySelectorAll('div.notes');
		const markers = before.querySelectorAll('sup.marker');
		expect(notes.length).toBeGreaterThan(2);
		expect(markers.length).toBe(after.claims.claims.length);
		for (const div of notes) {
			const paragraph = div.previousElementSibling!.getAttribute('id')!;
			expect(page.notes(paragraph)).toBe(div.outerHTML);
		}
		for (const sup of markers) expect(page.marker(sup.getAttribute('data-claim')!)).toBe(sup.outerHTML);
		// The compile without records leaves only places for them: no outlet, no label.
		expect(after.html).not.toMatch(/Wire Service|Corroborated|class="notes"/);
	});

	it('reports citations the records do not bear out at the places the compile reported them', () => {
		const text = [
			'The envoy said so [@envoy-clam].',
			'',
			'The summit is unknown to us [@envoy-claim]. It was denied [@paper-reading; !disputed].',
			'',
			'- As of 3 March 2020 the talks went on [@pledge-wide].',
			'',
		].join('\n');
		const file = join(mkdtempSync(join(tmpdir(), 'page-notes-')), 'article.mdx');
		writeFileSync(file, text);
		const moved = new Set(['unknown-source', 'disputed-without-denial', 'unknown-without-as-of', 'as-of-unsupported']);
		const shown = (d: { line: number; column: number; ruleId: string; reason: string }) =>
			`${d.line}:${d.column} ${d.ruleId} ${d.reason}`;
		const before = compile(text, withRecords).diagnostics.filter((d) => moved.has(d.ruleId));
		const after = compile(text, withoutRecords);
		expect(after.diagnostics.filter((d) => moved.has(d.ruleId))).toEqual([]);
		// As the site index checks them: from the record the content layer keeps.
		const kept = readIndex(articleRecord(text, after.claims, [], { ledger: false, inputs: '' })).claims;
		const checked = citationProblems(file, kept, records.sources, records.invalid);
		expect(before.map(shown).sort()).toHaveLength(4);
		expect(checked.map(shown).sort()).toEqual(before.map(shown).sort());
	});

	it('shows a source record as it is now on every page, escaped, however often the site cites it', () => {
		const text = 'The envoy said so [@envoy-claim, "said so"].\n\nHe said it again [@envoy-claim].\n';
		const { claims } = compile(text, withoutRecords);
		const paragraphs = [...new Set(claims.claims.map((c) => c.paragraph))];
		const record = records.sources.get('envoy-claim')!;
		const shown = (sources: typeof records.sources) => {
			const page = pageNotes(claims, sources);
			return paragraphs.map((p) => parse(page.notes(p)));
		};
		for (const notes of shown(records.sources)) {
			expect(notes.querySelector('.note-title')!.textContent).toBe(record.title);
		}
		// The record edited (as `astro dev` reads it again): the next page shows the edit, markup as text.
		const edited = { ...record, title: 'Talks <b>end</b> & “resume”', archive: 'https://archive.example/a?b=1&c=2' };
		for (const notes of shown(new Map([...records.sources, ['envoy-claim', edited]]))) {
			expect(notes.querySelector('.note-title')!.textContent).toBe('Talks <b>end</b> & “resume”');
			expect(notes.querySelector('b')).toBeNull();
			expect(notes.querySelector('.note-archive')!.getAttribute('href')).toBe('https://archive.example/a?b=1&c=2');
		}
		expect(shown(records.sources)[0]!.querySelector('.note-archive')).toBeNull();
	});
});
