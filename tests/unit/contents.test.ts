/** A long explainer's contents list and reading time. */
import { describe, expect, it } from 'vitest';
import { contentsOf } from '../../src/editorial/contents.ts';

const h = (id: string, depth = 2) => ({ depth, id, text: id.replace(/-/g, ' ') });
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('contentsOf', () => {
	it('lists the sections, blocks included, with the minutes the paragraphs take', () => {
		const contents = contentsOf(
			[h('key-points'), h('one'), h('sub', 3), h('two'), h('three')],
			[words(2000), words(1570)],
			new Set(['key-points']),
		);
		expect(contents).toEqual({
			sections: [
				{ id: 'key-points', text: 'key points' },
				{ id: 'one', text: 'one' },
				{ id: 'two', text: 'two' },
				{ id: 'three', text: 'three' },
			],
			minutes: 15,
		});
	});

	it('is for explainers the author divided into three sections or more, and never says 0 minutes', () => {
		expect(
			contentsOf(
				[h('key-points'), h('one'), h('two'), h('how-we-reported-this')],
				[words(5000)],
				new Set(['key-points', 'how-we-reported-this']),
			),
		).toBeUndefined();
		expect(contentsOf([h('one'), h('two'), h('three')], ['A few words.'])!.minutes).toBe(1);
	});
});
