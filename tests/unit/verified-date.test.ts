/** A checked date covers the current text: `verified` before the latest logged change fails at `verified`. */
import { expect, it } from 'vitest';
import { checkedAgainstProblems } from '../../src/editorial/checked-against.ts';
import { articleSchema } from '../../src/schema/article.ts';

const text = '---\nverified: 2026-11-28\n---\n';
const at = () => ({ file: 'content/articles/a.mdx', text, offset: 14 });
const article = (extra: Record<string, unknown>) =>
	articleSchema.parse({
		title: 'T',
		description: 'D',
		published: '2026-11-27',
		verified: '2026-11-28',
		verifiedAgainst: 'our research notes',
		...extra,
	});

it('fails a check older than the latest correction or update, naming it, and passes one as new', () => {
	const corrections = [
		{ date: '2026-12-02', kind: 'correction', note: 'Removed a remark.' },
		{ date: '2026-11-28', kind: 'clarification', note: 'Quoted him.' },
	];
	const [problem, ...rest] = checkedAgainstProblems(article({ corrections }), at);
	expect(rest).toEqual([]);
	expect(problem).toMatchObject({
		file: 'content/articles/a.mdx',
		line: 2,
		column: 11,
		ruleId: 'verified-before-change',
	});
	expect(problem!.reason).toBe(
		'Unexpected `verified: 2026-11-28` before the correction logged at `corrections[0]` (2026-12-02): the check does not cover the current text, expected `verified` on or after 2026-12-02, once the sentences changed since 2026-11-28 have been checked again',
	);
	expect(checkedAgainstProblems(article({ updated: '2026-12-01' }), at)[0]!.reason).toMatch(
		/before `updated` \(2026-12-01\)/,
	);
	expect(checkedAgainstProblems(article({ corrections, verified: '2026-12-02' }), at)).toEqual([]);
});
