/**
 * Which questions state nothing. A sentence ending in `?` used to be
 * exempt from needing a source, so "Putin agreed to withdraw all troops
 * by Friday, did he not?" published a claim with none. A question is
 * exempt only when it is asked, not asserted: it opens with a question
 * word or an auxiliary ("Who…?", "Did…?", "Is there…?"), and does not end
 * in a tag that turns a statement into a question (", did he not?",
 * ", isn't it?", ", right?"). "He agreed?" (a statement with a question
 * mark) needs a source like any statement.
 */

const OPENERS = new Set([
	'who',
	'whom',
	'whose',
	'what',
	'which',
	'when',
	'where',
	'why',
	'how',
	'whether',
	'is',
	'are',
	'was',
	'were',
	'am',
	'do',
	'does',
	'did',
	'has',
	'have',
	'had',
	'can',
	'could',
	'will',
	'would',
	'shall',
	'should',
	'may',
	'might',
	'must',
	'isn’t',
	"isn't",
	'aren’t',
	"aren't",
	'wasn’t',
	"wasn't",
	'weren’t',
	"weren't",
	'don’t',
	"don't",
	'doesn’t',
	"doesn't",
	'didn’t',
	"didn't",
	'hasn’t',
	"hasn't",
	'haven’t',
	"haven't",
	'can’t',
	"can't",
	'couldn’t',
	"couldn't",
	'won’t',
	"won't",
	'wouldn’t',
	"wouldn't",
	'shouldn’t',
	"shouldn't",
]);

/** Words that may come before the question word without making it a statement: "And why…?", "So did…?" */
const LEAD = new Set(['and', 'but', 'so', 'or', 'then', 'yet', 'now']);

const AUX =
	"(?:is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|shall|should|may|might|must)(?:n[’']t)?";
const PRONOUN = '(?:i|you|he|she|it|we|they|there|that|this|one)';
/** `, did he not?`, `, isn't it?`, `, right?` at the end of a sentence. */
const TAG = new RegExp(
	`,\\s*(?:${AUX}\\s+${PRONOUN}(?:\\s+not)?|right|no|yes|true|correct|surely|eh|ok|okay)\\s*\\?["'”’)\\]]*\\s*$`,
	'iu',
);

const QUESTION_END = /\?["'”’)\]]*\s*$/u;

/** True for a sentence that asks without asserting; false for statements, tag questions and statements with a question mark. */
export function asksWithoutAsserting(sentence: string): boolean {
	if (!QUESTION_END.test(sentence) || TAG.test(sentence)) return false;
	const words = sentence
		.replace(/^[\s"'“‘([—–-]+/u, '')
		.split(/\s+/u)
		.map((w) => w.replace(/[^\p{L}’']/gu, '').toLowerCase());
	let i = 0;
	while (i < words.length - 1 && LEAD.has(words[i]!)) i++;
	return OPENERS.has(words[i] ?? '');
}
