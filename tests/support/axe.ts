/**
 * axe-core in a page, and which of its rules each check runs. The dark
 * scheme changes only colour custom properties (src/styles/site.css), so
 * only the rules that read colours can find something new in it. 820 px
 * shows the same elements as 1280 px (the tablet rule only narrows the
 * rail), so only the rules that read geometry can find something new
 * there; 390 px shows other elements (the phones' one-line source
 * summaries), so it gets the full set.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const ALL_RULES = {
	runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
};
export const COLOUR_RULES = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } };
export const LAYOUT_RULES = {
	runOnly: {
		type: 'rule',
		values: ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable'],
	},
};

/** Each width with the rules for its light and its dark scheme. */
export const AXE_MATRIX = [
	{ width: 1280, light: ALL_RULES, dark: COLOUR_RULES },
	{ width: 820, light: LAYOUT_RULES, dark: COLOUR_RULES },
	{ width: 390, light: ALL_RULES, dark: COLOUR_RULES },
] as const;

/** axe's violations on the page as it is now, one line each with up to three targets. */
export async function violations(page: Page, options: object = ALL_RULES): Promise<string[]> {
	// Evaluated through DevTools, not as an inline <script>, which the page's CSP rightly refuses.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	return page.evaluate(async (options) => {
		const axe = (
			window as unknown as {
				axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
			}
		).axe;
		const result = await axe.run(options);
		return result.violations.map(
			(v) =>
				`${v.id}: ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(', ')}`,
		);
	}, options);
}
