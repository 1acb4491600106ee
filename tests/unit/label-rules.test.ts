/**
 * Labels and dates a claim carries only when its sources bear them out
 * (src/claims/label-rules.ts): each refused where the author wrote it,
 * with what would be valid; and what the reader sees when sources differ.
 */
import { describe, expect, it } from 'vitest';
import { asOfPeriod } from '../../src/claims/label-rules.ts';
import { problems, render } from '../support/render.ts';

const sourcesDir = new URL('../fixtures/sources-labels/', import.meta.url).pathname;
const check = (markdown: string) => problems(markdown, { sourcesDir });
const reasons = async (markdown: string) => (await render(markdown, { sourcesDir })).diagnostics.map((d) => d.reason);

describe('“Disputed” needs a party’s denial among the claim’s sources', () => {
	it('refuses !disputed resting on an outlet’s reading, at the label, and suggests !unconfirmed', async () => {
		const text = 'The envoy said the leader agreed [@envoy-claim, "the leader agreed"; @paper-reading; !disputed].';
		expect(await check(text)).toEqual(['1:86 disputed-without-denial']);
		expect((await reasons(text))[0]).toMatch(
			/^Unexpected `!disputed` on “The envoy said the leader agreed”: none of its sources is recorded as a party’s contradiction or denial, expected `!unconfirmed`.*`partyDenial: "who"`/,
		);
		expect(await check('The envoy said the leader agreed [@envoy-claim; !unconfirmed].')).toEqual([]);
	});

	it('accepts it when a cited source records the party’s denial', async () => {
		expect(await check('The envoy said the leader agreed [@envoy-claim; @kremlin-denial; !disputed].')).toEqual([]);
	});
});

describe('“Corroborated” never joins sources recorded as differing', () => {
	it('labels the claim “Reports differ” instead, though two organisations are quoted', async () => {
		const { html, diagnostics } = await render(
			'Reports differ on the pledge [@pledge-narrow, "the one country"; @pledge-wide, "the whole region"; !unconfirmed].',
			{ sourcesDir },
		);
		expect(diagnostics).toEqual([]);
		expect(html).toContain('Reports differ: not corroborated');
		expect(html).not.toContain('Corroborated');
		const agreeing = await render(
			'The pledge was reported [@pledge-narrow, "the one country"; @paper-reading, "ran counter"; !unconfirmed].',
			{ sourcesDir },
		);
		expect(agreeing.html).toContain('Corroborated: 2 independent origins');
	});
});

describe('“As of” follows the evidence', () => {
	it('reads the period a sentence names', () => {
		expect(asOfPeriod('As of early September 2025, it was unknown')).toMatchObject({
			from: '2025-09-01',
			to: '2025-09-10',
		});
		expect(asOfPeriod('as of late August 2025')).toMatchObject({ from: '2025-08-21', to: '2025-08-31' });
		expect(asOfPeriod('as of 19 August 2025')).toMatchObject({ from: '2025-08-19', to: '2025-08-19' });
		expect(asOfPeriod('as of December 2015')).toMatchObject({ from: '2015-12-01', to: '2015-12-31' });
		expect(asOfPeriod('as of now')).toBeUndefined();
	});

	it('refuses a period no cited source is dated in, suggesting the latest date cited, and accepts one that is', async () => {
		const text = 'As of early September 2025, the details were unknown [@envoy-claim; @kremlin-denial].';
		expect(await check(text)).toEqual(['1:54 as-of-unsupported']);
		expect((await reasons(text))[0]).toMatch(
			/^Unexpected “As of early September 2025” on a claim with no source dated within it \(1 September 2025 to 10 September 2025\), expected a source dated then .*the latest source cited is dated 19 August 2025: “as of 19 August 2025”$/,
		);
		expect(await check('As of 19 August 2025, the details were unknown [@envoy-claim; @kremlin-denial].')).toEqual([]);
		expect(await check('As of August 2025, it was unconfirmed [@undated-copy].')).toEqual(['1:39 as-of-unsupported']);
		// Our own note cannot date what is known either.
		expect(await check('As of 2025, nobody had confirmed it [!note].')).toEqual(['1:37 as-of-unsupported']);
	});

	it('refuses a present-tense unknown with no date, and accepts it dated or in the past tense', async () => {
		const text = 'What Russia would pledge is unknown [@envoy-claim; !note].';
		expect(await check(text)).toEqual(['1:37 unknown-without-as-of']);
		expect((await reasons(text))[0]).toMatch(
			/^Unexpected present-tense “is unknown” with no date in “What Russia would pledge is unknown”, expected when that was so/,
		);
		expect(await check('What Russia would pledge remains unclear [@envoy-claim; !note].')).toEqual([
			'1:42 unknown-without-as-of',
		]);
		expect(await check('The pledge is not yet confirmed [@envoy-claim; !note].')).toEqual([
			'1:33 unknown-without-as-of',
		]);
		expect(await check('The pledge remains unconfirmed [@envoy-claim; !note].')).toEqual([
			'1:32 unknown-without-as-of',
		]);
		expect(await check('As of 17 August 2025, what Russia would pledge is unknown [@envoy-claim; !note].')).toEqual([]);
		expect(await check('What Russia would pledge was unknown in the reporting we read [@envoy-claim; !note].')).toEqual(
			[],
		);
	});
});
