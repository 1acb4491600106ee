/**
 * An article may name an image anywhere in the content folder, not only
 * beside the articles. What is kept of its parse (and, through its entry's
 * digest, its page) and of its compile is used again only while its key is
 * the same, so the key must change when any image it may name changes:
 * else a build keeps the old picture and never checks the new file.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { imageInputs } from '../../src/markdown/image-inputs.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'site', 'content');
const ARTICLE = '---\ntitle: "Zeta"\n---\n\nA shared map [!note].\n\n![A shared map](../shared/map.jpg)\n';

let base: string;
let other: Buffer;

beforeAll(async () => {
	base = mkdtempSync(join(tmpdir(), 'image-inputs-'));
	other = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
		.jpeg()
		.toBuffer();
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

afterEach(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
});

/** A copy of the fixture's content whose article `zeta` names `shared/map.jpg`, outside the articles folder. */
function content(name: string): string {
	const root = join(base, name);
	cpSync(FIXTURE, root, { recursive: true });
	mkdirSync(join(root, 'shared'));
	cpSync(join(root, 'articles', 'images', 'harbour.jpg'), join(root, 'shared', 'map.jpg'));
	writeFileSync(join(root, 'articles', 'zeta.mdx'), ARTICLE);
	return root;
}

/** The key of the article's stored parse, as a new build computes it (`inputsOf` keeps its digest per process). */
async function articleKey(root: string): Promise<string> {
	vi.stubEnv('EXPLAINER_CONTENT', root);
	vi.resetModules();
	const { inputsOf } = await import('../../src/loaders/parse-article.ts');
	return inputsOf(join(root, 'articles', 'zeta.mdx'));
}

describe('the key of an article’s parse, and the images it may name', () => {
	it('changes when an image outside the articles folder is replaced by an HTML file', async () => {
		const root = content('html');
		const before = await articleKey(root);
		writeFileSync(join(root, 'shared', 'map.jpg'), '<html><body>not an image</body></html>');
		expect(await articleKey(root)).not.toBe(before);
	});

	it('changes when that image is replaced by another of other dimensions', async () => {
		const root = content('other');
		const before = await articleKey(root);
		writeFileSync(join(root, 'shared', 'map.jpg'), other);
		expect(await articleKey(root)).not.toBe(before);
	});

	it('changes when an image in a records folder changes, or a missing one is added', async () => {
		const root = content('records');
		const chart = join(root, 'research', 'chart.png');
		mkdirSync(join(root, 'research'), { recursive: true });
		writeFileSync(chart, 'first');
		const before = await articleKey(root);
		writeFileSync(chart, 'second');
		const changed = await articleKey(root);
		expect(changed).not.toBe(before);
		writeFileSync(join(root, 'shared', 'new.webp'), 'added');
		expect(await articleKey(root)).not.toBe(changed);
	});

	it('changes when a link the address goes through leads elsewhere', async () => {
		const root = content('links');
		writeFileSync(join(root, 'shared', 'other.jpg'), other);
		symlinkSync('map.jpg', join(root, 'shared', 'linked.jpg'));
		const before = await articleKey(root);
		rmSync(join(root, 'shared', 'linked.jpg'));
		symlinkSync('other.jpg', join(root, 'shared', 'linked.jpg'));
		expect(await articleKey(root)).not.toBe(before);
	});

	it('stays the same when nothing changed, or only a source record', async () => {
		const root = content('same');
		const before = await articleKey(root);
		expect(await articleKey(root)).toBe(before);
		const source = join(root, 'sources', 'wire-one.yaml');
		writeFileSync(source, readFileSync(source, 'utf8').replace('Wire Service', 'Renamed Wire Service'));
		expect(await articleKey(root)).toBe(before);
	});
});

describe('imageInputs', () => {
	it('tells a file replaced at the same size and time apart', () => {
		const root = content('stamp');
		const map = join(root, 'shared', 'map.jpg');
		const bytes = readFileSync(map);
		const before = imageInputs(root);
		const time = new Date('2025-01-01T00:00:00Z');
		utimesSync(map, time, time);
		const dated = imageInputs(root);
		rmSync(map);
		writeFileSync(map, Buffer.from(bytes).fill(0, 0, 16));
		utimesSync(map, time, time);
		expect(imageInputs(root)).not.toEqual(dated);
		expect(dated).not.toEqual(before);
	});

	it('lists nothing for a folder that is not there', () => {
		expect(imageInputs(join(base, 'none'))).toEqual([]);
	});
});
