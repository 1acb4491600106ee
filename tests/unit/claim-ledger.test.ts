/**
 * The claim ledger: a claim keeps its id through a copy-edit, a new claim
 * gets a new one, and each edition records what changed (src/claims/ledger.ts).
 */
import { describe, expect, it } from 'vitest';
import { changesBetween, currentState, editionChanges, recordEdition, type Ledger } from '../../src/claims/ledger.ts';
import { claimId } from '../../src/claims/ids.ts';
import { wordDiff } from '../../src/editorial/edition-history.ts';
import { render } from '../support/render.ts';

const claimsOf = async (markdown: string, ledger?: Ledger) => {
	const { claims, html, diagnostics } = await render(markdown, ledger ? { ledger: () => ledger } : {});
	expect(diagnostics).toEqual([]);
	return {
		claims: claims.claims.map((c) => ({ id: c.id, text: c.text, sources: c.sources.map((s) => s.id) })),
		html,
		removed: claims.removed ?? [],
	};
};

const FIRST = 'Neither leader announced a deal [@ap-one]. The envoy spoke on Sunday [@reuters-two].';

async function firstEdition(): Promise<Ledger> {
	const { claims } = await claimsOf(FIRST);
	return recordEdition(undefined, claims, '2026-11-27').ledger;
}

describe('ids that survive edits', () => {
	it('keeps a claim’s id when words are added to it, where without the ledger the id changes', async () => {
		const ledger = await firstEdition();
		const [deal] = currentState(ledger).claims.keys();
		const edited =
			'Neither leader, Quillbrook noted, announced a deal [@ap-one]. The envoy spoke on Sunday [@reuters-two].';
		expect((await claimsOf(edited, ledger)).claims[0]!.id).toBe(deal);
		expect((await claimsOf(edited)).claims[0]!.id).not.toBe(deal);
	});

	it('gives a new claim a new id, and an unchanged claim below it keeps its own though the new one resembles it', async () => {
		const ledger = await firstEdition();
		const [deal, envoy] = currentState(ledger).claims.keys();
		const { claims } = await claimsOf(
			'The envoy spoke again on Monday [@ap-one]. Neither leader announced a deal [@ap-one]. The envoy spoke on Sunday [@reuters-two].',
			ledger,
		);
		expect(claims.map((c) => c.id)).toEqual([
			expect.not.stringMatching(new RegExp(`^(${deal}|${envoy})$`)),
			deal,
			envoy,
		]);
	});

	it('does not take a different claim for an old one', async () => {
		const ledger = await firstEdition();
		const { claims } = await claimsOf(
			'Talks resume in Geneva next week, officials said [@ap-one]. The envoy spoke on Sunday [@reuters-two].',
			ledger,
		);
		expect(claims[0]!.id).not.toBe([...currentState(ledger).claims.keys()][0]);
		expect(claims[0]!.id).toMatch(/^c-talks-resume-in-geneva-/);
	});

	it('lands a removed claim’s id nowhere on the article but lists it for the edition history', async () => {
		const ledger = await firstEdition();
		const [deal] = currentState(ledger).claims.keys();
		const { removed, html } = await claimsOf('The envoy spoke on Sunday [@reuters-two].', ledger);
		expect(removed).toEqual([deal]);
		expect(html).not.toContain(`id="${deal}"`);
	});

	it('puts every id a claim had before (from the ledger) as an anchor right before it', async () => {
		const ledger: Ledger = {
			editions: [
				{ date: '2026-11-27', claims: [{ id: 'c-old-words-aaaaaa', text: 'Old words', sources: ['ap-one'] }] },
				{
					date: '2026-11-28',
					claims: [
						{
							id: 'c-new-words-bbbbbb',
							was: 'c-old-words-aaaaaa',
							text: 'Neither leader announced a deal',
							sources: ['ap-one'],
						},
					],
				},
			],
		};
		const { html, claims } = await claimsOf('Neither leader announced a deal [@ap-one].', ledger);
		expect(claims[0]!.id).toBe('c-new-words-bbbbbb');
		expect(html).toContain(
			'<span class="claim-alias" id="c-old-words-aaaaaa"></span><span class="claim" id="c-new-words-bbbbbb">',
		);
	});
});

describe('ledger and corrections together', () => {
	it('keeps a recorded claim’s id through a copy-edit when a correction names it (the fixture’s case)', async () => {
		const ledger = await firstEdition();
		const [deal] = currentState(ledger).claims.keys();
		const corrections = [{ date: '2026-11-28', kind: 'correction', note: 'x', claim: deal, was: ['c-older-000000'] }];
		const { claims } = await render(
			'Neither leader, Quillbrook noted, announced a deal [@ap-one]. The envoy spoke on Sunday [@reuters-two].',
			{ ledger: () => ledger, frontmatter: { corrections } },
		);
		expect(claims.claims[0]!.id).toBe(deal);
	});

	it('gives a reworded claim the new id a correction names for it (`claim`, with the ledger’s id in `was`)', async () => {
		const ledger = await firstEdition();
		const [deal] = currentState(ledger).claims.keys();
		// The id the build without a ledger gave the new words: what an author on a branch without it would name.
		const named = claimId('Neither leader, Quillbrook noted, announced a deal');
		const corrections = [{ date: '2026-11-28', kind: 'correction', note: 'x', claim: named, was: [deal] }];
		const { claims, html } = await render(
			'Neither leader, Quillbrook noted, announced a deal [@ap-one]. The envoy spoke on Sunday [@reuters-two].',
			{ ledger: () => ledger, frontmatter: { corrections } },
		);
		expect(claims.claims[0]!.id).toBe(named);
		expect(html).toContain(`<span class="claim-alias" id="${deal}"></span><span class="claim" id="${named}">`);
		const recorded = recordEdition(
			ledger,
			claims.claims.map((c) => ({ id: c.id, text: c.text, sources: c.sources.map((s) => s.id) })),
			'2026-11-28',
			new Map([[named, [deal!]]]),
		);
		expect(recorded.entries).toEqual([
			{ id: named, was: deal, text: 'Neither leader, Quillbrook noted, announced a deal', sources: ['ap-one'] },
		]);
	});

	it('gives the id a correction names to the claim whose words make it, not to another part of the old claim', async () => {
		const ledger = await firstEdition();
		const [deal] = currentState(ledger).claims.keys();
		const split =
			'Neither leader announced a deal that day [@ap-one]. Neither leader said why [@reuters-two]. The envoy spoke on Sunday [@reuters-two].';
		const { claims: plain } = await claimsOf(split);
		const why = plain[1]!.id;
		const corrections = [{ date: '2026-11-28', kind: 'correction', note: 'x', claim: why, was: [deal] }];
		const { claims } = await render(split, { ledger: () => ledger, frontmatter: { corrections } });
		expect(claims.claims.map((c) => c.id)).toEqual([plain[0]!.id, why, plain[2]!.id]);
	});

	it('gives no claim an id a correction makes up for words that do not make it, nor one that is not a claim id', async () => {
		const ledger = await firstEdition();
		const [deal] = currentState(ledger).claims.keys();
		for (const made of ['c-made-up-000000', 'c-x" onclick="y']) {
			const corrections = [{ date: '2026-11-28', kind: 'correction', note: 'x', claim: made, was: [deal] }];
			const { claims } = await render(FIRST, { ledger: () => ledger, frontmatter: { corrections } });
			expect(claims.claims.map((c) => c.id)).not.toContain(made);
		}
	});

	it('never gives a claim an id a correction lists in `was`, however like the old words it is', async () => {
		const ledger = await firstEdition();
		const [deal, envoy] = currentState(ledger).claims.keys();
		const corrections = [{ date: '2026-11-28', kind: 'correction', note: 'x', claim: envoy, was: [deal] }];
		const { claims, html } = await render(
			'Neither leader announced any deal [@ap-one]. The envoy spoke on Sunday [@reuters-two].',
			{ ledger: () => ledger, frontmatter: { corrections } },
		);
		expect(claims.claims.map((c) => c.id)).toEqual([claimId('Neither leader announced any deal'), envoy]);
		expect(html).toContain(`<span class="claim-alias" id="${deal}"></span><span class="claim" id="${envoy}">`);
	});

	it('never gives two elements one id: an old id another claim has now is not repeated as an anchor', async () => {
		const { claims: plain } = await claimsOf('The envoy spoke on Sunday [@reuters-two].');
		const taken = plain[0]!.id;
		const ledger: Ledger = {
			editions: [
				{ date: '2026-11-27', claims: [{ id: taken, text: 'Neither leader announced a deal', sources: ['ap-one'] }] },
				{
					date: '2026-11-28',
					claims: [
						{
							id: 'c-neither-leader-announced-a-zzzzzz',
							was: taken,
							text: 'Neither leader announced a deal',
							sources: ['ap-one'],
						},
					],
				},
			],
		};
		const { html } = await claimsOf(
			'The envoy spoke on Sunday [@reuters-two]. Neither leader announced a deal [@ap-one].',
			ledger,
		);
		expect(html.match(new RegExp(`id="${taken}"`, 'g'))).toHaveLength(1);
	});
});

describe('editions', () => {
	it('records a rewording, a new claim and a removal as one edition with the old and new wording', async () => {
		const first = await firstEdition();
		const [deal, envoy] = currentState(first).claims.keys();
		const { claims } = await claimsOf(
			'Neither leader, Quillbrook noted, announced a deal [@ap-one; @reuters-two]. Talks resume next week [@ap-one].',
			first,
		);
		const { ledger, entries } = recordEdition(first, claims, '2026-11-28');
		expect(entries).toEqual([
			{ id: deal, text: 'Neither leader, Quillbrook noted, announced a deal', sources: ['ap-one', 'reuters-two'] },
			expect.objectContaining({ text: 'Talks resume next week' }),
			{ id: envoy, removed: true },
		]);
		const changes = editionChanges(ledger).at(-1)!;
		expect(changes.date).toBe('2026-11-28');
		expect(changes.changes[0]).toEqual({
			id: deal,
			before: { text: 'Neither leader announced a deal', sources: ['ap-one'] },
			after: { text: 'Neither leader, Quillbrook noted, announced a deal', sources: ['ap-one', 'reuters-two'] },
		});
		expect(changes.changes[2]).toEqual({
			id: envoy,
			before: { text: 'The envoy spoke on Sunday', sources: ['reuters-two'] },
		});
	});

	it('makes one edition of a day’s edits, and none when nothing changed', async () => {
		const first = await firstEdition();
		const once = recordEdition(
			first,
			(await claimsOf('Neither leader announced any deal [@ap-one]. The envoy spoke on Sunday [@reuters-two].', first))
				.claims,
			'2026-11-28',
		).ledger;
		const twice = recordEdition(
			once,
			(
				await claimsOf(
					'Neither leader announced any deal at all [@ap-one]. The envoy spoke on Sunday [@reuters-two].',
					once,
				)
			).claims,
			'2026-11-28',
		).ledger;
		expect(twice.editions.map((e) => e.date)).toEqual(['2026-11-27', '2026-11-28']);
		expect(editionChanges(twice)[1]!.changes.map((c) => [c.before?.text, c.after?.text])).toEqual([
			['Neither leader announced a deal', 'Neither leader announced any deal at all'],
		]);
		const undone = recordEdition(twice, (await claimsOf(FIRST, twice)).claims, '2026-11-28').ledger;
		expect(undone.editions.map((e) => e.date)).toEqual(['2026-11-27']);
		expect(recordEdition(first, (await claimsOf(FIRST, first)).claims, '2026-11-29').ledger).toEqual(first);
	});

	it('records an id a correction folded into another claim as removed, not as a claim like its old words', () => {
		const before = currentState({
			editions: [
				{
					date: '2026-11-27',
					claims: [
						{ id: 'c-a-111111', text: 'Lavrov called it a road to nowhere', sources: [] },
						{ id: 'c-b-222222', text: 'Ulyanov agreed', sources: [] },
					],
				},
			],
		});
		const now = [
			{ id: 'c-b-222222', text: 'Ulyanov agreed, and Lavrov disagreed', sources: [] },
			{ id: 'c-c-333333', text: 'Lavrov said it was a road to nowhere', sources: [] },
		];
		expect(changesBetween(before, now, new Map([['c-b-222222', ['c-a-111111']]]))).toEqual([
			{ id: 'c-b-222222', text: 'Ulyanov agreed, and Lavrov disagreed', sources: [] },
			{ id: 'c-c-333333', text: 'Lavrov said it was a road to nowhere', sources: [] },
			{ id: 'c-a-111111', removed: true },
		]);
	});

	it('pairs a claim whose id changed with the old one by the ids a correction gives, before any likeness', () => {
		const before = currentState({
			editions: [
				{
					date: '2026-11-27',
					claims: [
						{ id: 'c-a-111111', text: 'Alpha beta gamma', sources: [] },
						{ id: 'c-b-222222', text: 'Delta epsilon', sources: [] },
					],
				},
			],
		});
		const entries = changesBetween(
			before,
			[
				{ id: 'c-z-333333', text: 'Something else entirely', sources: [] },
				{ id: 'c-b-222222', text: 'Delta epsilon', sources: [] },
			],
			new Map([['c-z-333333', ['c-a-111111']]]),
		);
		expect(entries).toEqual([{ id: 'c-z-333333', was: 'c-a-111111', text: 'Something else entirely', sources: [] }]);
	});

	it('shows a rewording as a word diff, and two unrelated wordings as long as an article as one replaced by the other, at once', () => {
		expect(wordDiff('Neither leader announced a deal', 'Neither leader, Quillbrook noted, announced a deal')).toEqual([
			{ kind: 'same', text: 'Neither leader' },
			{ kind: 'inserted', text: ', Quillbrook noted, ' },
			{ kind: 'same', text: 'announced a deal' },
		]);
		// A ledger edited by hand: one id, two wordings of 45 KB with no word in common (20 s without the cap).
		const before = Array.from({ length: 12_000 }, (_, i) => `a${i % 97}`).join(' ');
		const after = Array.from({ length: 12_000 }, (_, i) => `b${i % 89}`).join(' ');
		expect(wordDiff(before, after)).toEqual([
			{ kind: 'deleted', text: before },
			{ kind: 'inserted', text: after },
		]);
	});
});
