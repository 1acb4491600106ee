/**
 * Each record file is read and parsed once per build: the records loader
 * (`src/loaders/records.ts`) checks every source, entity and author in one
 * pass (`checkRecords`), which finds what each folder's own loading finds,
 * and the four loaders of a sync share that pass until a file changes.
 * Reads are counted through `node:fs` itself.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const reads = vi.hoisted(() => new Map<string, number>());
vi.mock('node:fs', async (original) => {
	const fs = await original<typeof import('node:fs')>();
	const readFileSync = ((path: unknown, ...rest: unknown[]) => {
		if (typeof path === 'string' && /\.ya?ml$/.test(path)) reads.set(path, (reads.get(path) ?? 0) + 1);
		return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
	}) as typeof fs.readFileSync;
	return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

// The unit project shares modules between files (isolate: false): the modules under test are
// evaluated again here, so that they read through the counting `node:fs` above.
vi.resetModules();

/** `readFileSync` uncounted: the test's own reads are not the loaders'. */
const { readFileSync: realRead } = await vi.importActual<typeof import('node:fs')>('node:fs');
const { checkRecords } = await import('../../src/data/records.ts');
const { forgetSources, loadSources } = await import('../../src/data/sources.ts');
const { forgetEntities, loadEntities } = await import('../../src/data/entities.ts');
const { forgetAuthors, loadAuthors } = await import('../../src/data/authors.ts');

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'site', 'content');

/** A copy of the fixture's content, with `edits` (`[file, from, to]`) applied. */
function content(edits: [string, string, string][] = []): string {
	const root = join(mkdtempSync(join(tmpdir(), 'records-once-')), 'content');
	cpSync(FIXTURE, root, { recursive: true });
	for (const [file, from, to] of edits) {
		const text = realRead(join(root, file), 'utf8');
		expect(text, file).toContain(from);
		writeFileSync(join(root, file), text.replace(from, to));
	}
	return root;
}

const dirs = (root: string) => ({
	sources: join(root, 'sources'),
	entities: join(root, 'entities'),
	authors: join(root, 'authors'),
});

/** What each folder's own loading finds (as the scripts and the tests load them). */
function folderByFolder(root: string) {
	forgetSources();
	forgetEntities();
	forgetAuthors();
	const sources = loadSources(join(root, 'sources'));
	const entities = loadEntities(join(root, 'entities'), sources);
	const authors = loadAuthors(join(root, 'authors'), sources);
	return { sources, entities, authors };
}

afterEach(() => {
	reads.clear();
	vi.unstubAllEnvs();
	vi.resetModules();
});

describe('the records, checked in one pass', () => {
	it('reads every source, entity and author file once', () => {
		const root = content();
		reads.clear();
		const check = checkRecords(dirs(root));
		expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		const counted = [...reads].filter(([path]) => path.startsWith(root));
		expect(counted.length).toBe(15 + 12 + 3);
		expect(counted.filter(([, n]) => n !== 1)).toEqual([]);
	});

	it('finds every problem of broken sources, entities and authors, at the same places as each folder on its own', () => {
		const root = content([
			['sources/wire-one.yaml', 'published: "2025-08-17"', 'published: 2025-13-45'],
			['sources/wire-copy.yaml', 'outlet: ', 'outlet: \nnote: [unclosed\n#'],
			['entities/jane-envoy.yaml', 'related: ["zanzibar"]', 'related: ["zanzibarr"]'],
			['authors/ruth-reporter.yaml', '[@wire-one,', '[@wire-onne,'],
		]);
		const check = checkRecords(dirs(root));
		const alone = folderByFolder(root);
		const shown = (list: readonly { file: string; line: number; column: number; ruleId: string }[]) =>
			list.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`).sort();
		expect(shown(check.diagnostics)).toEqual(
			shown([...alone.sources.diagnostics, ...alone.entities.diagnostics, ...alone.authors.diagnostics]),
		);
		expect(shown(check.diagnostics).map((d) => d.replace(/^.*content\//, ''))).toEqual(
			expect.arrayContaining([
				'sources/wire-one.yaml:4:12 invalid-field',
				expect.stringMatching(/^sources\/wire-copy\.yaml:\d+:\d+ yaml-syntax$/),
				expect.stringMatching(/^entities\/jane-envoy\.yaml:\d+:11 unknown-entity$/),
				expect.stringMatching(/^authors\/ruth-reporter\.yaml:\d+:\d+ unknown-source$/),
			]),
		);
		expect(check.sources.invalid).toEqual(new Set(['wire-copy', 'wire-one']));
		// The entity's citations keep their places in the file, as each folder's own loading finds them.
		expect(check.entities.citations).toEqual(alone.entities.citations);
	});
});

describe('the loaders of one sync', () => {
	it('share one parse of the records, and parse again once a file has changed', async () => {
		const root = content();
		vi.stubEnv('EXPLAINER_CONTENT', root);
		vi.resetModules();
		const { currentRecords } = await import('../../src/loaders/records.ts');
		reads.clear();
		const first = currentRecords();
		const once = reads.get(join(root, 'sources', 'wire-one.yaml'));
		expect(once).toBe(1);
		expect(currentRecords()).toBe(first);
		expect(reads.get(join(root, 'sources', 'wire-one.yaml'))).toBe(1);
		const file = join(root, 'sources', 'wire-one.yaml');
		writeFileSync(file, realRead(file, 'utf8').replace('outlet: "Wire Service"', 'outlet: "Renamed Wire Service"'));
		const second = currentRecords();
		expect(second).not.toBe(first);
		expect(second.sources.sources.get('wire-one')!.outlet).toBe('Renamed Wire Service');
		expect(reads.get(file)).toBe(2);
	});
});
