/**
 * Measuring the reading flow of an article page as a reader scrolls it:
 * how much of the text column is blank between consecutive text blocks
 * (beyond normal paragraph spacing), and where each paragraph's notes sit
 * relative to the paragraph. Runs in the page.
 */
import type { Page } from 'playwright-core';

/** Spacing between text blocks that counts as normal (a paragraph break, a heading's margin). */
export const NORMAL_GAP = 64;

export interface Flow {
	/** Blank share of the text span, 0–1. */
	blank: number;
	/** Height of the text span, px. */
	span: number;
	pageHeight: number;
	/** Gaps wider than normal, for messages. */
	widest: { after: string; gap: number }[];
}

export function measureFlow(page: Page): Promise<Flow> {
	return page.evaluate((normal) => {
		const blocks = [...document.querySelectorAll<HTMLElement>('.prose :is(p, h2, h3, .timeline-list li)')]
			.filter((el) => !el.closest('.notes') && el.offsetParent !== null)
			.map((el) => {
				const r = el.getBoundingClientRect();
				return { top: r.top + scrollY, bottom: r.bottom + scrollY, text: (el.textContent ?? '').trim().slice(0, 40) };
			})
			.sort((a, b) => a.top - b.top);
		let excess = 0;
		const widest: { after: string; gap: number }[] = [];
		let reach = blocks[0]?.bottom ?? 0;
		let after = blocks[0]?.text ?? '';
		for (const block of blocks.slice(1)) {
			const gap = block.top - reach;
			if (gap > normal) {
				excess += gap - normal;
				widest.push({ after, gap: Math.round(gap) });
			}
			if (block.bottom > reach) {
				reach = block.bottom;
				after = block.text;
			}
		}
		const span = (blocks.at(-1)?.bottom ?? 0) - (blocks[0]?.top ?? 0);
		widest.sort((a, b) => b.gap - a.gap);
		return {
			blank: span > 0 ? excess / span : 0,
			span: Math.round(span),
			pageHeight: document.documentElement.scrollHeight,
			widest: widest.slice(0, 5),
		};
	}, NORMAL_GAP);
}

export interface NotePlacement {
	/** Notes top minus paragraph top, px (wide screens: the notes are beside it). */
	offsets: number[];
	/** Pairs of consecutive notes that overlap. */
	overlaps: number;
	/** Notes whose left edge is inside the text column. */
	inColumn: number;
}

export function measureNotes(page: Page): Promise<NotePlacement> {
	return page.evaluate(() => {
		const column = document.querySelector('.prose')!.getBoundingClientRect();
		const notes = [...document.querySelectorAll<HTMLElement>('.prose div.notes')].map((aside) => {
			const block = (aside.previousElementSibling as HTMLElement).getBoundingClientRect();
			const r = aside.getBoundingClientRect();
			return { offset: r.top - block.top, top: r.top, bottom: r.bottom, left: r.left };
		});
		let overlaps = 0;
		const byTop = [...notes].sort((a, b) => a.top - b.top);
		for (let i = 1; i < byTop.length; i++) if (byTop[i]!.top < byTop[i - 1]!.bottom - 0.5) overlaps++;
		return {
			offsets: notes.map((n) => Math.round(n.offset)),
			overlaps,
			inColumn: notes.filter((n) => n.left < column.right - 1).length,
		};
	});
}
