/**
 * The record row of `npm run bench` (with the scaling rows): the content
 * check of one entity of about 200 KB whose description is a double-quoted
 * YAML string full of escapes (`\u00e9`, `\"`) and citations, in a fresh
 * Node process, so the peak memory is that check's alone. Mapping places in
 * such a string back to the file was quadratic once (minutes for 192 KB).
 *
 * Run as a child: `node scripts/bench-record.ts check <bytes>` prints one JSON line.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadEntities } from '../src/data/entities.ts';
import { loadSources } from '../src/data/sources.ts';
import { jsonFromChild } from './child-json.ts';

/** An entity of about `bytes`, its description one quoted string of escaped, cited sentences. */
export function escapedEntity(bytes: number, sourceId: string): string {
	const sentence = `Caf\\u00e9 owners told the \\"Harbour Gazette\\" the port was busy [@${sourceId}]. `;
	return `name: "Harbour caf\\u00e9s"\nkind: organisation\ndescription: "${sentence.repeat(Math.ceil(bytes / sentence.length))}"\n`;
}

interface Checked {
	ms: number;
	cpuMs: number;
	peakMb: number;
	problems: number;
}

const s = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

/** The row, reported through `row` (the bench's table). */
export async function recordRow(
	row: (name: string, value: string, note?: string) => void,
	bytes = 200 * 1024,
): Promise<void> {
	const r = await jsonFromChild<Checked>('scripts/bench-record.ts', ['check', String(bytes)]);
	row(
		`Content check, a ${Math.round(bytes / 1024)} KB entity of escaped YAML strings`,
		s(r.ms),
		`CPU ${s(r.cpuMs)}, peak memory ${Math.round(r.peakMb)} MB, ${r.problems} problems`,
	);
}

// The child: check one generated entity against the real site's sources, and report.
if (process.argv[2] === 'check') {
	const root = mkdtempSync(join(tmpdir(), 'bench-record-'));
	try {
		cpSync(resolve('content/sources'), join(root, 'sources'), { recursive: true });
		mkdirSync(join(root, 'entities'));
		const sourceId = readdirSync(join(root, 'sources'))[0]!.replace(/\.ya?ml$/, '');
		writeFileSync(join(root, 'entities', 'harbour-cafes.yaml'), escapedEntity(Number(process.argv[3]), sourceId));
		const sources = loadSources(join(root, 'sources'));
		const started = performance.now();
		const cpu = process.cpuUsage();
		const checked = loadEntities(join(root, 'entities'), sources);
		const used = process.cpuUsage(cpu);
		const result: Checked = {
			ms: performance.now() - started,
			cpuMs: (used.user + used.system) / 1000,
			peakMb: process.resourceUsage().maxRSS / 1024,
			problems: checked.diagnostics.length,
		};
		console.log(JSON.stringify(result));
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
