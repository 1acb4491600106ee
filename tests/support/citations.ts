/**
 * Checks of the citation structure of one built article page, shared by the
 * fixture-site and real-site suites. Each returns a list of problems.
 */
import type { HTMLElement } from 'node-html-parser';
import type { Page } from './site-files.ts';

/** The source id a marker link cites: that of the entry it points to. */
export function markerSource(page: Page, link: HTMLElement): string | undefined {
	return page.root.getElementById(link.getAttribute('href')!.slice(1))?.getAttribute('data-source') ?? undefined;
}

/** Source ids of a paragraph's markers, in first-appearance order. */
function markerSources(page: Page, paragraph: HTMLElement): string[] {
	const ids = paragraph.querySelectorAll('a[role=doc-noteref]').map((a) => markerSource(page, a) ?? '?');
	return [...new Set(ids)];
}

export function citationProblems(page: Page): string[] {
	const problems: string[] = [];
	const numbers = new Map<string, string>();
	for (const cited of page.root.querySelectorAll('.cited')) {
		const paragraph = cited.querySelector(':scope > p')!;
		const aside = cited.querySelector(':scope > aside')!;
		const where = `${page.path}#${paragraph.id}`;
		const notes = aside.querySelectorAll('li.note');
		const listed = notes.map((n) => n.getAttribute('data-source')!);
		const expected = markerSources(page, paragraph);
		if (listed.join() !== expected.join()) problems.push(`${where}: aside lists [${listed}] but markers cite [${expected}]`);
		const claimIds = new Set(paragraph.querySelectorAll('.claim').map((c) => c.id));
		for (const link of paragraph.querySelectorAll('a[role=doc-noteref]')) {
			const target = link.getAttribute('href')!.slice(1);
			const note = notes.find((n) => n.id === target);
			if (!note) problems.push(`${where}: marker ${link.text} points to #${target}, not to an entry in its own aside`);
			else if (note.getAttribute('value') !== link.text) problems.push(`${where}: marker ${link.text} points to entry number ${note.getAttribute('value')}`);
			const source = markerSource(page, link) ?? '?';
			const seen = numbers.get(source);
			if (seen && seen !== link.text) problems.push(`${where}: ${source} numbered ${link.text} here but ${seen} elsewhere`);
			numbers.set(source, link.text);
		}
		for (const note of notes) {
			const backs = note.querySelectorAll('a[role=doc-backlink]').map((a) => a.getAttribute('href')!.slice(1));
			if (backs.length === 0) problems.push(`${where}: entry ${note.id} has no link back to a claim`);
			for (const back of backs) if (!claimIds.has(back)) problems.push(`${where}: entry ${note.id} links back to #${back}, not a claim in its paragraph`);
		}
	}
	const stray = page.root.querySelectorAll('a[role=doc-noteref]').filter((a) => !a.closest('.cited'));
	if (stray.length > 0) problems.push(`${page.path}: ${stray.length} markers outside a cited paragraph`);
	if (page.html.includes('[@')) problems.push(`${page.path}: an unprocessed [@ marker is visible`);
	return problems;
}

/** Links whose fragment does not exist on the target page. */
export function brokenFragments(pages: Map<string, Page>): string[] {
	const problems: string[] = [];
	const idsOf = new Map([...pages].map(([path, p]) => [path, new Set(p.root.querySelectorAll('[id]').map((e) => e.id))]));
	for (const page of pages.values()) {
		for (const a of page.root.querySelectorAll('a[href]')) {
			const href = a.getAttribute('href')!;
			if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
			const url = new URL(href, `http://site${page.path}`);
			const target = idsOf.get(url.pathname);
			if (!target) {
				if (!url.pathname.startsWith('/pagefind/') && !/\.(svg|txt|xml)$/.test(url.pathname)) problems.push(`${page.path}: link to missing page ${href}`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && !target.has(fragment)) problems.push(`${page.path}: link ${href} points to no element`);
		}
	}
	return problems;
}
