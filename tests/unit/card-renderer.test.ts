/**
 * Social cards rendered while the pages render: each card once, into the
 * cache the build's card pass then copies from, and a failure reported,
 * never a card silently missing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CardRenderer, renderCards } from '../../src/social/render-cards.ts';
import { listenForCards, requestCard } from '../../src/social/request-card.ts';

const text = (title: string) => ({ title, standfirst: 'What was said, by whom, and what is unconfirmed.', topics: ['Ukraine'], site: 'Sourced' });
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const dirs: string[] = [];
const temp = () => {
	const dir = mkdtempSync(join(tmpdir(), 'cards-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	listenForCards(undefined);
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('cards rendered beside the build', () => {
	it('renders each requested card once into the cache, and the card pass then only copies them', async () => {
		const cache = temp();
		const renderer = new CardRenderer(cache);
		listenForCards(renderer);
		requestCard(text('One'));
		requestCard(text('Two'));
		requestCard(text('One'));
		await renderer.settled();
		expect(renderer.rendered).toBe(2);
		expect(readdirSync(cache).sort()).toHaveLength(2);
		expect(readdirSync(cache).every((f) => f.endsWith('.png'))).toBe(true);
		const out = temp();
		const result = await renderCards([{ file: join(out, 'one.png'), text: text('One') }, { file: join(out, 'three.png'), text: text('Three') }], cache);
		// "Three" was never asked for while pages rendered (an incremental build's restored page): rendered now.
		expect(result).toEqual({ rendered: 1, cached: 1 });
		for (const f of ['one.png', 'three.png']) expect(readFileSync(join(out, f)).subarray(0, 4)).toEqual(PNG);
	});

	it('reports a card it could not write when the build asks whether all are done', async () => {
		const cache = temp();
		const renderer = new CardRenderer(cache);
		// The cache folder gone and a file in its place: the write fails.
		rmSync(cache, { recursive: true });
		writeFileSync(cache, '');
		renderer.request(text('Unwritable'));
		await expect(renderer.settled()).rejects.toThrow(/ENOTDIR/);
	});

	it('does nothing when no build is listening (astro dev)', () => {
		expect(() => requestCard(text('Dev'))).not.toThrow();
	});
});
