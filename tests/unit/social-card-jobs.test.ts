/**
 * The social-cards pass reads only each page's head, and only its meta
 * tags: the card's text must still be exactly what the shared link says
 * (entities decoded, every topic), whatever the head holds before them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardJobs, readHead } from '../../src/integrations/social-cards.ts';

const dir = mkdtempSync(join(tmpdir(), 'social-card-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function page(path: string, head: string, body = '<p>Body</p>'): string {
	const file = join(dir, path);
	mkdirSync(join(file, '..'), { recursive: true });
	writeFileSync(file, `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
	return file;
}

const style = `<style>${'p{margin:0}'.repeat(2000)} .x::after{content:'<meta property="og:title" content="not this">'}</style><script type="application/ld+json">{"a":"<meta property=\\"article:tag\\" content=\\"not this\\">"}</script>`;

describe('social card jobs', () => {
	it('reads the head up to its end, even when the end tag or a character straddles a read', () => {
		const head = `<meta charset="utf-8"><title>Zelénsky’s plan 𝄞</title>`;
		const file = page('straddle/index.html', head, '<p>𝄞 body</p>');
		const whole = `<!DOCTYPE html><html lang="en"><head>${head}</head>`;
		for (const chunk of [1, 2, 3, 5, 7, 64, 1 << 16]) expect(readHead(file, chunk)).toBe(whole);
		const headless = join(dir, 'headless.html');
		writeFileSync(headless, '<p>𝄞 no head</p>');
		expect(readHead(headless, 4)).toBe('<p>𝄞 no head</p>');
	});

	it('takes the card text from the meta tags, decoded, and skips pages with no card', () => {
		page(
			'explainer/index.html',
			`${style}<meta property="og:title" content="Talks &amp; “guarantees”: what &quot;Article 5&quot; means"><meta property="og:description" content="A &lt;b&gt; standfirst"><meta property="og:site_name" content="Sourced"><meta property="article:tag" content="Ukraine"><meta property="article:tag" content="Security"><meta property="og:image" content="https://example.org/social/explainer.png">`,
		);
		page('plain/index.html', `<meta property="og:title" content="No card"><meta property="og:image" content="https://example.org/images/photo.png">`, '<a href="/social/">social</a>');
		page('none/index.html', '<title>Nothing</title>');
		expect(cardJobs(dir, '/')).toStrictEqual([
			{ file: join(dir, 'social/explainer.png'), text: { title: 'Talks & “guarantees”: what "Article 5" means', standfirst: 'A <b> standfirst', topics: ['Ukraine', 'Security'], site: 'Sourced' } },
		]);
	});
});
