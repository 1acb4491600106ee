/**
 * Origins are counted by organisation, not by spelling: one wire story
 * whose origin is spelled "AP" in one record and "Associated Press" in
 * another is one origin, and an origin that names no organisation fails
 * at the record's `origin`, with the names that would be valid.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetSources, loadSources } from '../../src/data/sources.ts';
import { corroboratingOrigins } from '../../src/claims/corroboration.ts';
import { contentDir } from '../support/content-dir.ts';

const ORG = (name: string, aliases: string[]) =>
	`name: "${name}"\nkind: "organisation"\naliases: ${JSON.stringify(aliases)}\ndescription: "An agency [@copy-a]."\n`;
const SOURCE = (outlet: string, origin?: string) =>
	`outlet: "${outlet}"\n${origin ? `origin: "${origin}"\n` : ''}title: "A story"\nurl: "https://example.org/${outlet.toLowerCase().replace(/\W+/g, '-')}"\n`;

describe('origins', () => {
	const load = (files: Record<string, string>) => {
		forgetSources();
		return loadSources(join(contentDir(files), 'sources'));
	};

	it('counts one organisation once, however its records spell it', () => {
		const set = load({
			'entities/associated-press.yaml': ORG('Associated Press', ['AP']),
			'sources/copy-a.yaml': SOURCE('Daily A', 'AP'),
			'sources/copy-b.yaml': SOURCE('Daily B', 'Associated Press'),
			'sources/own.yaml': SOURCE('Daily C'),
		});
		expect(set.diagnostics).toEqual([]);
		const cite = (id: string) => ({ source: set.sources.get(id)!, quote: 'words' });
		expect(corroboratingOrigins([cite('copy-a'), cite('copy-b')])).toBe(1);
		expect(corroboratingOrigins([cite('copy-a'), cite('own')])).toBe(2);
	});

	it('fails an origin that names no organisation, at the field, with the closest names', () => {
		const set = load({
			'entities/associated-press.yaml': ORG('Associated Press', ['AP']),
			'sources/copy-a.yaml': SOURCE('Daily A', 'Asociated Press'),
		});
		expect(set.diagnostics.map((d) => `${d.file.split('/').pop()}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([
			'copy-a.yaml:2:9 unknown-origin',
		]);
		expect(set.diagnostics[0]!.reason).toMatch(
			/^Unknown origin “Asociated Press”, expected the name or an alias of an organisation in `content\/entities\/` \(closest: “Associated Press”\)/,
		);
	});

	it('fails a `differsFrom` naming no source, at the id, so a recorded difference cannot silently lapse', () => {
		const set = load({
			'entities/associated-press.yaml': ORG('Associated Press', ['AP']),
			'sources/copy-a.yaml': SOURCE('Daily A', 'AP'),
			'sources/copy-b.yaml': `${SOURCE('Daily B')}differsFrom: ["copy-a", "copy-z"]\n`,
		});
		expect(set.diagnostics.map((d) => `${d.file.split('/').pop()}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([
			'copy-b.yaml:4:25 unknown-source',
		]);
		expect(set.diagnostics[0]!.reason).toMatch(
			/^Unknown source `copy-z` in `differsFrom`, expected the id of a file in `content\/sources\/` \(closest known ids: `copy-a`/,
		);
	});
});
