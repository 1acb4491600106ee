/**
 * The card queue renders the next few cards while one is asked for, never
 * hands out a card made from other text, and a card started ahead that
 * fails or is never asked for fails nothing.
 */
import { describe, expect, it } from 'vitest';
import { CardQueue } from '../../src/social/card-queue.ts';
import type { CardText } from '../../src/social/card-svg.ts';

interface Item {
	id: string;
	title: string;
}
const textOf = (item: Item): CardText => ({ title: item.title, standfirst: '', topics: [], site: 'Sourced' });
const items = (n: number): Item[] => Array.from({ length: n }, (_, i) => ({ id: `e${i}`, title: `Title ${i}` }));

/** A renderer that records what it was asked to render and answers when told to. */
function renderer() {
	const asked: string[] = [];
	const waiting = new Map<string, (png: Buffer) => void>();
	const render = (text: CardText) =>
		new Promise<Buffer>((done, fail) => {
			asked.push(text.title);
			if (text.title.startsWith('Broken')) fail(new Error(`cannot render ${text.title}`));
			else waiting.set(text.title, done);
		});
	const finish = (title: string) => waiting.get(title)!(Buffer.from(title));
	return { asked, render, finish };
}

describe('the card queue', () => {
	it('starts the next three cards in route order when one is asked for, and renders each once', async () => {
		const r = renderer();
		const queue = new CardQueue(r.render);
		const order = items(10);
		const first = queue.render(order[0]!, order, textOf);
		expect(r.asked).toEqual(['Title 0', 'Title 1', 'Title 2', 'Title 3']);
		r.finish('Title 0');
		r.finish('Title 1');
		expect((await first).toString()).toBe('Title 0');
		const second = queue.render(order[1]!, order, textOf);
		expect((await second).toString()).toBe('Title 1');
		expect(r.asked).toEqual(['Title 0', 'Title 1', 'Title 2', 'Title 3', 'Title 4']);
	});

	it('renders again when the text changed since the card was started (an edit in astro dev)', async () => {
		const r = renderer();
		const queue = new CardQueue(r.render);
		const order = items(3);
		void queue.render(order[0]!, order, textOf);
		const edited = { id: 'e1', title: 'Edited title' };
		const card = queue.render(edited, [order[0]!, edited, order[2]!], textOf);
		r.finish('Edited title');
		expect((await card).toString()).toBe('Edited title');
	});

	it('lets a card started ahead fail without failing the build, and fails the card that is asked for', async () => {
		const r = renderer();
		const queue = new CardQueue(r.render);
		const order = [
			{ id: 'a', title: 'Fine' },
			{ id: 'b', title: 'Broken one' },
		];
		const fine = queue.render(order[0]!, order, textOf);
		r.finish('Fine');
		await expect(fine).resolves.toBeInstanceOf(Buffer);
		await expect(queue.render(order[1]!, order, textOf)).rejects.toThrow('cannot render Broken one');
	});
});
