/** An author's root-relative links, under a sub-path build: rebased onto the site's base, everything else left as written. */
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkSiteLinks } from '../../src/markdown/remark-site-links.ts';

const render = (markdown: string, base: string) =>
	String(
		unified()
			.use(remarkParse)
			.use(remarkSiteLinks, { base })
			.use(remarkRehype)
			.use(rehypeStringify)
			.processSync(markdown),
	);

describe('root-relative links under a base', () => {
	it('rebases links, link definitions and images onto the base', () => {
		const html = render(
			'The [sources page](/sources/) and [the A–Z][az] ![a map](/map.png).\n\n[az]: /a-z/#z',
			'/explainers/',
		);
		expect(html).toContain('href="/explainers/sources/"');
		expect(html).toContain('href="/explainers/a-z/#z"');
		expect(html).toContain('src="/explainers/map.png"');
	});

	it('resolves `..` before rebasing, so no link climbs out of the base', () => {
		const html = render(
			'[a](/../../etc/) [b](/sources/../a-z/) [c](/%2e%2e/x/) [d](/sources/?q=a#b) [e](/\\example.org/z)',
			'/explainers/',
		);
		expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual([
			'/explainers/etc/',
			'/explainers/a-z/',
			'/explainers/x/',
			'/explainers/sources/?q=a#b',
			'/explainers/%5Cexample.org/z',
		]);
	});

	it('leaves other sites, fragments, relative paths and mail as written', () => {
		const html = render(
			'[a](https://example.org/x) [b](//example.org/y) [c](#p-1) [d](./photo.jpg) [e](mailto:desk@example.org)',
			'/explainers/',
		);
		expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual([
			'https://example.org/x',
			'//example.org/y',
			'#p-1',
			'./photo.jpg',
			'mailto:desk@example.org',
		]);
	});

	it('changes nothing on a site served from the root', () => {
		expect(render('[sources](/sources/)', '/')).toContain('href="/sources/"');
	});
});
