/**
 * Checks of how a built page wires claims, markers and notes together,
 * shared by the fixture-site and real-site suites. Each returns a list of
 * problems, empty when the page is sound.
 */
import type { HTMLElement } from 'node-html-parser';
import type { Page } from './site-files.ts';

/** The source id a marker link cites: that of the note it points to. */
export function markerSource(page: Page, link: HTMLElement): string | undefined {
	return page.root.getElementById(link.getAttribute('href')!.slice(1))?.getAttribute('data-source') ?? undefined;
}

/** Every passage with its notes: markers point into their own notes, notes list exactly the markers' sources, back links return. */
export function noteProblems(page: Page): string[] {
	const problems: string[] = [];
	const numbers = new Map<string, string>();
	for (const aside of page.root.querySelectorAll('div.notes')) {
		// A paragraph, or a figure whose credit cites its source.
		const before = aside.previousElementSibling;
		const passage = before?.tagName === 'FIGURE' ? before.querySelector('figcaption .credit') : before;
		if (!passage || !['P', 'SPAN'].includes(passage.tagName) || !passage.id.startsWith('p-')) {
			problems.push(`${page.path}: notes not right after their paragraph`);
			continue;
		}
		const where = `${page.path}#${passage.id}`;
		const notes = aside.querySelectorAll('li.note');
		const listed = notes.filter((n) => n.getAttribute('data-source')).map((n) => n.getAttribute('data-source')!);
		const refs = passage.querySelectorAll('a[role=doc-noteref]');
		const cited = [...new Set(refs.map((a) => markerSource(page, a)).filter(Boolean))];
		if (listed.join() !== cited.join()) problems.push(`${where}: notes list [${listed}] but markers cite [${cited}]`);
		const claimIds = new Set(passage.querySelectorAll('.claim').map((c) => c.id));
		for (const link of refs) {
			const target = link.getAttribute('href')!.slice(1);
			const note = notes.find((n) => n.id === target);
			if (!note) problems.push(`${where}: marker ${link.text} points to #${target}, not to a note of its paragraph`);
			else if (note.getAttribute('data-source') && note.querySelector('.note-number')?.text !== link.text)
				problems.push(
					`${where}: marker ${link.text} points to note number ${note.querySelector('.note-number')?.text}`,
				);
			const source = markerSource(page, link);
			if (source) {
				const seen = numbers.get(source);
				if (seen && seen !== link.text)
					problems.push(`${where}: ${source} numbered ${link.text} here but ${seen} elsewhere`);
				numbers.set(source, link.text);
			}
		}
		for (const note of notes) {
			const backs = note.querySelectorAll('a[role=doc-backlink]').map((a) => a.getAttribute('href')!.slice(1));
			if (backs.length === 0) problems.push(`${where}: note ${note.id} has no link back to a claim`);
			for (const back of backs)
				if (!claimIds.has(back))
					problems.push(`${where}: note ${note.id} links back to #${back}, not a claim of its paragraph`);
		}
	}
	const stray = page.root
		.querySelectorAll('a[role=doc-noteref]')
		.filter((a) => !(a.closest('figure') ?? a.closest('p'))?.nextElementSibling?.classList.contains('notes'));
	if (stray.length > 0) problems.push(`${page.path}: ${stray.length} markers in a paragraph with no notes`);
	if (/\[[ ]*[@!][a-z]/i.test(page.root.querySelector('main')?.text ?? ''))
		problems.push(`${page.path}: an unprocessed marker is visible`);
	return problems;
}

/** Internal links whose page or fragment does not exist in the built site. */
export function brokenLinks(pages: Map<string, Page>, files: Set<string>, base = '/'): string[] {
	const problems: string[] = [];
	// Pages and files are keyed by their place in dist/; the site answers for them under `base`.
	const served = (path: string) => (path.startsWith(base) ? `/${path.slice(base.length)}` : undefined);
	const idsOf = new Map(
		[...pages].map(([path, p]) => [path, new Set(p.root.querySelectorAll('[id]').map((e) => e.id))]),
	);
	for (const page of pages.values()) {
		for (const a of page.root.querySelectorAll('a[href], link[href]')) {
			const href = a.getAttribute('href')!;
			if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
			const url = new URL(href, `http://site${base}${page.path.slice(1)}`);
			const path = served(url.pathname);
			if (path === undefined) {
				problems.push(`${page.path}: link to ${href}, outside the base ${base}`);
				continue;
			}
			const target = idsOf.get(path);
			if (!target) {
				if (!files.has(path)) problems.push(`${page.path}: link to missing ${href}`);
				continue;
			}
			let fragment = url.hash.slice(1);
			try {
				fragment = decodeURIComponent(fragment);
			} catch {}
			if (fragment && !target.has(fragment)) problems.push(`${page.path}: ${href} points to no element`);
		}
	}
	return problems;
}
