/**
 * An embargoed explainer is listed nowhere until its date, and everywhere
 * from the first build on or after it. "Today" is the build's date, fixed
 * here with EXPLAINER_TODAY so no test depends on the clock.
 */
import { afterEach, expect, it } from 'vitest';
import { isEmbargoed, listed } from '../../src/site-index/embargo.ts';

afterEach(() => {
	delete process.env.EXPLAINER_TODAY;
});

const explainers = [
	{ id: 'held', data: { published: '2025-07-01', embargo: true } },
	{ id: 'out', data: { published: '2025-05-01' } },
	{ id: 'lifted', data: { published: '2025-06-01', embargo: true } },
];

it('holds an embargoed explainer back until its date, and lists it from that day', () => {
	process.env.EXPLAINER_TODAY = '2025-06-01';
	expect(listed(explainers).map((e) => e.id)).toEqual(['out', 'lifted']);
	process.env.EXPLAINER_TODAY = '2025-07-01';
	expect(listed(explainers).map((e) => e.id)).toEqual(['held', 'out', 'lifted']);
	expect(isEmbargoed({ published: '2099-01-01' }, '2025-06-01')).toBe(false);
});
